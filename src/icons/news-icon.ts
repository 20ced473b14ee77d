import type {SVGTemplateResult} from 'lit/html.js';
import {define} from '../shared/define.js';
import {text} from '../shared/text.js';
import {onIconsChanged, resolveIcon, type Icon} from './registry.js';
import {drawSvg} from './draw-svg.js';
import {addBoxRule, mirrorIn} from './icon-box.js';
import {SVG_STYLE} from './news-icon.styles.js';

export {registerIcons} from './registry.js';

/**
 * The `name` matches no registered icon, or one whose drawing holds markup `<news-icon>` does not
 * draw (see draw-svg.ts). The element stays an empty box of the same size.
 */
export class IconErrorEvent extends Event {
  static readonly type = 'icon-error';
  constructor(readonly name: string) {
    super(IconErrorEvent.type, {bubbles: true, composed: true});
  }
}

const warned = new Set<string>();

/**
 * `HTMLElement`, or in Node (a server importing the package, with no DOM) a stand-in, so that
 * importing this module never throws there; it is not defined as an element there either.
 */
const Base = globalThis.HTMLElement ?? (class {} as typeof HTMLElement);
const all = new Set<NewsIcon>();

/**
 * The `<svg>` each icon is drawn in: the attributes icon-svg.ts gives the elements' icons, as a
 * part, decorative (a label is set on each clone). A template, as Lit's `svg` tag makes one.
 */
const FRAME = ((strings: TemplateStringsArray): SVGTemplateResult => ({
  ['_$litType$']: 2,
  strings,
  values: [],
}))`<svg part="svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true"></svg>`;

/**
 * Each icon is drawn once, then cloned: a page with ten thousand icons parses no template and
 * runs no render per icon. Replaced icons (registerIcons) are drawn anew. An icon whose drawing
 * is refused (markup draw-svg.ts does not draw) is drawn as the empty box.
 */
const drawings = new WeakMap<Icon, SVGSVGElement>();
const refused = new WeakSet<Icon>();
let empty: SVGSVGElement | undefined;
function drawing(icon: Icon | undefined, name: string): SVGSVGElement {
  const cached = icon ? drawings.get(icon) : empty;
  if (cached) return cached;
  const holder = document.createElement('div');
  drawSvg(FRAME, holder);
  const frame = holder.firstChild as SVGSVGElement;
  try {
    if (icon) drawSvg(icon.template, frame);
  } catch (error) {
    frame.replaceChildren();
    refused.add(icon!);
    console.warn(
      `<news-icon>: the icon "${name.slice(0, 100)}" is not drawn, as it holds ${(error as Error).message}.`,
    );
  }
  // Through the CSSOM, which Content-Security-Policy allows; clones copy it.
  frame.style.cssText = SVG_STYLE;
  if (icon) drawings.set(icon, frame);
  else empty = frame;
  return frame;
}

/** What `updateComplete` gives: one promise for every icon, not one per call. */
const done = Promise.resolve(true);

/** An icon that is registered and drawn (not refused). */
const drawable = (icon: Icon | undefined): icon is Icon => !!icon && !refused.has(icon);

/**
 * An icon of the set, drawn as inline SVG in `currentColor`: nothing is fetched.
 * Decorative unless `label` is set. Chevrons and arrows mirror in right-to-left contexts.
 * A plain custom element (no framework per icon): pages draw thousands of these. Its shadow
 * root holds no stylesheet; its box comes from a zero-specificity rule in the cascade layer
 * `news-icon` (see icon-box.ts), so the page's own rules win over it.
 *
 * @summary An inline SVG icon.
 * @tag news-icon
 * @attr {string} [name=''] - The icon: a canonical name (`play`, `bookmark-filled`) or a seed sprite alias (`v-play`); case and spaces do not matter (`chevron down` = `chevron-down`).
 * @attr {string} [label=''] - Accessible name. Set it when the icon carries meaning on its own (the icon is then an image, `role="img"`); leave it empty for decorative icons.
 * @fires {IconErrorEvent} icon-error - The name matches no icon (warned once per name on the console), or an icon whose drawing holds markup it does not draw (warned once per icon, with the reason). `event.name` is the name.
 * @csspart svg - The `<svg>` element.
 * @cssprop [--news-icon-size=1em] - Width and height of the icon.
 */
