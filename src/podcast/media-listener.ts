import type {MediaHost, MediaWiring} from './media-host.js';
import {adoptSheet} from '../shared/adopt-sheet.js';
import {loadingStyles} from './media-listener.styles.js';
// The pause icon comes with this code: a player cannot be playing before it is in.
import '../icons/set/pause.js';

/** The lock-screen code: loaded when a player first plays, so pages that only show players never load it. */
let session: typeof import('./media-session.js') | undefined;

/**
 * How long a player may wait for audio while the reader wants it to play before it says so (with
 * Retry): a stalled or dropped network raises no error of its own.
 */
export const STALL_MS = 8000;
/** Events after which the player no longer waits for audio. */
const stallEnds = ['playing', 'pause', 'ended', 'error'];

/** The player that sounds now; starting another pauses it. */
let current: MediaHost | undefined;

/**
 * Players in the other frames (and tabs) of this origin: one starting there pauses the one
 * sounding here, and the other way round. Frames of other origins cannot hear it (docs/embed.md).
 */
const others = globalThis.BroadcastChannel && new BroadcastChannel('newsroom-elements:playing');
if (others) others.onmessage = () => current?.pause();

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
  /** The stall clock; `null` once it has rung (the error shown is a stall's). */
  #stall?: ReturnType<typeof setTimeout> | null;
  /** The speed the page was last told of by a ratechange. */
  #toldRate = 1;

  constructor(private readonly controller: MediaWiring) {
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

  /**
   * One listener for every media event (capturing, so a failed `<source>` is heard too): each
   * step below looks after one concern; then the state is copied and the event passed on.
   */
  handleEvent(event: Event): void {
    const {type} = event;
    if (!this.#noteError(event)) return;
    this.#watchStall(type);
    this.#goToStart();
    if (type === 'play') this.#claim();
    if (type === 'volumechange') this.controller.host.muted = this.controller.media!.muted;
    if (type === 'pause' || type === 'ended') this.#remember(type === 'ended');
    if (type === 'timeupdate' && !this.#tick()) return;
    if (type === 'ratechange' && !this.#newRate()) return;
    this.sync();
    if (forwarded.includes(type)) this.#forward(type);
  }

  /** `error` and `loadstart` set and clear the error; false for a failing `<source>` with more to try. */
  #noteError({type, target}: Event): boolean {
    const {media, state} = this.controller;
    if (type === 'loadstart') state.error = false;
    if (type !== 'error') return true;
    if (target !== media && (target as Element).nextElementSibling) return false;
    state.error = true;
    return true;
  }

  /**
   * Wanting to play without the audio to do it (a stalled or cut network) starts a clock; after
   * STALL_MS the player says so, keeping its place for Retry. Audio playing again clears it.
   */
  #watchStall(type: string): void {
    const {media, state} = this.controller;
    if (type === 'play' || type === 'waiting') {
      if (media!.readyState >= 3 || this.#stall) return;
      this.#stall = setTimeout(() => {
        this.#stall = undefined;
        if (media!.paused || media!.readyState >= 3 || state.error) return;
        this.#stall = null;
        state.error = true;
        this.controller.startAt = media!.currentTime || this.controller.startAt;
        this.sync();
      }, STALL_MS);
    } else if (stallEnds.includes(type)) {
      if (type === 'playing' && this.#stall === null) state.error = false;
      clearTimeout(this.#stall ?? undefined);
      this.#stall = undefined;
    }
  }

  /** Once the metadata is known, goes where playing should start (start, resume, an early seek). */
  #goToStart(): void {
    const controller = this.controller;
    const media = controller.media!;
    if (!media.readyState || !controller.startAt) return;
    if (controller.startAt < media.duration) media.currentTime = controller.startAt;
    controller.startAt = 0;
  }

  /** Started: pauses the player that sounded (unless either is concurrent), takes the lock screen. */
  #claim(): void {
    const {host, media} = this.controller;
    if (!host.concurrent) {
      if (current !== host) current?.pause();
      current = host;
      others?.postMessage('play');
    }
    void import('./media-session.js').then((loaded) => {
      session = loaded;
      if (!media!.paused) loaded.claimSession(host);
      this.sync();
    });
  }

  /** Paused or ended: remembers where (ended: forgets, the episode is done). */
  #remember(ended: boolean): void {
    this.controller.save(this.controller.host.resumeKey, ended);
  }

  /** At most four timeupdates a second go on; every 5 s of playing, the position is remembered. */
  #tick(): boolean {
    const now = performance.now();
    if (now - this.#lastTick < 250) return false;
    this.#lastTick = now;
    const {media, state} = this.controller;
    if (Math.floor(media!.currentTime / 5) !== Math.floor(state.currentTime / 5)) {
      this.controller.save();
    }
    return true;
  }

  /** Setting the default speed (kept across loads) fires ratechange too: only a new speed goes on. */
  #newRate(): boolean {
    const rate = this.controller.media!.playbackRate;
    if (rate === this.#toldRate) return false;
    this.#toldRate = rate;
    return true;
  }

  /** Re-dispatches the media event from the player, once it has re-rendered. */
  #forward(type: string): void {
    const host = this.controller.host;
    void host.updateComplete.then(() => {
      const forward = new Event(type);
      host.dispatchEvent(forward);
    });
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
