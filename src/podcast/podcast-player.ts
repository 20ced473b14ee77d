import {LitElement, html, type PropertyValues} from 'lit';
import {property, usable} from '../shared/property.js';
import {define} from '../shared/define.js';
import {safeUrl} from '../shared/safe-url.js';
import {LocaleController} from '../shared/i18n.js';
import {oneSheet} from '../shared/one-sheet.js';
import {tokens} from '../shared/tokens.js';
import {episodeKey, hasSource, sourcesOf, startOf} from './audio-source.js';
import {Controls} from './controls.js';
import {MediaController} from './media-controller.js';
import {usesExtras, type ChapterInput, type EpisodeInput} from './player-host.js';
import {styles} from './podcast-player.styles.js';
import {DEFAULT_RATES} from './rates.js';
import {SeekBar} from './seek-bar.js';
import {seekBarStyles} from './seek-bar.styles.js';
import {parseTime} from './time.js';
import type {Extras} from './extras/extras.js';

/** A step in seconds: the attribute's if it is a positive number (at most an hour), else `fallback`. */
const step = (value: number, fallback: number) => (value > 0 ? Math.min(value, 3600) : fallback);

/**
 * An embeddable podcast episode: play and pause, step back and forward, seek, mute, speed and
 * download, in one compact row. Keyboard, pointer, touch and lock-screen (Media Session) controls;
 * one player sounds at a time; no audio is fetched until the listener presses play.
 * `<source>` children (alternative formats) are used when `src` is not set.
 *
 * @tag podcast-player
 * @summary An accessible, compact audio player for podcast episodes.
 * @fires {Event} play - Playback started (re-dispatched from the `<audio>` after the player re-rendered).
 * @fires {Event} pause - Playback paused.
 * @fires {Event} ended - The episode played to its end.
 * @fires {Event} error - The audio could not be loaded or decoded; the player shows a message and a retry button.
 * @fires {Event} ratechange - The playback speed changed.
 * @fires {Event} timeupdate - The position changed (at most four times a second).
 * @csspart play-button - The play/pause button.
 * @csspart back-button - The step-back button.
 * @csspart forward-button - The step-forward button.
 * @csspart step-icon - The icon of each step button.
 * @csspart step-label - The seconds of each step button ("15", "30"): hidden unless a theme shows it (`display: inline`), beside the icon or instead of it (`::part(step-icon) { display: none }`); the buttons keep their names.
 * @csspart scrubber - The seek slider.
 * @csspart time - The elapsed / total time, a button that toggles time remaining.
 * @csspart speed-button - The playback speed button.
 * @csspart mute-button - The mute toggle.
 * @csspart download - The download link.
 * @csspart error - The error message.
 * @csspart retry-button - The retry button shown with an error.
 * @csspart extras - The row of chapter, transcript, episode and share buttons (with `chapters`, `transcript`, `feed` or `share`). In a player under 30em wide with panels, its buttons join the player's second row as glyphs and this box itself is not drawn (`display: contents`).
 * @csspart chapter - The title of the chapter playing.
 * @csspart chapters-button - Opens the chapter list.
 * @csspart transcript-button - Opens the transcript.
 * @csspart episodes-button - Opens a feed's episode list.
 * @csspart chapter-list - The list of chapters.
 * @csspart transcript - The transcript panel.
 * @csspart search - The transcript's search box.
 * @csspart episodes - A feed's episode list, with the playing episode's description.
 * @csspart problem - What could not be loaded (chapters, transcript, feed, an episode's audio).
 * @csspart share - The `<news-share>` of `share`.
 * @csspart share-button - Its button.
 * @cssprop [--podcast-player-accent=var(--news-color-accent)] - Play button, progress and focus colour.
 * @cssprop [--podcast-player-track=var(--news-color-border)] - The unplayed part of the slider.
 * @cssprop [--podcast-player-thumb=var(--podcast-player-accent)] - The slider's thumb.
 * @cssprop [--podcast-player-background=var(--news-color-surface)] - The player's background.
 * @cssprop [--podcast-player-radius=var(--news-radius)] - The player's corner radius.
 * @cssprop [--podcast-player-control-size=2.5em] - Width and height of the round buttons (at least 24px; em of the player's text, which is 0.875em of the page's).
 * @cssprop [--podcast-player-panel-height=16em] - The most a chapter, episode or transcript list grows before it scrolls.
 */
