import type {ReactiveControllerHost} from 'lit';
import {isTranslated} from './i18n.js';

/**
 * Translations that come with code loaded on demand (the player's chapters, transcript and feed;
 * the share menu), each in a module of its own: one is loaded for a language whose main
 * translation the page imported (`newsroom-elements/locales/ru.js` …), when an element first
 * speaks it.
 */
export class LazyTranslations {
  readonly #loaded = new Set<string>();
  readonly #loading = new Map<string, Promise<void>>();

  constructor(private readonly loaders: Readonly<Record<string, () => Promise<unknown>>>) {}

  /** Loads `lang`'s strings, if it has any to load; resolves once they are in (or failed to come). */
  load(lang: string): Promise<void> {
    const base = lang.split('-')[0]!.toLowerCase();
    const loader = isTranslated(base) ? this.loaders[base] : undefined;
    if (!loader || this.#loaded.has(base)) return Promise.resolve();
    let loading = this.#loading.get(base);
    if (!loading) {
      loading = loader().then(
        () => {
          this.#loaded.add(base);
        },
        () => {
          this.#loading.delete(base); // offline: English until asked again
        },
      );
      this.#loading.set(base, loading);
    }
    return loading;
  }

  /**
   * Whether `lang`'s strings are in (English is built in). If they are not, they are loaded, and
   * `host` is redrawn once they are.
   */
  ready(lang: string, host: ReactiveControllerHost): boolean {
    const base = lang.split('-')[0]!.toLowerCase();
    if (this.#loaded.has(base)) return true;
    const loading = this.load(lang);
    if (this.#loaded.has(base) || !this.#loading.has(base)) return true;
    void loading.then(() => host.requestUpdate());
    return false;
  }
}
