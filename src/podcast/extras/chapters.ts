import {html, nothing} from 'lit';
import {text} from '../../shared/text.js';
import type {ChapterInput, PlayerHost} from '../player-host.js';
import {formatTime} from '../time.js';
import {ordered, type Cue} from './cues.js';
import {t} from './extras.strings.js';
import type {Panels} from './panels.js';
import type {LoadError} from './load.js';
import {Source, loadCues, trackSrc} from './source.js';
import {cueAt} from './transcript-panel.js';
import {WindowedList} from './windowed-list.js';

/** Chapters set by a script: kept if they have a start time and a title. */
const fromScript = (list: readonly ChapterInput[]): Cue[] =>
  ordered(
    list.flatMap((item) => {
      const start = Number(item?.start);
      const title = text(item?.title).replace(/\s+/g, ' ');
      return start >= 0 && title ? [{start, end: NaN, text: title}] : [];
    }),
  );

/**
 * The player's chapters: from its `chapters` (a file's URL, or a list set by a script) or a
 * `<track kind="chapters">` child. Shown as marks on the seek slider, as the title playing, in
 * the slider's spoken value and as a list to jump from; the lock screen's previous and next track
 * move between them.
 */
export class Chapters {
  list: readonly Cue[] = [];
  /** Why the chapters could not be loaded, if they could not. */
  problem?: LoadError;
  readonly #source = new Source();
  #marksFor?: {list: readonly Cue[]; duration: number; marks: string};
  /** The chapter playing when the list was last drawn. */
  #now = -1;
  readonly #rows = new WindowedList(
    () => this.list,
    (i) => this.#row(i),
    () => [this.#now],
  );

  constructor(
    private readonly host: PlayerHost,
    private readonly panels: Panels,
    /** Told when the list changes (the lock screen's track buttons follow it). */
    private readonly changed: () => void,
  ) {}

  /** Loads the chapters again, after a failure. */
  retry(): void {
    this.#source.retry();
  }

  /** Reads the player's chapters input; loads it again when it changed. */
  update(): void {
    const host = this.host;
    const input = Array.isArray(host.chapters)
      ? host.chapters
      : text(host.chapters) || trackSrc(host, '[kind=chapters]');
    this.#source.update(input, async (signal) => {
      this.problem = undefined;
      if (Array.isArray(input)) return this.#use(fromScript(input));
      this.#use([]);
      try {
        const cues = await loadCues(input as string, signal);
        if (cues) this.#use(cues);
      } catch (error) {
        this.problem = error as LoadError;
        host.requestUpdate();
      }
    });
  }

  #use(list: readonly Cue[]): void {
    this.list = list;
    this.changed();
    this.host.requestUpdate();
  }

  /** How many there are (for the lock screen). */
  get count(): number {
    return this.list.length;
  }

  /** The index of the chapter playing, or -1. */
  get now(): number {
    return cueAt(this.list, this.host.currentTime);
  }

  /**
   * After each render: paints the chapter marks on the seek slider, through the CSSOM as the
   * slider's fill is (a style attribute would break a strict content security policy).
   */
  paintMarks(): void {
    const slider = this.host.renderRoot.querySelector<HTMLElement>('[role="slider"]');
    const marks = this.#marks(this.host.duration);
    if (slider && slider.style.getPropertyValue('--_marks') !== marks) {
      slider.style.setProperty('--_marks', marks);
    }
  }

  /** The chapter marks, as background layers (worked out again only when the list or the length changes). */
  #marks(duration: number): string {
    const cached = this.#marksFor;
    if (cached?.list === this.list && cached.duration === duration) return cached.marks;
    // One mark per 0.1 % at most: thousands of layers would slow every drawing of the slider.
    const marks = [
      ...new Set(this.list.map(({start}) => Math.floor((start / duration) * 1000) / 10)),
    ]
      .filter((at) => at > 0 && at < 100)
      .map(
        (at) =>
          `linear-gradient(to right,transparent calc(${at}% - 1px),var(--_gap) 0 calc(${at}% + 1px),transparent 0)`,
      )
      .join();
    this.#marksFor = {list: this.list, duration, marks};
    return marks;
  }

  /** `, Chapter: title` (with the language's comma) for the seek slider's `aria-valuetext`, or nothing. */
  spoken(lang: string, time: number): string {
    const chapter = this.list[cueAt(this.list, time)];
    return chapter ? t(lang, 'separator') + t(lang, 'chapterNow', {title: chapter.text}) : '';
  }

  /**
   * To the next chapter (1), or back (-1): to the start of the chapter last begun, or, within 3 s
   * of its start, to the one before. By start times alone, so gaps between chapters do not matter.
   */
  jump(direction: 1 | -1): void {
    const time = this.host.currentTime;
    const list = this.list;
    // The last chapter begun (a seek lands a hair before a start: 0.25 s of slack).
    const now = list.findLastIndex((chapter) => chapter.start <= time + 0.25);
    const back = now >= 0 && time - list[now]!.start > 3 ? now : Math.max(0, now - 1);
    const to = list[direction > 0 ? now + 1 : back];
    if (to) this.host.seek(to.start);
  }

  /** The title of the chapter playing, for the row of buttons. */
  renderTitle() {
    const chapter = this.list[this.now];
    return chapter
      ? html`<span class="chapter" part="chapter" dir="auto">${chapter.text}</span>`
      : nothing;
  }

  /** The list of chapters to jump to, when its panel is open (drawn where seen: `drawList`). */
  renderPanel(lang: string) {
    if (!this.panels.isOpen('chapters')) return nothing;
    return html`<ol
      id="chapters"
      class="panel list"
      part="chapter-list"
      aria-label=${t(lang, 'chapters')}
    ></ol>`;
  }

  /** After each render: the chapters in view are drawn, the one playing marked. */
  drawList(root: ParentNode): void {
    this.#rows.attach(root.querySelector('#chapters'));
    this.#now = this.now;
    this.#rows.draw();
  }

  #row(i: number) {
    const chapter = this.list[i]!;
    return html`<button
      aria-current=${i === this.#now || nothing}
      @click=${() => this.host.seek(chapter.start)}
    >
      <span class="at">${formatTime(chapter.start)}</span>
      <span dir="auto">${chapter.text}</span>
    </button>`;
  }
}
