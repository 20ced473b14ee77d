/**
 * The styles of `<news-icon>`, placed where they cost least.
 *
 * A stylesheet inside each icon's shadow root makes every icon a style scope of its own; with
 * thousands of icons on a page that was a third of their render time. So an icon's shadow root
 * holds no stylesheet: the `<svg>` carries its few declarations itself (copied with each clone,
 * which Content-Security-Policy allows), and the host's box comes from one rule added once to the
 * document, or to the shadow root, the icons are placed in.
 *
 * That rule sits in the cascade layer `news-icon` with zero specificity, so every rule of the
 * page outside a layer wins over it (even a bare `news-icon {…}`). A page whose own CSS is in
 * layers (Tailwind's `utilities`, say) lets those win too by naming this layer first:
 * `@layer news-icon, base, components, utilities;`.
 *
 * Only icons that mirror in right-to-left contexts (chevrons, arrows) adopt a sheet, because
 * `:dir()` needs a selector.
 */
import {adoptSheet, sheetFor} from '../shared/adopt-sheet.js';
import {BOX, MIRROR} from './news-icon.styles.js';

/**
 * Makes sure the root (document or shadow root) that `icon` is placed in has the box rule,
 * appended after the root's own sheets. It is checked on every connection, so a page that
 * replaces `adoptedStyleSheets` wholesale gets the rule back with its next icon.
 */
export function addBoxRule(icon: Element): void {
  adoptSheet(icon.getRootNode() as Document | ShadowRoot, BOX);
}

/** Gives an icon's own shadow root the mirroring rule, or (`false`) takes it away. */
export function mirrorIn(shadow: ShadowRoot, mirror: boolean): void {
  shadow.adoptedStyleSheets = mirror ? [sheetFor(shadow.ownerDocument, MIRROR)] : [];
}
