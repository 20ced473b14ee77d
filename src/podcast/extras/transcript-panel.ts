import {html, nothing} from 'lit';
import {iconSvg} from '../../icons/icon-svg.js';
import '../../icons/set/chevron-up.js';
import '../../icons/set/chevron-down.js';
import '../../icons/set/close.js';
import {formatTime} from '../time.js';
import type {Cue} from './cues.js';
import {t} from './extras.strings.js';
import {WindowedList} from './windowed-list.js';

/** The index of the cue playing at `time` (the latest to start, of those not yet ended), or -1. */
export function cueAt(cues: readonly Cue[], time: number): number {
  let low = 0;
  let high = cues.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (cues[mid]!.start <= time) low = mid + 1;
    else high = mid;
  }
  // Looking back a little way finds a long cue that overlaps shorter ones after it.
  for (let i = low - 1; i >= 0 && i >= low - 64; i--) if (cues[i]!.end > time) return i;
  return -1;
}

/** How long the panel stops following the audio after the reader scrolls it (ms). */
const HOLD = 5000;

/**
 * The transcript: a list of cues, the one playing highlighted and kept in view (unless the reader
 * has just scrolled the list), a click on a cue seeks there, and a search box that finds text.
 * Only the cues in view are drawn (and nothing while the panel is closed), so a transcript of any
 * length opens at once and costs nothing while it plays.
 */
export class TranscriptPanel {
  query = '';
  #cues: readonly Cue[] = [];
  /** Which match (index into `matches`) the search last went to. */
  #match = -1;
  /** The cue playing. */
  #current = -1;
  /** The cue the Tab key comes to: the list is one Tab stop. */
  #stop = 0;
  #heldUntil = 0;
  #shown = false;
  #found?: {cues: readonly Cue[]; query: string; matches: number[]};
  /** Each cue's text in lower case, for the search (worked out once per transcript). */
  #haystack?: {cues: readonly Cue[]; text: string[]};
  #pattern?: {query: string; re?: RegExp};
  readonly #list = new WindowedList(
    () => this.#cues,
    (i) => this.#item(i),
    () => [this.#current, this.#stop],
  );

  constructor(
    private readonly seek: (seconds: number) => void,
    private readonly update: () => void,
  ) {}

  get cues(): readonly Cue[] {
    return this.#cues;
  }
  /** A new transcript: the search starts again and the highlight is found anew. */
  set cues(cues: readonly Cue[]) {
    this.#cues = cues;
    this.#match = -1;
    this.#current = -1;
    this.#stop = 0;
  }

  /** The cues the search finds (worked out once per transcript and query). */
  get matches(): number[] {
    const {cues, query} = this;
    if (this.#found?.cues !== cues || this.#found.query !== query) {
      const q = query.trim().toLocaleLowerCase();
      const matches: number[] = [];
      if (q) {
        if (this.#haystack?.cues !== cues) {
          const text = cues.map((cue) => `${cue.speaker ?? ''} ${cue.text}`.toLocaleLowerCase());
          this.#haystack = {cues, text};
        }
        this.#haystack.text.forEach((text, i) => text.includes(q) && matches.push(i));
      }
      this.#found = {cues, query, matches};
    }
    return this.#found.matches;
  }

