import {render} from 'lit';
import {emulateMedia, resetMouse} from '@web/test-runner-commands';
import {iconCatalog} from './icons/catalog.js';
import {iconSvg} from '../src/icons/icon-svg.js';
import type {Language} from '../src/shared/i18n.js';
// Small helpers shared by the element suites.

/** Waits for the next animation frame (after Lit's update and the browser's style recalc). */
export const nextFrame = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves when `check` holds (polled each 20 ms), or fails with `what` after `ms`. */
export async function until(
  check: () => boolean,
  what: string | (() => string),
  ms = 5000,
): Promise<void> {
  const end = performance.now() + ms;
  while (!check()) {
    if (performance.now() > end) {
      throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** Collects what `run` writes to the console at `levels` (and keeps it out of the test log). */
export async function captureConsole(
  levels: readonly ('warn' | 'error')[],
  run: () => Promise<void> | void,
): Promise<string[]> {
  const seen: string[] = [];
  const originals = levels.map((level) => [level, console[level]] as const);
  for (const level of levels)
    console[level] = (...args: unknown[]) => seen.push(args.map(String).join(' '));
  try {
    await run();
  } finally {
    for (const [level, original] of originals) console[level] = original;
  }
  return seen;
}

/** Collects console.warn calls while `run` executes. */
export const captureWarnings = (run: () => Promise<void> | void) => captureConsole(['warn'], run);

/** The next event of `type` on `target`, typed from GlobalEventHandlersEventMap. */
export const nextEvent = <K extends keyof GlobalEventHandlersEventMap>(
  target: EventTarget,
  type: K,
) =>
  new Promise<GlobalEventHandlersEventMap[K]>((resolve) =>
    target.addEventListener(type, (e) => resolve(e as GlobalEventHandlersEventMap[K]), {
      once: true,
    }),
  );

/** The markup an icon draws, without Lit's comment markers. */
const shapes = (svg: Element) => svg.innerHTML.replace(/<!--[^>]*-->/g, '');

/** Which icon of the set an inline `<svg>` draws (by comparing its shapes). */
export function iconName(svg: Element | null | undefined): string | undefined {
  if (!svg || !shapes(svg).trim()) return undefined;
  const probe = document.createElement('div');
  for (const {name} of iconCatalog) {
    render(iconSvg(name), probe);
    if (shapes(probe.firstElementChild!) === shapes(svg)) return name;
  }
  return undefined;
}

/** Lets queued tasks run (a macrotask later: storage events, pending promises and renders). */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The six languages the elements speak. */
export type {Language};

/**
 * Registers one test per language, `name(lang)`, run with that language's expected values:
 * `expected` must name all six, so a language cannot be left untested.
 */
export function inEachLanguage<T>(
  expected: Record<Language, T>,
  name: (lang: Language) => string,
  test: (lang: Language, expected: T) => Promise<void>,
): void {
  for (const [lang, values] of Object.entries(expected) as [Language, T][]) {
    it(name(lang), () => test(lang, values));
  }
}

/**
 * For a suite of screenshots: the page allows light and dark (so the elements follow
 * `emulateMedia`), the pointer rests away from them, and the page is light again after.
 */
export function screenshotSuite(): void {
  before(async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await resetMouse();
  });
  after(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({colorScheme: 'light'});
  });
}
