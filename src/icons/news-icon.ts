import {LitElement, css, type PropertyValues} from 'lit';
import {define} from '../shared/define.js';
import {text} from '../shared/text.js';
import {onIconsChanged, resolveIcon} from './registry.js';
import {iconSvg, iconSvgStyles} from './icon-svg.js';

export {registerIcons} from './registry.js';

/** The `name` matches no registered icon. The element stays an empty box of the same size. */
export class IconErrorEvent extends Event {
  static readonly type = 'icon-error';
  constructor(readonly name: string) {
    super(IconErrorEvent.type, {bubbles: true, composed: true});
  }
}

const warned = new Set<string>();

/**
 * An icon of the set, drawn as inline SVG in `currentColor`: nothing is fetched.
 * Decorative unless `label` is set. Chevrons and arrows mirror in right-to-left contexts.
 *
 * @summary An inline SVG icon.
 * @tag news-icon
 * @fires icon-error - The `name` matches no registered icon (warned once per name on the console).
 * @csspart svg - The `<svg>` element.
 * @cssprop [--news-icon-size=1em] - Width and height of the icon.
 */
export class NewsIcon extends LitElement {
  static override properties = {name: {}, label: {}};

  static override styles = [
    iconSvgStyles,
    css`
      :host {
        --_icon-size: var(--news-icon-size, 1em);
        display: inline-block;
        inline-size: var(--_icon-size);
        block-size: var(--_icon-size);
        vertical-align: -0.125em;
        contain: strict;
      }
    `,
  ];

  /** The icon's name: canonical (`play`, `bookmark-filled`) or a seed sprite alias (`v-play`). */
  name = '';

  /** Accessible name. When set the icon is an image (`role="img"`); otherwise it is decorative. */
  label = '';

  #unsubscribe?: () => void;

  override connectedCallback(): void {
    super.connectedCallback();
    this.#unsubscribe = onIconsChanged(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unsubscribe?.();
  }

  protected override render() {
    return iconSvg(this.name, text(this.label), 'svg');
  }

  protected override updated(changed: PropertyValues<this>): void {
    const name = text(this.name);
    if (!changed.has('name') || !name || resolveIcon(name)) return;
    if (!warned.has(name)) {
      warned.add(name);
      console.warn(
        `<news-icon>: no icon is named "${name.slice(0, 100)}"; register it with registerIcons().`,
      );
    }
    const event = new IconErrorEvent(name);
    this.dispatchEvent(event);
  }
}

define('news-icon', NewsIcon);

declare global {
  interface HTMLElementTagNameMap {
    'news-icon': NewsIcon;
  }
  interface GlobalEventHandlersEventMap {
    'icon-error': IconErrorEvent;
  }
}