export class PodcastPlayer extends LitElement {
  // One sheet, not three: a thousand shadow roots adopt it measurably faster.
  static override styles = oneSheet(tokens, styles, seekBarStyles);

  /** The audio file's URL (required, or `<source>` children); a `#t=90` media fragment sets where it starts. */
  @property() src = '';
  /** The episode's title (shown on the lock screen, and names the player for screen readers). */
  @property() override title = '';
  /** The podcast's name (shown on the lock screen). */
  @property() show = '';
  /** URL of the episode's artwork (shown on the lock screen). */
  @property() artwork = '';
  /** The declared duration, in seconds or as `27:33`: shown until the audio's own is known. */
  @property({attribute: 'duration'}) declaredDuration = '';
  /** `none`: nothing is fetched until play is pressed. Or `metadata`, `auto`. */
  @property() preload: 'none' | 'metadata' | 'auto' = 'none';
  /** Seconds the step-back button goes back (a positive number, at most 3600; anything else gives 15). */
  @property({type: Number, attribute: 'step-back'}) stepBack = 15;
  /** Seconds the step-forward button goes forward (same rules; anything else gives 30). */
  @property({type: Number, attribute: 'step-forward'}) stepForward = 30;
  /**
   * The speeds the speed button cycles through, slowest first, separated by spaces (0.25–4; none
   * valid gives the default).
   * @type {string}
   * @default '0.75 1 1.25 1.5 2'
   */
  @property() rates = DEFAULT_RATES.join(' ');
  /** Where playing starts, in seconds (ignored if past the end). */
  @property({type: Number}) start = 0;
  /** Silences the audio; the mute button toggles it. */
  @property({type: Boolean, reflect: true, useDefault: true}) muted = false;
  /** Shows a link to download the audio file. */
  @property({type: Boolean}) download = false;
  /** Remembers the position in this browser, starts there next time, and forgets it at the end. */
  @property({type: Boolean}) resume = false;
  /** Plays alongside other players: starting it does not pause them, nor do they pause it. */
  @property({type: Boolean}) concurrent = false;
  /** Shows the time remaining instead of the time elapsed. */
  @property({type: Boolean, attribute: 'show-remaining'}) showRemaining = false;
  /**
   * Chapters: the URL of a Podcasting 2.0 JSON or a WebVTT chapters file; from a script, a list
   * of `{start, title}` (seconds). A `<track kind="chapters" src>` child works too.
   */
  @property() chapters: string | readonly ChapterInput[] = '';
  /**
   * The URL of the episode's transcript: WebVTT, SRT or Podcasting 2.0 JSON. A
   * `<track kind="captions" src>` (or `subtitles`) child works too.
   */
  @property() transcript = '';
  /** The URL of an RSS podcast feed: the player lists its episodes and plays through them. */
  @property() feed = '';
  /** Shows a share button (the page's URL at this moment, `#t=`; `embed-src`: an embed code). */
  @property({type: Boolean}) share = false;

  /** Chapters, transcript, feed and sharing: loaded on first use. @internal */
  extras?: Extras;
  #extras?: Promise<unknown>;

