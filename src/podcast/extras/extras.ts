import {html, nothing, type ReactiveController} from 'lit';
import type {PodcastPlayer} from '../podcast-player.js';
import {isTranslated} from '../../shared/i18n.js';
import {safeUrl} from '../../shared/safe-url.js';
import {text} from '../../shared/text.js';
import {formatTime, parseTime} from '../time.js';
import {ordered, parseCues, type Cue} from './cues.js';
import {description} from './description.js';
import {parseFeed, type Episode, type Feed} from './feed.js';
import {LoadError, loadParsed} from './load.js';
import {styles} from './extras.styles.js';
import {t} from './extras.strings.js';
import {TranscriptPanel, cueAt} from './transcript-panel.js';

/** A chapter given by a script: where it starts (seconds) and its title. */
export interface ChapterInput {
  start: number;
  title: string;
}

type Panel = 'chapters' | 'transcript' | 'episodes';
type Problem = 'chapters' | 'transcript' | 'feed' | 'episode';
type Message = [key: Parameters<typeof t>[1], values?: Record<string, string | number>];

/**
 * Translations of these strings, loaded with them: for a language whose locale module the page
 * imported (`newsroom-elements/locales/ru.js` …), when a player first speaks it.
 */
const translations: Record<string, () => Promise<unknown>> = {
  ru: () => import('./locales/ru.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  ar: () => import('./locales/ar.js'),
};
/** Asked once; it stays current as the reader's setting changes. */
let reducedMotion: MediaQueryList | undefined;
const loaded = new Set<string>();
const loading = new Set<string>();
/** Players waiting for a language's strings, to draw once they are in. */
const waiting = new Set<PodcastPlayer>();

/** The `src` of the player's first `<track>` child of one of `kinds`, if any. */
const trackSrc = (host: HTMLElement, kinds: string) =>
  host.querySelector<HTMLTrackElement>(`track:is(${kinds})`)?.src ?? '';

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
 * What `<podcast-player>` loads only when a page uses it: chapters (on the timeline, as a list,
 * as the title playing, and as the lock screen's previous and next track), a transcript, a
 * share button for the moment playing, and RSS feeds played through episode by episode.
 */
export class Extras implements ReactiveController {
  chapters: Cue[] = [];
  feed?: Feed;
  /** The feed's episode playing, or -1. */
  episode = -1;
  /** Settles once a feed's first episode is in the player (at once without a feed). */
  readonly ready: Promise<void>;
  readonly #transcript: TranscriptPanel;
  readonly #open = new Set<Panel>();
  readonly #problems = new Map<Problem, Message>();
  /** What each part was last loaded from (a URL, or the list a script set). */
  readonly #from = new Map<string, unknown>();
  readonly #aborts = new Map<string, AbortController>();
  #ready!: () => void;
  #feedLoading = false;
  #marksFor?: {chapters: Cue[]; duration: number; marks: string};
  /** Drawn at least once (later language changes do not hide it while strings load). */
  #spoken = false;
  #feedUrl = '';
  /** The podcast's name, when the feed put it into the player. */
  #feedShow = '';
  #description?: {episode: Episode; el: HTMLDivElement};

  constructor(private readonly host: PodcastPlayer) {
    this.ready = new Promise((resolve) => (this.#ready = resolve));
    this.#transcript = new TranscriptPanel(
      (seconds) => host.seek(seconds),
      () => host.requestUpdate(),
    );
    const root = host.renderRoot as ShadowRoot;
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, styles.styleSheet!];
    host.addController(this);
    // Once a feed's first episode is in (it resets the position), a shared link can cue it.
    void this.ready.then(() => host.updateComplete).then(this.#startFromLink);
    host.requestUpdate();
  }

  hostConnected(): void {
    this.host.addEventListener('ended', this.#playNext);
    addEventListener('hashchange', this.#startFromLink);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('ended', this.#playNext);
    removeEventListener('hashchange', this.#startFromLink);
  }

  /** Before each render: (re)loads whatever source changed. */
  hostUpdate(): void {
    const host = this.host;
    const chapters = Array.isArray(host.chapters)
      ? host.chapters
      : text(host.chapters) || trackSrc(host, '[kind=chapters]');
    this.#source('chapters', chapters, () =>
      Array.isArray(chapters) ? fromScript(chapters) : this.#cues('chapters', chapters),
    );
    const transcript =
      text(host.transcript) || trackSrc(host, '[kind=captions],[kind=subtitles],:not([kind])');
    this.#source('transcript', transcript, () => this.#cues('transcript', transcript));
    const feed = text(host.feed);
    this.#source('feed', feed, () => this.#loadFeed(feed));
    if (host.share && !customElements.get('news-share')) void import('../../share/news-share.js');
  }

  /** After each render: the chapter marks on the timeline, and the transcript follows the audio. */
  hostUpdated(): void {
    const host = this.host;
    const root = host.renderRoot as ShadowRoot;
    const slider = root.querySelector<HTMLElement>('[role="slider"]');
    const marks = this.#marks(host.duration);
    if (slider && slider.style.getPropertyValue('--_marks') !== marks) {
      slider.style.setProperty('--_marks', marks);
    }
    reducedMotion ??= matchMedia('(prefers-reduced-motion: reduce)');
    this.#transcript.follow(root, host.currentTime, !reducedMotion.matches);
  }

  /** The chapter marks as background layers: worked out again only when chapters or length change. */
  #marks(duration: number): string {
    const cached = this.#marksFor;
    if (cached?.chapters === this.chapters && cached.duration === duration) return cached.marks;
    const marks = this.chapters
      .map(({start}) => (start / duration) * 100)
      .filter((at) => at > 0 && at < 100)
      .map(
        (at) =>
          `linear-gradient(to right,transparent calc(${at}% - 1px),var(--_gap) 0 calc(${at}% + 1px),transparent 0)`,
      )
      .join();
    this.#marksFor = {chapters: this.chapters, duration, marks};
    return marks;
  }

  /** `, Chapter: title` (with the language's comma) for the seek slider's `aria-valuetext`, or nothing. */
  chapterText(lang: string, time: number): string {
    const chapter = this.chapters[cueAt(this.chapters, time)];
    return chapter ? t(lang, 'separator') + t(lang, 'chapterNow', {title: chapter.text}) : '';
  }

  /**
   * To the next chapter (1), or back (-1): to the start of the chapter last begun, or, within 3 s
   * of its start, to the one before. By start times alone, so gaps between chapters do not matter.
   */
  jumpChapter(direction: 1 | -1): void {
    const time = this.host.currentTime;
    const chapters = this.chapters;
    // The last chapter begun (a seek lands a hair before a start: 0.25 s of slack).
    const now = chapters.findLastIndex((chapter) => chapter.start <= time + 0.25);
    const back = now >= 0 && time - chapters[now]!.start > 3 ? now : Math.max(0, now - 1);
    const to = chapters[direction > 0 ? now + 1 : back];
    if (to) this.host.seek(to.start);
  }

  /** The page's URL with `#t=` at the second playing (and `&player=` the player's id, if it has one). */
  get momentUrl(): string {
    const url = new URL(location.href);
    const id = this.host.id;
    const episode = this.feed && this.episode > 0 ? `&episode=${this.episode + 1}` : '';
    url.hash = `t=${Math.floor(this.host.currentTime)}${id ? `&player=${encodeURIComponent(id)}` : ''}${episode}`;
    return url.href;
  }

  render(lang: string) {
    const host = this.host;
    // Drawn once this language's strings are in (English is built in).
    const base = lang.split('-')[0]!.toLowerCase();
    const load = isTranslated(base) ? translations[base] : undefined;
    if (load && !loaded.has(base)) {
      waiting.add(host);
      if (!loading.has(base)) {
        loading.add(base);
        void load().then(() => {
          loaded.add(base);
          for (const player of waiting) player.requestUpdate();
          waiting.clear();
        });
      }
      if (!this.#spoken) return nothing;
    }
    this.#spoken = true;
    const now = cueAt(this.chapters, host.currentTime);
    const feed = this.feed;
    const problems = [...this.#problems.values()].map(([key, values]) => t(lang, key, values));
    return html`<div class="more" part="extras">
        ${now >= 0
          ? html`<span class="chapter" part="chapter" dir="auto">${this.chapters[now]!.text}</span>`
          : nothing}
        ${this.chapters.length ? this.#toggle(lang, 'chapters') : nothing}
        ${this.#transcript.cues.length ? this.#toggle(lang, 'transcript') : nothing}
        ${feed?.episodes.length ? this.#toggle(lang, 'episodes') : nothing}
        ${host.share
          ? html`<news-share
              part="share"
              exportparts="button: share-button"
              .url=${this.momentUrl}
              .title=${text(host.title)}
            ></news-share>`
          : nothing}
      </div>
      ${this.host.feed
        ? html`<p class="note" role="status">${this.#feedLoading ? t(lang, 'feedLoading') : ''}</p>`
        : nothing}
      ${problems.length
        ? html`<p class="note problem" part="problem" role="alert">${problems.join(' ')}</p>`
        : nothing}
      ${this.#open.has('chapters')
        ? html`<ol
            id="chapters"
            class="panel list"
            part="chapter-list"
            aria-label=${t(lang, 'chapters')}
          >
            ${this.chapters.map(
              (chapter, i) =>
                html`<li>
                  <button
                    aria-current=${i === now || nothing}
                    @click=${() => host.seek(chapter.start)}
                  >
                    <span class="at">${formatTime(chapter.start)}</span>
                    <span dir="auto">${chapter.text}</span>
                  </button>
                </li>`,
            )}
          </ol>`
        : nothing}
      ${this.#transcript.cues.length
        ? this.#transcript.render(lang, this.#open.has('transcript'))
        : nothing}
      ${feed && this.#open.has('episodes') ? this.#episodes(lang, feed) : nothing}`;
  }

  #toggle(lang: string, panel: Panel) {
    const open = this.#open.has(panel);
    return html`<button
      class="toggle"
      part="${panel}-button"
      aria-expanded=${open}
      aria-controls=${panel}
      @click=${() => {
        if (open) this.#open.delete(panel);
        else this.#open.add(panel);
        this.host.requestUpdate();
      }}
    >
      ${t(lang, panel)}
    </button>`;
  }

  #episodes(lang: string, feed: Feed) {
    return html`<div id="episodes" class="panel" part="episodes">
      ${this.#episodeDescription()}
      <ol class="list" aria-label=${feed.title || t(lang, 'episodes')}>
        ${feed.episodes.map(
          (episode, i) =>
            html`<li>
              <button
                aria-current=${i === this.episode || nothing}
                @click=${() => this.#select(i, true)}
              >
                <span class="at" aria-hidden=${episode.duration >= 0 ? nothing : 'true'}
                  >${formatTime(episode.duration)}</span
                >
                <span dir="auto">${episode.title}</span>
              </button>
            </li>`,
        )}
      </ol>
    </div>`;
  }

  /** The playing episode's description, sanitised once per episode. */
  #episodeDescription() {
    const episode = this.feed?.episodes[this.episode];
    if (!episode?.description) return nothing;
    if (this.#description?.episode !== episode) {
      const el = document.createElement('div');
      el.className = 'description';
      el.dir = 'auto';
      el.append(description(episode.description, this.#feedUrl));
      this.#description = {episode, el};
    }
    return this.#description.el;
  }

  /** Calls `load` when `what`'s source changed since last time. */
  #source(what: string, from: unknown, load: () => unknown): void {
    if (this.#from.get(what) === from) return;
    this.#from.set(what, from);
    this.#aborts.get(what)?.abort();
    this.#problems.delete(what as Problem);
    const loaded = load();
    if (Array.isArray(loaded)) this.#useCues(what as 'chapters', loaded);
  }

  #signal(what: string): AbortSignal {
    const abort = new AbortController();
    this.#aborts.set(what, abort);
    return abort.signal;
  }

  async #cues(what: 'chapters' | 'transcript', url: string): Promise<void> {
    this.#useCues(what, []);
    const safe = safeUrl(url, true);
    if (!safe) return;
    const signal = this.#signal(what);
    try {
      const cues = await loadParsed(safe, parseCues, signal);
      if (!signal.aborted) this.#useCues(what, cues);
    } catch (error) {
      if (signal.aborted || !(error instanceof LoadError)) return; // a newer source is loading
      this.#problems.set(what, [what === 'chapters' ? 'chaptersFailed' : 'transcriptFailed']);
      this.host.requestUpdate();
    }
  }

  #useCues(what: 'chapters' | 'transcript', cues: Cue[]): void {
    if (what === 'chapters') {
      this.chapters = cues;
      // The lock screen's previous and next track buttons follow the chapters.
      if (!this.host.paused) {
        void import('../media-session.js').then((m) => m.refreshSession(this.host));
      }
    } else this.#transcript.cues = cues;
    this.host.requestUpdate();
  }

  async #loadFeed(url: string): Promise<void> {
    this.feed = undefined;
    this.episode = -1;
    const safe = safeUrl(url);
    if (safe) {
      const signal = this.#signal('feed');
      this.#feedLoading = true;
      this.host.requestUpdate();
      try {
        const feed = await loadParsed(safe, (source) => parseFeed(source, safe), signal);
        if (signal.aborted) return;
        this.feed = feed;
        this.#feedUrl = safe;
        if (feed.episodes.length) this.#select(0);
        else this.#problems.set('feed', ['noEpisodes']);
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof LoadError) {
          this.#problems.set('feed', [error.failure, {status: error.status}]);
        }
      }
      this.#feedLoading = false;
      this.host.requestUpdate();
    }
    this.#ready();
  }

  /** Puts the feed's episode `i` into the player (and plays it). */
  #select(i: number, play = false): void {
    const episode = this.feed?.episodes[i];
    if (!episode) return;
    const host = this.host;
    this.episode = i;
    host.src = episode.src;
    host.title = episode.title;
    if (!host.show || host.show === this.#feedShow) host.show = this.#feedShow = this.feed!.title;
    host.artwork = episode.artwork;
    host.declaredDuration = episode.duration >= 0 ? String(episode.duration) : '';
    host.chapters = episode.chapters;
    host.transcript = episode.transcript;
    if (episode.src) this.#problems.delete('episode');
    else this.#problems.set('episode', ['noAudio']);
    if (play && episode.src) void host.play();
    host.requestUpdate();
  }

  /** At the end of a feed's episode, the next one with audio plays. */
  #playNext = () => {
    const episodes = this.feed?.episodes ?? [];
    const next = episodes.findIndex((episode, i) => i > this.episode && episode.src);
    if (next > 0) this.#select(next, true);
  };

  /**
   * A link to `#t=90` (or `#t=90&player=id`, and `&episode=3` in a feed) cues this player there
   * and brings it into view: when the page opens, and when such a link on the page is followed.
   */
  #startFromLink = async (): Promise<void> => {
    const hash = location.hash;
    const at = parseTime(/[#&]t=([\d.:]+)/.exec(hash)?.[1]);
    if (!(at >= 0)) return;
    let id: string | undefined;
    try {
      id = decodeURIComponent(/[#&]player=([^&]*)/.exec(hash)?.[1] ?? '');
    } catch {
      return;
    }
    const host = this.host;
    const target = id ? document.getElementById(id) : document.querySelector('podcast-player');
    if (target !== host) return;
    const episode = Number(/[#&]episode=(\d+)/.exec(hash)?.[1]) - 1;
    if (episode >= 0 && episode !== this.episode && this.feed?.episodes[episode]) {
      this.#select(episode);
      await host.updateComplete;
    }
    host.seek(at);
    host.scrollIntoView({block: 'center'});
  };
}
