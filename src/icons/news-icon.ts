import {render} from 'lit/html.js';
import {define} from '../shared/define.js';
import {text} from '../shared/text.js';
import {onIconsChanged, resolveIcon, type Icon} from './registry.js';
import {drawIcon} from './icon-svg.js';
import {addBoxRule, mirrorIn} from './icon-box.js';
import {SVG_STYLE} from './news-icon.styles.js';

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
 * `HTMLElement`, or in Node (a server importing the package, with no DOM) a stand-in, so that
 * importing this module never throws there; it is not defined as an element there either.
 */
const Base = globalThis.HTMLElement ?? (class {} as typeof HTMLElement);
const all = new Set<NewsIcon>();

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
  prune(svg);
  svg.removeAttribute('class');
  // Through the CSSOM, which Content-Security-Policy allows; clones copy it.
  svg.style.cssText = SVG_STYLE;
  if (icon) drawings.set(icon, svg);
  else empty = svg;
  return svg;
}

/**
 * Removes Lit's marker comments and the template's indentation from a drawing, so each clone
 * holds only the SVG itself (a path is two nodes, not seven). Text inside `<text>` is kept.
 */
function prune(node: Node): void {
  for (const child of [...node.childNodes]) {
    if (child.nodeType === Node.COMMENT_NODE) child.remove();
    else if (child.nodeType === Node.TEXT_NODE) {
      if (!child.textContent!.trim() && !(node as Element).closest('text')) child.remove();
    } else prune(child);
  }
}

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
 * @fires {IconErrorEvent} icon-error - The name matches no icon (warned once per name on the console). `event.name` is the name.
 * @csspart svg - The `<svg>` element.
 * @cssprop [--news-icon-size=1em] - Width and height of the icon.
 */
export class NewsIcon extends Base {
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
  /** Whether the shadow root holds the right-to-left mirroring rule. */
  #mirrored = false;

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
    addBoxRule(this);
    this.#draw();
  }

  disconnectedCallback(): void {
    all.delete(this);
  }

  /** Moved into another document (an iframe's): that document's mirroring sheet. */
  adoptedCallback(): void {
    if (this.#mirrored && this.shadowRoot) mirrorIn(this.shadowRoot, true);
  }

  #draw(): void {
    if (!this.isConnected) return;
    const root = this.shadowRoot ?? this.attachShadow({mode: 'open'});
    const icon = resolveIcon(this.#name);
    let svg = root.firstElementChild;
    if (icon !== this.#drawn || !svg) {
      svg = drawing(icon).cloneNode(true) as SVGSVGElement;
      root.replaceChildren(svg);
      const mirror = !!icon?.mirror;
      if (mirror !== this.#mirrored) mirrorIn(root, (this.#mirrored = mirror));
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

if (globalThis.customElements) define('news-icon', NewsIcon);

declare global {
  interface HTMLElementTagNameMap {
    'news-icon': NewsIcon;
  }
  interface GlobalEventHandlersEventMap {
    'icon-error': IconErrorEvent;
  }
}