  render(lang: string) {
    const matches = this.matches;
    const status = !this.query.trim()
      ? ''
      : matches.length
        ? this.#match < 0
          ? t(lang, 'found', {total: matches.length})
          : // The match gone to is read out with its text: focus stays in the search box.
            `${t(lang, 'matches', {n: this.#match + 1, total: matches.length})}: ${
              this.cues[matches[this.#match]!]?.text ?? ''
            }`
        : t(lang, 'noMatches');
    return html`<div id="transcript" class="panel" part="transcript">
      <div class="search">
        <input
          type="search"
          dir="auto"
          part="search"
          aria-label=${t(lang, 'searchTranscript')}
          placeholder=${t(lang, 'searchTranscript')}
          .value=${this.query}
          @input=${this.#onSearch}
          @keydown=${this.#onSearchKey}
        />
        ${this.query
          ? html`<button class="clear" aria-label=${t(lang, 'clearSearch')} @click=${this.#clear}>
              ${iconSvg('close')}
            </button>`
          : nothing}
        <button aria-label=${t(lang, 'previousMatch')} @click=${() => this.#go(-1)}>
          ${iconSvg('chevron-up')}
        </button>
        <button aria-label=${t(lang, 'nextMatch')} @click=${() => this.#go(1)}>
          ${iconSvg('chevron-down')}
        </button>
        <span role="status">${status}</span>
      </div>
      <ol
        class="cues"
        aria-label=${t(lang, 'transcript')}
        @click=${this.#onClick}
        @keydown=${this.#onKey}
        @wheel=${this.#hold}
        @touchstart=${this.#hold}
        @pointerdown=${this.#hold}
      ></ol>
    </div>`;
  }

  /** Cue `i`: its time, speaker and text, the search's finds marked. */
  #item(i: number) {
    const cue = this.cues[i]!;
    const query = this.query.trim();
    if (this.#pattern?.query !== query) {
      const re = query
        ? new RegExp(`(${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'iu')
        : undefined;
      this.#pattern = {query, re};
    }
    const parts = this.#pattern.re ? cue.text.split(this.#pattern.re) : [cue.text];
    const match = this.#match >= 0 && this.matches[this.#match] === i;
    return html`<button
      data-i=${i}
      tabindex=${i === this.#stop ? 0 : -1}
      aria-current=${i === this.#current || nothing}
      class=${match ? 'match' : nothing}
    >
      <span class="at">${formatTime(cue.start)}</span>
      ${cue.speaker ? html`<b dir="auto">${cue.speaker}</b>` : nothing}
      <span dir="auto">${parts.map((part, j) => (j % 2 ? html`<mark>${part}</mark>` : part))}</span>
    </button>`;
  }

  /** After each render: highlights the cue playing at `time` and keeps it in view. */
  follow(root: ParentNode, time: number, smooth: boolean): void {
    this.#list.attach(root.querySelector('.cues'));
    const list = this.#list.list;
    // Opened: the cue playing comes into view, even if it has not changed.
    const opened = !this.#shown && !!list;
    this.#shown = !!list;
    if (!list) return;
    const now = cueAt(this.cues, time);
    const moved = now !== this.#current;
    this.#current = now;
    this.#list.draw();
    // Not while the reader is in the list with the keyboard, or has just scrolled it.
    const reading = list.contains((root as ShadowRoot).activeElement);
    if ((moved || opened) && (opened || (!reading && performance.now() > this.#heldUntil))) {
      this.#reveal(now, smooth && !opened);
    }
  }

  /** Scrolls the list (not the page) so that cue `i` sits a third of the way down. */
  #reveal(i: number, smooth: boolean): void {
    // Smooth only over cues drawn: near, not across the whole transcript.
    const behavior = smooth && this.#list.near(i) ? 'smooth' : 'instant';
    const li = i < 0 ? null : this.#list.ensure(i);
    const list = this.#list.list;
    if (!li || !list) return;
    const top =
      list.scrollTop +
      li.getBoundingClientRect().top -
      list.getBoundingClientRect().top -
      list.clientHeight / 3;
    list.scrollTo({top, behavior});
  }

  #hold = () => {
    this.#heldUntil = performance.now() + HOLD;
  };

  #onClick = (event: Event) => {
    const button = (event.target as Element).closest<HTMLElement>('[data-i]');
    const cue = button && this.cues[Number(button.dataset.i)];
    if (cue) this.seek(cue.start);
  };

  /** Up and Down (Home, End) move between cues: the list is one stop for the Tab key. */
  #onKey = (event: KeyboardEvent) => {
    const from = (event.target as HTMLElement).closest<HTMLElement>('[data-i]');
    const i = Number(from?.dataset.i);
    const last = this.cues.length - 1;
    const to = {ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: last}[event.key];
    if (!from || to === undefined || to < 0 || to > last) return;
    event.preventDefault();
    event.stopPropagation();
    this.#focus(to);
  };

  /** Moves the Tab stop to cue `i` and focuses it (drawing it first if it was not). */
  #focus(i: number): void {
    this.#stop = i;
    this.#hold();
    this.#list.ensure(i)?.querySelector('button')?.focus();
  }

  #onSearch = (event: Event) => this.#search((event.target as HTMLInputElement).value);

  /** Empties the search, and leaves the reader in the box to type another. */
  #clear = (event: Event) => {
    const input = (event.currentTarget as Element).parentElement!.querySelector('input')!;
    this.#search((input.value = ''));
    input.focus();
  };

  /** Searches for `query` (from its first match on). */
  #search(query: string): void {
    this.query = query;
    this.#match = -1;
    this.update();
  }

  /** Enter goes to the next match, Shift+Enter to the previous one. */
  #onSearchKey = (event: KeyboardEvent) => {
    event.stopPropagation(); // the player's shortcuts never take keys from the search box
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.#go(event.shiftKey ? -1 : 1);
  };

  /** To the next (1) or previous (-1) match, drawn and scrolled into view. */
  #go(direction: number): void {
    const matches = this.matches;
    if (!matches.length) return;
    const n = matches.length;
    this.#match = this.#match < 0 ? (direction > 0 ? 0 : n - 1) : (this.#match + direction + n) % n;
    this.#hold();
    this.#reveal(matches[this.#match]!, false);
    this.update();
  }
}
