import {html, nothing} from 'lit';
import {guard} from 'lit/directives/guard.js';
import {formatTime} from '../time.js';
import type {Cue} from './cues.js';
import {t} from './extras.strings.js';

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
 * The list is drawn once per transcript or search; following the audio only moves one attribute,
 * so a three-hour transcript costs nothing while it plays.
 */
export class TranscriptPanel {
  query = '';
  #cues: readonly Cue[] = [];
  /** Which match (index into `matches`) the search last went to. */
  #match = -1;
  #current = -1;
  #heldUntil = 0;
  #shown = false;
  #list?: HTMLOListElement | null;
  #found?: {cues: readonly Cue[]; query: string; matches: number[]};

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
  }

  /** The cues the search finds (worked out once per transcript and query). */
  get matches(): number[] {
    const {cues, query} = this;
    if (this.#found?.cues !== cues || this.#found.query !== query) {
      const q = query.trim().toLocaleLowerCase();
      const matches: number[] = [];
      if (q) {
        cues.forEach((cue, i) => {
          if (`${cue.speaker ?? ''} ${cue.text}`.toLocaleLowerCase().includes(q)) matches.push(i);
        });
      }
      this.#found = {cues, query, matches};
    }
    return this.#found.matches;
  }

  render(lang: string, open: boolean) {
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
    return html`<div id="transcript" class="panel" part="transcript" ?hidden=${!open}>
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
        <button aria-label=${t(lang, 'previousMatch')} @click=${() => this.#go(-1)}>↑</button>
        <button aria-label=${t(lang, 'nextMatch')} @click=${() => this.#go(1)}>↓</button>
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
      >
        ${guard([this.cues, this.query], () => this.#items())}
      </ol>
    </div>`;
  }

  #items() {
    const query = this.query.trim();
    const pattern = query && new RegExp(`(${query.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})`, 'iu');
    return this.cues.map((cue, i) => {
      const parts = pattern ? cue.text.split(pattern) : [cue.text];
      return html`<li>
        <button data-i=${i} tabindex=${i ? -1 : 0}>
          <span class="at">${formatTime(cue.start)}</span>
          ${cue.speaker ? html`<b dir="auto">${cue.speaker}</b>` : nothing}
          <span dir="auto"
            >${parts.map((part, j) => (j % 2 ? html`<mark>${part}</mark>` : part))}</span
          >
        </button>
      </li>`;
    });
  }

  /** After each render: highlights the cue playing at `time` and keeps it in view. */
  follow(root: ShadowRoot, time: number, smooth: boolean): void {
    const list = (this.#list = root.querySelector<HTMLOListElement>('.cues'));
    if (!list) return;
    const now = cueAt(this.cues, time);
    const moved = now !== this.#current || !list.querySelector('[aria-current]');
    // Opened: the cue playing comes into view, even if it has not changed.
    const opened = !this.#shown && !!list.offsetParent;
    this.#shown = !!list.offsetParent;
    if (!moved && !opened) return;
    this.#button(this.#current)?.removeAttribute('aria-current');
    this.#current = now;
    const button = this.#button(now);
    button?.setAttribute('aria-current', 'true');
    if (button && this.#shown && (opened || performance.now() > this.#heldUntil)) {
      this.#reveal(button, smooth && !opened);
    }
  }

  #button(i: number) {
    return i < 0 ? null : this.#list?.querySelector<HTMLButtonElement>(`[data-i="${i}"]`);
  }

  /** Scrolls the list (not the page) so that `el` sits a third of the way down. */
  #reveal(el: HTMLElement, smooth: boolean): void {
    const list = this.#list!;
    const top = el.offsetTop - list.offsetTop - list.clientHeight / 3;
    list.scrollTo({top, behavior: smooth ? 'smooth' : 'instant'});
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

  #focus(i: number): void {
    const button = this.#button(i);
    if (!button) return;
    this.#list!.querySelector('[tabindex="0"]')?.setAttribute('tabindex', '-1');
    button.tabIndex = 0;
    this.#hold();
    button.focus();
  }

  #onSearch = (event: Event) => {
    this.query = (event.target as HTMLInputElement).value;
    this.#match = -1;
    this.#list?.querySelector('.match')?.classList.remove('match');
    this.update();
  };

  /** Enter goes to the next match, Shift+Enter to the previous one. */
  #onSearchKey = (event: KeyboardEvent) => {
    event.stopPropagation(); // the player's shortcuts never take keys from the search box
    if (event.key !== 'Enter') return;
    event.preventDefault();
    this.#go(event.shiftKey ? -1 : 1);
  };

  #go(direction: number): void {
    const matches = this.matches;
    if (!matches.length) return;
    const n = matches.length;
    this.#match = this.#match < 0 ? (direction > 0 ? 0 : n - 1) : (this.#match + direction + n) % n;
    const button = this.#button(matches[this.#match]!);
    this.#list?.querySelector('.match')?.classList.remove('match');
    if (button) {
      button.classList.add('match');
      this.#hold();
      this.#reveal(button, false);
    }
    this.update();
  }
}
