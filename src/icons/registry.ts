import type {SVGTemplateResult} from 'lit/html.js';
import {text} from '../shared/text.js';

/** A registered icon: its drawing, and whether it points along the reading direction. */
export interface Icon {
  readonly template: SVGTemplateResult;
  /** Mirrored in right-to-left contexts (chevrons, arrows); media transport icons are not. */
  readonly mirror: boolean;
}

const icons = new Map<string, Icon>();
const aliases = new Map<string, string>();
const listeners = new Set<() => void>();
let notifyQueued = false;

/** `"Chevron Down"`, `"chevron_down"` and `"chevron-down"` all name one icon. */
export const normaliseIconName = (name: unknown): string =>
  text(name)
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/**
 * Lit's `svg` template, its strings a template literal's (Lit's own check: never data made to
 * look like one).
 */
const isSvgTemplate = (value: unknown): value is SVGTemplateResult => {
  const {_$litType$: type, strings} = (value ?? {}) as Partial<SVGTemplateResult>;
  return type === 2 && Array.isArray(strings) && Object.hasOwn(strings, 'raw');
};

function changed(): void {
  if (notifyQueued) return;
  notifyQueued = true;
  queueMicrotask(() => {
    notifyQueued = false;
    for (const listener of listeners) listener();
  });
}

/**
 * Registers one icon of the built-in set under its canonical name and its aliases: a tag for its
 * drawing, `defineIcon('play', ['v-play'])\`<path …/>\``, that makes what Lit's `svg` tag makes
 * (Lit renders it in the elements' templates) without importing lit-html, so that `<news-icon>`
 * with its icons loads none of Lit and needs no Trusted Types policy. Used by the generated
 * modules in `icons/set/`; sites use {@link registerIcons}.
 */
export const defineIcon =
  (name: string, names: readonly string[] = [], mirror = false) =>
  (strings: TemplateStringsArray): SVGTemplateResult => {
    const template: SVGTemplateResult = {['_$litType$']: 2, strings, values: []};
    icons.set(name, {template, mirror});
    for (const alias of names) aliases.set(alias, name);
    changed();
    return template;
  };

/**
 * Adds icons, or replaces existing ones (by canonical name or alias). Each value is a Lit
 * `svg` template drawn on a 24×24 grid in `currentColor`. Icons already on the page redraw.
 *
 * ```js
 * registerIcons({podcast: svg`<circle cx="12" cy="12" r="9"/>`});
 * ```
 */
export function registerIcons(
  set: Readonly<Record<string, SVGTemplateResult>>,
  options: {readonly mirror?: readonly string[]} = {},
): void {
  for (const [name, template] of Object.entries(set)) {
    if (!isSvgTemplate(template)) {
      throw new TypeError(`registerIcons: "${name}" must be a Lit svg\`…\` template`);
    }
    const key = normaliseIconName(name);
    if (!key) throw new TypeError('registerIcons: an icon name must not be empty');
    const canonical = icons.has(key) ? key : (aliases.get(key) ?? key);
    const mirror = !!options.mirror?.includes(name) || !!icons.get(canonical)?.mirror;
    icons.set(canonical, {template, mirror});
  }
  changed();
}

/** The icon a name (canonical or alias, any spacing or case) stands for, if any. */
export function resolveIcon(name: unknown): Icon | undefined {
  const key = normaliseIconName(name);
  return icons.get(key) ?? icons.get(aliases.get(key) ?? '');
}

/** Calls `listener` (once per batch) whenever icons are added or replaced; returns an unsubscribe. */
export function onIconsChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
