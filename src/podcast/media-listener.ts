import type {MediaController} from './media-controller.js';
import {adoptSheet} from '../shared/adopt-sheet.js';
import {loadingStyles} from './media-listener.styles.js';

/** The lock-screen code: loaded when a player first plays, so pages that only show players never load it. */
let session: typeof import('./media-session.js') | undefined;

/** The player that sounds now; starting another pauses it. */
let current: MediaController['host'] | undefined;

/** Events the host re-dispatches, after it has re-rendered. */
const forwarded = ['play', 'pause', 'ended', 'error', 'ratechange', 'timeupdate'];
const listened = [
  ...forwarded,
  'loadstart',
  'durationchange',
  'playing',
  'waiting',
  'volumechange',
];

/**
 * Mirrors a player's `<audio>` into its controller's `state` (state up), while the player is on
 * the page. Loaded with the first `<audio>` a player draws (when playing is first asked for, or
 * `preload` wants it): a page of players nobody plays never loads it.
 */
export class MediaListener {
  #listening = false;
  #lastTick = 0;
  /** The speed the page was last told of by a ratechange. */
  #toldRate = 1;

  constructor(private readonly controller: MediaController) {
    adoptSheet(controller.host.shadowRoot!, loadingStyles.cssText);
  }

  /** Starts (or stops) listening to the controller's `<audio>`. */
  listen(on: boolean): void {
    const {media, host} = this.controller;
    if (!media || on === this.#listening || (on && !host.isConnected)) return;
    this.#listening = on;
    for (const type of listened) {
      if (on) media.addEventListener(type, this, true);
      else media.removeEventListener(type, this, true);
    }
  }

  /** The player left the page: it no longer sounds, nor holds the lock screen. */
  disconnected(): void {
    const host = this.controller.host;
    if (current === host) current = undefined;
    session?.claimSession(host, true);
  }

  /** One listener for every media event (capturing, so a failed `<source>` is heard too). */
  handleEvent(event: Event): void {
    const {type, target} = event;
    const controller = this.controller;
    const media = controller.media!;
    const {state, host} = controller;
    if (type === 'error') {
      // A failing <source> with more to try is not an error yet.
      if (target !== media && (target as Element).nextElementSibling) return;
      state.error = true;
    }
    if (type === 'loadstart') state.error = false;
    if (media.readyState && controller.startAt) {
      if (controller.startAt < media.duration) media.currentTime = controller.startAt;
      controller.startAt = 0;
    }
    if (type === 'play' && !host.concurrent) {
      if (current !== host) current?.pause();
      current = host;
    }
    if (type === 'play') {
      void import('./media-session.js').then((loaded) => {
        session = loaded;
        if (!media.paused) loaded.claimSession(host);
        this.sync();
      });
    }
    if (type === 'volumechange') host.muted = media.muted;
    if (type === 'pause' || type === 'ended') controller.save(host.resumeKey, type === 'ended');
    if (type === 'timeupdate') {
      const now = performance.now();
      if (now - this.#lastTick < 250) return;
      this.#lastTick = now;
      if (Math.floor(media.currentTime / 5) !== Math.floor(state.currentTime / 5)) {
        controller.save();
      }
    }
    // Setting the default speed (kept across loads) fires ratechange as well: the page hears
    // of the speed only when it is a new one.
    if (type === 'ratechange') {
      if (media.playbackRate === this.#toldRate) return;
      this.#toldRate = media.playbackRate;
    }
    this.sync();
    if (forwarded.includes(type)) {
      void host.updateComplete.then(() => {
        const forward = new Event(type);
        host.dispatchEvent(forward);
      });
    }
  }

  /** Copies the `<audio>`'s state, tells the lock screen, and re-renders the player. */
  sync(): void {
    const {media, state, host} = this.controller;
    if (media) {
      state.paused = media.paused;
      state.waiting = !media.paused && media.readyState < 3 && !state.error;
      if (media.readyState) state.currentTime = media.currentTime;
      state.duration = media.duration;
      state.rate = media.playbackRate;
      session?.sessionPosition(host, state.duration, state.currentTime, state.rate, !state.paused);
    }
    host.requestUpdate();
  }
}
