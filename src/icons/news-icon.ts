import {render} from 'lit/html.js';
import {define} from '../shared/define.js';
import {text} from '../shared/text.js';
import {onIconsChanged, resolveIcon, type Icon} from './registry.js';
import {drawIcon} from './icon-svg.js';

export {registerIcons} from './registry.js';

/** The `name` matches no registered icon. The element stays an empty box of the same size. */
export class IconErrorEvent extends Event {
  static readonly type = 'icon-error';
  constructor(readonly name: string) {
    super(IconErrorEvent.type, {bubbles: true, composed: true});
  }
}

const warned = new Set<string>();
const all = new Set<NewsIcon>();
let sheet: CSSStyleSheet | undefined;

/**
 * Each icon is drawn once, then cloned: a page with ten thousand icons parses no template and
 * runs no render per icon. Replaced icons (registerIcons) are drawn anew.
 */
const drawings = new WeakMap<Icon, SVGSVGElement>();
let empty: SVGSVGElement | undefined;
function drawing(icon: Icon | undefined): SVGSVGElement {
  const cached = icon ? drawings.get(icon) : empty;
  if (cached) return cached;
  const holder = document.createElement('div');
  render(drawIcon(icon, '', 'svg'), holder);
  const svg = holder.querySelector('svg')!;
  if (icon) drawings.set(icon, svg);
  else empty = svg;
  return svg;
}

/**
 * An icon of the set, drawn as inline SVG in `currentColor`: nothing is fetched.
 * Decorative unless `label` is set. Chevrons and arrows mirror in right-to-left contexts.
 * A plain custom element (no framework per icon): pages draw thousands of these.
 *
 * @summary An inline SVG icon.
 * @tag news-icon
 * @attr {string} [name=''] - The icon: a canonical name (`play`, `bookmark-filled`) or a seed sprite alias (`v-play`); case and spaces do not matter (`chevron down` = `chevron-down`).
 * @attr {string} [label=''] - Accessible name. Set it when the icon carries meaning on its own (the icon is then an image, `role="img"`); leave it empty for decorative icons.
 * @fires {IconErrorEvent} icon-error - The name matches no icon (warned once per name on the console). `event.name` is the name.
 * @csspart svg - The `<svg>` element.
 * @cssprop [--news-icon-size=1em] - Width and height of the icon.
 */
export class NewsIcon extends HTMLElement {
  static readonly observedAttributes = ['name', 'label'];

  static {
    // Icons on the page redraw when registerIcons() adds or replaces one.
    onIconsChanged(() => {
      for (const icon of all) icon.#draw();
    });
  }

  #name = '';
  #label = '';
  /** The icon drawn now (`null`: the empty box), and the unknown name last reported. */
  #drawn?: Icon | null;
  #reported = '';
  /** The label the drawn `<svg>` carries (a fresh clone carries none: decorative). */
  #shownLabel = '';

  /** Resolves at once: the icon is drawn synchronously (for code that awaits any element). */
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
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
    this.#draw();
  }

  disconnectedCallback(): void {
    all.delete(this);
  }

  #draw(): void {
    if (!this.isConnected) return;
    const root =
      this.shadowRoot ??
      Object.assign(this.attachShadow({mode: 'open'}), {
        adoptedStyleSheets: [(sheet ??= styles())],
      });
    const icon = resolveIcon(this.#name);
    let svg = root.firstElementChild;
    if (icon !== this.#drawn || !svg) {
      svg = drawing(icon).cloneNode(true) as SVGSVGElement;
      root.replaceChildren(svg);
      this.#drawn = icon ?? null;
      this.#shownLabel = '';
    }
    if (icon || !this.#name) this.#reported = '';
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
    if (!name || this.#reported === name || resolveIcon(name)) return;
    this.#reported = name;
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

/**
 * The host's box plus the rules of `iconSvgStyles` (size, mirroring), as one plain sheet: this
 * element loads no LitElement, so it does not use lit's `css` (4.3 KB instead of 6.6 KB gzip).
 */
function styles(): CSSStyleSheet {
  const css = new CSSStyleSheet();
  css.replaceSync(`:host{--_s:var(--news-icon-size,1em);display:inline-block;inline-size:var(--_s);block-size:var(--_s);vertical-align:-.125em;contain:strict}
svg{display:block;inline-size:var(--_s);block-size:var(--_s)}
:host(:dir(rtl)) .mirror{transform:scaleX(-1)}`);
  return css;
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