  readonly #locale = new LocaleController(this);
  readonly #internals = this.attachInternals();
  readonly #media = new MediaController(
    this,
    () => this.renderRoot?.querySelector('audio'),
    this.#internals.states,
  );
  readonly #seekBar = new SeekBar(this);
  readonly #controls = new Controls(this, () => hasSource(this, safeUrl(this.src, true)));

  /** The position, in seconds. Setting it seeks. */
  get currentTime(): number {
    return this.#media.state.currentTime;
  }
  set currentTime(seconds: number) {
    this.seek(usable(seconds) as number);
  }

  /** The length in seconds: the audio's own once known, else the declared one, else `NaN`. Setting it declares one, as the `duration` attribute does (seconds or `27:33`). */
  get duration(): number {
    const own = this.#media.state.duration;
    return own > 0 && own < Infinity ? own : parseTime(this.declaredDuration);
  }
  set duration(value: number | string) {
    this.declaredDuration = value as string;
  }

  /** Whether the audio is paused (true until it plays). */
  get paused(): boolean {
    return this.#media.state.paused;
  }

  /** The playback speed; one of `rates`, or any other positive number set by a script. */
  get playbackRate(): number {
    return this.#media.state.rate;
  }
  set playbackRate(value: number) {
    const rate = usable(value) as number;
    // Browsers refuse speeds outside 1/16–16 (and play() would then reject).
    if (rate >= 0.0625 && rate <= 16) this.#media.setRate(rate);
  }

  /** Seconds the step-back button and the seek-backward action go back (a valid `step-back`). */
  get backSeconds(): number {
    return step(this.stepBack, 15);
  }
  /** Seconds the step-forward button and the seek-forward action go forward. */
  get forwardSeconds(): number {
    return step(this.stepForward, 30);
  }

  /** The key the position is remembered under when `resume` is set. @internal */
  get resumeKey(): string {
    return this.resume ? episodeKey(this.src || sourcesOf(this)[0]?.src) : '';
  }

  /** Starts playing. Resolves when playing, or when the browser refuses to; never rejects. */
  async play(): Promise<void> {
    await this.updateComplete;
    await this.#extras;
    if (hasSource(this, safeUrl(this.src, true))) await this.#media.play();
  }

  /** Pauses. */
  pause(): void {
    this.#media.pause();
  }

  /** Moves to `seconds` (kept between 0 and the duration). */
  seek(seconds: number): void {
    this.#media.seek(seconds, this.duration);
  }

  /**
   * Puts an episode into the player (what a feed's list does): its audio, title, artwork, length,
   * chapters and transcript, and the podcast's name if given. With `play`, plays it.
   */
  loadEpisode(episode: EpisodeInput, play = false): void {
    const {src, title, artwork = '', duration = NaN, chapters = '', transcript = ''} = episode;
    // `duration` declares the length (none known: none declared).
    Object.assign(this, {
      src,
      title,
      artwork,
      chapters,
      transcript,
      duration: duration >= 0 ? `${duration}` : '',
    });
    if (episode.show !== undefined) this.show = episode.show;
    if (play && src) void this.play();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // On a server (no DOM) nothing loads: the browser does it once the player is on the page.
    if (!this.isConnected) return this.#cueStart(changed, false);
    this.#loadExtrasIfUsed();
    // `preload` wants the audio before play is pressed: the code that listens to it comes now.
    if (this.preload !== 'none') void this.#media.wire();
    this.#cueStart(changed, true);
  }

  /** Loads the chapters, transcript, feed and share code, once the player uses any of them. */
  #loadExtrasIfUsed(): void {
    if (this.#extras || !usesExtras(this)) return;
    // If the code cannot be fetched (offline, a new deploy), the player still plays.
    this.#extras = import('./extras/extras.js').then(
      (loaded) => (this.extras = new loaded.Extras(this)).ready,
      () => undefined,
    );
  }

  /**
   * A new episode (or start): remembers where the last one was left, and cues the new one at
   * `start`, its `#t=`, or (`resume`, on the page) where it was left.
   */
  #cueStart(changed: PropertyValues<this>, live: boolean): void {
    const previous = changed.get('src');
    if (previous && this.resume) this.#media.leave(episodeKey(previous));
    if (!changed.has('src') && !changed.has('start') && !changed.has('resume')) return;
    const at = startOf(this.start, this.src);
    this.#media.cue(at > 0 && !(at >= this.duration) ? at : 0);
    // A remembered position wins over `start` (loaded with the positions, a moment later).
    if (this.resume && live) void this.#media.resume(this.resumeKey, this.duration);
  }

  protected override render() {
    const {error} = this.#media.state;
    const lang = this.#locale.lang;
    const src = safeUrl(this.src, true);
    const noSource = !hasSource(this, src);
    // The <audio> is drawn once it can be needed (see MediaController.wire). The frame's empty
    // title keeps the episode's title (the host's `title`) from being a tooltip over it all.
    return html`<div class="frame" title="">
      ${this.#media.audio(src, this.preload, this.muted)}
      ${this.#controls.transport(lang, noSource)}
      ${(noSource && !this.feed) || error
        ? this.#controls.problem(lang, noSource, this.#media.retry)
        : this.#seekBar.render(lang, this.extras?.chapters.spoken(lang, this.currentTime))}
      ${this.#controls.settings(lang, this.download ? src : undefined)} ${this.extras?.render(lang)}
    </div>`;
  }

  protected override updated(): void {
    // Screen readers hear the player as a group named by its title.
    this.#internals.role = 'group';
    this.#internals.ariaLabel = this.title || null;
  }
}

define('podcast-player', PodcastPlayer);

declare global {
  interface HTMLElementTagNameMap {
    'podcast-player': PodcastPlayer;
  }
}
