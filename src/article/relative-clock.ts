import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {formatDate} from './dates.js';
import {formatPattern} from './date-pattern.js';
import {formatRelative, relativeChangesIn} from './relative-time.js';

/** setTimeout's longest wait (about 24.8 days); a longer one would fire at once. */
const LONGEST = 2 ** 31 - 1;

/**
 * Keeps a relative date ("5 minutes ago") true while its host is on the page: the host is redrawn
 * when the words would change, and not otherwise. Call `watch()` before each render (`willUpdate`).
 * Loaded by `<news-article>` the first time it shows a relative date, or a date in a pattern of
 * its own (`date-format`), which this also writes.
 */
export class RelativeClock implements ReactiveController {
  #date?: Date;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /** The date the host now shows as relative, or undefined when it shows none. */
  watch(date: Date | undefined): void {
    this.#date = date;
  }

  /** `date` in words from now, in `lang`: "2 hours ago", "yesterday", "in 3 days". */
  words(lang: string, date: Date): string {
    return formatRelative(lang, date);
  }

  /** `date` by `pattern` (date-pattern.ts), or, when that is not a valid one, as `formatDate` has it. */
  format(lang: string, date: Date, timeZone: unknown, pattern: unknown): string {
    return formatPattern(lang, date, timeZone, pattern) ?? formatDate(lang, date, timeZone);
  }

  hostUpdated(): void {
    clearTimeout(this.#timer);
    // An update that was pending as the host left the page still runs: it sets no timer.
    if (this.#date && this.host.isConnected) {
      const wait = Math.min(relativeChangesIn(this.#date), LONGEST);
      this.#timer = setTimeout(() => this.host.requestUpdate(), wait);
    }
  }

  /** Back on the page: the words may have gone stale while it was away. */
  hostConnected(): void {
    if (this.#date) this.host.requestUpdate();
  }

  hostDisconnected(): void {
    clearTimeout(this.#timer);
  }
}
