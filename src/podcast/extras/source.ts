import {safeUrl} from '../../shared/safe-url.js';
import {parseCues, type Cue} from './cues.js';
import {LoadError, loadParsed} from './load.js';

/**
 * One input of the player's extras (a URL, or a list a script set): loaded again when it
 * changes, and the load under way for the old value abandoned.
 */
export class Source {
  #from: unknown;
  #seen = false;
  #abort?: AbortController;
  #load?: (signal: AbortSignal) => unknown;

  /** Calls `load` (with a signal that aborts when the input changes again) if `from` is new. */
  update(from: unknown, load: (signal: AbortSignal) => unknown): void {
    if (this.#seen && this.#from === from) return;
    this.#seen = true;
    this.#from = from;
    this.#load = load;
    this.retry();
  }

  /** Loads the same input again (the reader asked to, after a failure). */
  retry(): void {
    this.#abort?.abort();
    this.#abort = new AbortController();
    this.#load?.(this.#abort.signal);
  }
}

/**
 * The cues of a chapters or transcript file at `url`: `[]` for no URL, `undefined` when a newer
 * source replaced this one while it loaded; rejects with a LoadError when it cannot be used.
 */
export async function loadCues(url: string, signal: AbortSignal): Promise<Cue[] | undefined> {
  const safe = safeUrl(url, true);
  if (!safe) return [];
  try {
    const cues = await loadParsed(safe, parseCues, signal);
    return signal.aborted ? undefined : cues;
  } catch (error) {
    if (signal.aborted || !(error instanceof LoadError)) return undefined;
    throw error;
  }
}

/** The `src` of the player's first `<track>` child of one of `kinds`, if any. */
export const trackSrc = (host: HTMLElement, kinds: string): string =>
  host.querySelector<HTMLTrackElement>(`track:is(${kinds})`)?.src ?? '';
