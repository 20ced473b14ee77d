import type {ReactiveControllerHost} from 'lit';
import {isTranslated} from './i18n.js';

/**
 * Translations that come with code loaded on demand (the player's chapters, transcript and feed),
 * each in a module of its own: one is loaded for a language whose main translation the page
 * imported (`newsroom-elements/locales/ru.js` …), when an element first speaks it.
 */
export class LazyTranslations {
  readonly #loaded = new Set<string>();
  readonly #loading = new Set<string>();
  /** Hosts waiting for a language's strings, to redraw once they are in. */
  readonly #waiting = new Set<ReactiveControllerHost>();

  constructor(private readonly loaders: Readonly<Record<string, () => Promise<unknown>>>) {}

  /**
   * Whether `lang`'s strings are in (English is built in). If they are not, they are loaded, and
   * `host` is redrawn once they are.
   */
  ready(lang: string, host: ReactiveControllerHost): boolean {
    const base = lang.split('-')[0]!.toLowerCase();
    const load = isTranslated(base) ? this.loaders[base] : undefined;
    if (!load || this.#loaded.has(base)) return true;
    this.#waiting.add(host);
    if (!this.#loading.has(base)) {
      this.#loading.add(base);
      void load().then(() => {
        this.#loaded.add(base);
        for (const waiting of this.#waiting) waiting.requestUpdate();
        this.#waiting.clear();
      });
    }
    return false;
  }
}