export class NewsIcon extends Base {
  static readonly observedAttributes = ['name', 'label'];

  static {
    // Icons on the page redraw when registerIcons() adds or replaces one.
    onIconsChanged(() => {
      for (const icon of all) icon.#paint();
    });
  }

  #name = '';
  #label = '';
  /** The icon drawn now (`null`: the empty box), and the unknown name last reported. */
  #drawn?: Icon | null;
  #reported = '';
  /** The label the drawn `<svg>` carries (a fresh clone carries none: decorative). */
  #shownLabel = '';
  /** Whether the shadow root holds the right-to-left mirroring rule. */
  #mirrored = false;
  /** The shadow root, attached on the first connection (read here, not through `shadowRoot`). */
  #root?: ShadowRoot;

  /** Resolves at once: the icon is drawn synchronously (for code that awaits any element). */
  get updateComplete(): Promise<boolean> {
    return done;
  }

  /**
   * The icon's name: canonical (`play`, `bookmark-filled`) or a seed sprite alias (`v-play`).
   * @default ''
   */
  get name(): string {
    return this.#name;
  }
  set name(value: string) {
    this.#name = text(value);
    this.#draw();
  }

  /**
   * Accessible name. When set the icon is an image (`role="img"`); otherwise it is decorative.
   * @default ''
   */
  get label(): string {
    return this.#label;
  }
  set label(value: string) {
    this.#label = text(value);
    this.#draw();
  }

  attributeChangedCallback(
    attribute: 'name' | 'label',
    _: string | null,
    value: string | null,
  ): void {
    this[attribute] = value ?? '';
  }

  connectedCallback(): void {
    all.add(this);
    addBoxRule(this);
    this.#paint();
  }

  disconnectedCallback(): void {
    all.delete(this);
  }

  /** Moved into another document (an iframe's): that document's mirroring sheet. */
  adoptedCallback(): void {
    if (this.#mirrored && this.#root) mirrorIn(this.#root, true);
  }

  /** Draws the icon now if it is on a page; otherwise it is drawn when connected. */
  #draw(): void {
    if (this.isConnected) this.#paint();
  }

  #paint(): void {
    const root = (this.#root ??= this.shadowRoot ?? this.attachShadow({mode: 'open'}));
    const icon = resolveIcon(this.#name);
    let svg = root.firstElementChild;
    if (icon !== this.#drawn || !svg) {
      svg = drawing(icon, this.#name).cloneNode(true) as SVGSVGElement;
      root.replaceChildren(svg);
      const mirror = !!icon?.mirror;
      if (mirror !== this.#mirrored) mirrorIn(root, (this.#mirrored = mirror));
      this.#drawn = icon ?? null;
      this.#shownLabel = '';
    }
    if (drawable(icon) || !this.#name) this.#reported = '';
    // Reported a microtask later: a page may import <news-icon> before the icons it uses.
    else if (this.#reported !== this.#name) queueMicrotask(() => this.#unknown());
    const label = this.#label;
    if (label === this.#shownLabel) return;
    this.#shownLabel = label;
    if (label) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', label);
      svg.removeAttribute('aria-hidden');
    } else {
      svg.removeAttribute('role');
      svg.removeAttribute('aria-label');
      svg.setAttribute('aria-hidden', 'true');
    }
  }

  #unknown(): void {
    const name = this.#name;
    const icon = resolveIcon(name);
    if (!name || this.#reported === name || drawable(icon)) return;
    this.#reported = name;
    // A refused drawing was warned about (with the reason) when it was drawn.
    if (!icon && !warned.has(name)) {
      warned.add(name);
      console.warn(
        `<news-icon>: no icon is named "${name.slice(0, 100)}"; register it with registerIcons().`,
      );
    }
    const event = new IconErrorEvent(name);
    this.dispatchEvent(event);
  }
}

if (globalThis.customElements) define('news-icon', NewsIcon);

declare global {
  interface HTMLElementTagNameMap {
    'news-icon': NewsIcon;
  }
  interface GlobalEventHandlersEventMap {
    'icon-error': IconErrorEvent;
  }
}
