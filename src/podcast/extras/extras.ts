import {html, nothing, type ReactiveController} from 'lit';
import {adoptSheet} from '../../shared/adopt-sheet.js';
import {LazyTranslations} from '../../shared/lazy-strings.js';
import {text} from '../../shared/text.js';
import type {PlayerHost} from '../player-host.js';
import {t as playerT} from '../podcast-player.strings.js';
import {Chapters} from './chapters.js';
import {embedCodeFor} from './embed-link.js';
import {Episodes} from './episodes.js';
import {styles} from './extras.styles.js';
import {t} from './extras.strings.js';
import {MAX_BYTES} from './load.js';
import {MomentLinks} from './moment-links.js';
import {Panels} from './panels.js';
import {Transcript} from './transcript.js';

/** This code's strings in each language, loaded with it when a page speaks one. */
const translations = new LazyTranslations({
  ru: () => import('./locales/ru.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  ar: () => import('./locales/ar.js'),
});

/**
 * What `<podcast-player>` loads only when a page uses it: chapters, a transcript, a feed's
 * episodes, and a share button for the moment playing. Each is a part of its own; this puts them
 * in the player's row and panels, and wires them to its lifecycle.
 */
export class Extras implements ReactiveController {
  readonly panels: Panels;
  readonly chapters: Chapters;
  readonly transcript: Transcript;
  readonly episodes: Episodes;
  readonly links: MomentLinks;
  /** Settles once a feed's first episode is in the player (at once without a feed). */
  readonly ready: Promise<void>;
  /** Drawn at least once (later language changes do not hide it while strings load). */
  #drawn = false;

  constructor(private readonly host: PlayerHost) {
    const update = () => host.requestUpdate();
    this.panels = new Panels(update);
    this.chapters = new Chapters(host, this.panels, () => {
      // The lock screen's previous and next track buttons follow the chapters.
      if (!host.paused) void import('../media-session.js').then((m) => m.refreshSession(host));
    });
    this.transcript = new Transcript(host, this.panels);
    this.episodes = new Episodes(host, this.panels);
    this.links = new MomentLinks(host, this.episodes);
    this.ready = this.episodes.ready;
    adoptSheet(host.renderRoot as ShadowRoot, styles.cssText);
    host.addController(this);
    // Once a feed's first episode is in (it resets the position), a shared link can cue it.
    void this.ready.then(() => host.updateComplete).then(this.links.follow);
    host.requestUpdate();
  }

  hostConnected(): void {
    this.host.addEventListener('ended', this.episodes.playNext);
    addEventListener('hashchange', this.links.follow);
  }

  hostDisconnected(): void {
    this.host.removeEventListener('ended', this.episodes.playNext);
    removeEventListener('hashchange', this.links.follow);
  }

  /** Before each render: each part (re)loads what changed. */
  hostUpdate(): void {
    this.chapters.update();
    this.transcript.update();
    this.episodes.update();
    if (this.host.share && !customElements.get('news-share')) {
      void import('../../share/news-share.js');
    }
  }

  /**
   * After each render: the chapter marks on the seek slider; the lists draw what is in view; the
   * transcript follows the audio.
   */
  hostUpdated(): void {
    this.chapters.paintMarks();
    this.chapters.drawList(this.host.renderRoot);
    this.episodes.drawList(this.host.renderRoot);
    this.transcript.follow();
  }

  render(lang: string) {
    // Drawn once this language's strings are in (English is built in).
    if (!translations.ready(lang, this.host) && !this.#drawn) return nothing;
    this.#drawn = true;
    const {host, chapters, transcript, episodes, panels} = this;
    const failed = [
      [chapters, 'chaptersFailed'],
      [transcript, 'transcriptFailed'],
      [episodes, 'feedFailed'],
    ] as const;
    const problems = failed.flatMap(([part, what]) => {
      const why = part.problem;
      const values = {status: why?.status ?? 0, mb: MAX_BYTES / 1e6};
      return why ? [`${t(lang, what)} ${t(lang, why.failure, values)}`] : [];
    });
    if (episodes.notice) problems.push(t(lang, episodes.notice));
    const retry = () => failed.forEach(([part]) => part.problem && part.retry());
    return html`<div class="more" part="extras">
        ${chapters.renderTitle()} ${chapters.count ? panels.toggle(lang, 'chapters') : nothing}
        ${transcript.any ? panels.toggle(lang, 'transcript') : nothing}
        ${episodes.feed?.episodes.length ? panels.toggle(lang, 'episodes') : nothing}
        ${host.share
          ? html`<news-share
              part="share"
              exportparts="button: share-button"
              .url=${this.links.url}
              .title=${text(host.title)}
              .embed=${embedCodeFor(host, episodes, lang)}
            ></news-share>`
          : nothing}
      </div>
      ${episodes.renderStatus(lang)}
      ${problems.length
        ? html`<p class="note problem" part="problem" role="alert">
            ${problems.join(' ')}
            ${failed.some(([part]) => part.problem)
              ? html`<button class="retry" part="retry-button" @click=${retry}>
                  ${playerT(lang, 'retry')}
                </button>`
              : nothing}
          </p>`
        : nothing}
      ${chapters.renderPanel(lang)} ${transcript.render(lang)} ${episodes.renderPanel(lang)}`;
  }
}
