import {html, nothing} from 'lit';
import {safeUrl} from '../../shared/safe-url.js';
import {text} from '../../shared/text.js';
import type {PlayerHost} from '../player-host.js';
import {formatTime} from '../time.js';
import {description} from './description.js';
import {t} from './extras.strings.js';
import {parseFeed, type Episode, type Feed} from './feed.js';
import {LoadError, loadParsed} from './load.js';
import type {Panels} from './panels.js';
import {Source} from './source.js';
import {WindowedList} from './windowed-list.js';

/** No feed, no episodes (always the same list, so the windowed list is not reset). */
const none: readonly Episode[] = [];

/**
 * The player's feed: an RSS podcast feed read from `feed`, its episodes listed in a panel (with
 * the playing one's description), the first put in the player, and each next one played when
 * the last ends.
 */
export class Episodes {
  feed?: Feed;
  /** The feed's episode in the player, or -1. */
  index = -1;
  loading = false;
  /** Why the feed could not be loaded, if it could not. */
  problem?: LoadError;
  /** What the reader should know of the feed, or of its episode in the player. */
  notice?: 'noEpisodes' | 'noAudio';
  /** Settles once a feed's first episode is in the player (at once without a feed). */
  readonly ready: Promise<void>;
  #ready!: () => void;
  readonly #source = new Source();
  #url = '';
  /** The podcast's name, when the feed put it into the player. */
  #show = '';
  #description?: {episode: Episode; el: HTMLDivElement};
  readonly #rows = new WindowedList(
    () => this.feed?.episodes ?? none,
    (i) => this.#row(i),
    () => [this.index],
  );

  constructor(
    private readonly host: PlayerHost,
    private readonly panels: Panels,
  ) {
    this.ready = new Promise((resolve) => (this.#ready = resolve));
  }

  /** Reads the player's feed input; loads it again when it changed. */
  update(): void {
    // An episode the page put in itself (loadEpisode) is none of the feed's.
    if (this.feed?.episodes[this.index]?.src !== this.host.src) this.index = -1;
    const url = text(this.host.feed);
    this.#source.update(url, (signal) => this.#load(url, signal));
  }

  async #load(url: string, signal: AbortSignal): Promise<void> {
    const host = this.host;
    this.problem = this.notice = undefined;
    this.feed = undefined;
    this.index = -1;
    const safe = safeUrl(url);
    if (safe) {
      this.loading = true;
      host.requestUpdate();
      try {
        const feed = await loadParsed(safe, (source) => parseFeed(source, safe), signal);
        if (signal.aborted) return;
        this.feed = feed;
        this.#url = safe;
        if (feed.episodes.length) this.select(0);
        else this.notice = 'noEpisodes';
      } catch (error) {
        if (signal.aborted) return;
        if (error instanceof LoadError) this.problem = error;
      }
      this.loading = false;
      host.requestUpdate();
    }
    this.#ready();
  }

  /** Loads the feed again, after a failure. */
  retry(): void {
    this.#source.retry();
  }

  /** Puts the feed's episode `i` into the player (and plays it). */
  select(i: number, play = false): void {
    const episode = this.feed?.episodes[i];
    if (!episode) return;
    const host = this.host;
    this.index = i;
    // The feed names the podcast, unless the page named it.
    const show =
      !host.show || host.show === this.#show ? (this.#show = this.feed!.title) : undefined;
    host.loadEpisode({...episode, ...(show === undefined ? {} : {show})}, play);
    this.notice = episode.src ? undefined : 'noAudio';
    host.requestUpdate();
  }

  /** At the end of an episode, the next one with audio plays. */
  playNext = (): void => {
    const episodes = this.feed?.episodes ?? [];
    const next = episodes.findIndex((episode, i) => i > this.index && episode.src);
    if (next > 0) this.select(next, true);
  };

  /** Says the feed is loading (a status line, there whenever the player has a feed). */
  renderStatus(lang: string) {
    return this.host.feed
      ? html`<p class="note" role="status">${this.loading ? t(lang, 'feedLoading') : ''}</p>`
      : nothing;
  }

  /** The list of episodes, when its panel is open (drawn where seen: `drawList`). */
  renderPanel(lang: string) {
    const feed = this.feed;
    if (!feed || !this.panels.isOpen('episodes')) return nothing;
    return html`<div id="episodes" class="panel" part="episodes">
      ${this.#episodeDescription()}
      <ol class="list" aria-label=${feed.title || t(lang, 'episodes')}></ol>
    </div>`;
  }

  /** After each render: the episodes in view are drawn, the one in the player marked. */
  drawList(root: ParentNode): void {
    this.#rows.attach(root.querySelector('#episodes ol'));
    this.#rows.draw();
  }

  #row(i: number) {
    const episode = this.feed!.episodes[i]!;
    return html`<button
      aria-current=${i === this.index || nothing}
      @click=${() => this.select(i, true)}
    >
      <span dir="auto">${episode.title}</span>
      ${episode.duration >= 0
        ? html`<span class="length">${formatTime(episode.duration)}</span>`
        : nothing}
    </button>`;
  }

  /** The playing episode's description, sanitised once per episode. */
  #episodeDescription() {
    const episode = this.feed?.episodes[this.index];
    if (!episode?.description) return nothing;
    if (this.#description?.episode !== episode) {
      const el = document.createElement('div');
      el.className = 'description';
      el.dir = 'auto';
      el.append(description(episode.description, this.#url));
      this.#description = {episode, el};
    }
    return this.#description.el;
  }
}
