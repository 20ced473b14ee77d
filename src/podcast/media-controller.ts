import type {ReactiveController, ReactiveControllerHost} from 'lit';
import type {SessionPlayer} from './media-session.js';

/** The lock-screen code: loaded when a player first plays, so pages that only show players never load it. */
let session: typeof import('./media-session.js') | undefined;

/** What the player renders: the media element's state, mirrored. */
export interface MediaState {
  paused: boolean;
  /** Playing was asked for but there is not enough audio yet (loading or buffering). */
  waiting: boolean;
  error: boolean;
  currentTime: number;
  /** The audio's own duration; `NaN` until its metadata is known. */
  duration: number;
  rate: number;
}

/** The player, as its controller sees it. */
export interface MediaHost
  extends ReactiveControllerHost,
    HTMLElement,
    Omit<SessionPlayer, 'title'> {
  muted: boolean;
  /** Plays alongside other players instead of pausing them. */
  concurrent: boolean;
  /** Remembers the position under this key; empty: does not. */
  readonly resumeKey: string;
}

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

/** The remembered positions: loaded when the first player with `resume` appears. */
let positions: typeof import('./resume.js') | undefined;
const loadPositions = async () => (positions ??= await import('./resume.js'));

/** The player that sounds now; starting another pauses it. */
let current: MediaHost | undefined;

/**
 * Mirrors the player's `<audio>` into `state` (state up) and carries the player's requests to it
 * (requests down). Listens to the audio only while the player is on the page; only one player
 * sounds at a time unless it is `concurrent`.
 */
export class MediaController implements ReactiveController {
  state: MediaState = {
    paused: true,
    waiting: false,
    error: false,
    currentTime: 0,
    duration: NaN,
    rate: 1,
  };
  /** Playing was asked for: the player draws its `<audio>` from then on (not before, to stay light). */
  wanted = false;
  #media?: HTMLMediaElement | null;
  #listening = false;
  #lastTick = 0;
  /** The speed the page was last told of by a ratechange. */
  #toldRate = 1;
  /** Where to go once the metadata is known (start, resume, or a seek before loading). */
  #startAt = 0;

  constructor(
    private readonly host: MediaHost,
    private readonly findMedia: () => HTMLMediaElement | null | undefined,
  ) {
    host.addController(this);
  }

  /** Starts playing. Resolves once playing, or when the browser refuses; never rejects. */
  play = async (): Promise<void> => {
    if (!this.wanted) {
      this.wanted = true;
      this.host.requestUpdate();
      await this.host.updateComplete;
    }
    try {
      await this.#media?.play();
    } catch {
      // Refused by the autoplay policy, or interrupted by pause(): the state below says so;
      // a load failure also fires `error`, which shows the message.
    }
    this.#sync();
  };

  pause = (): void => this.#media?.pause();

  /** Moves to `seconds`, kept between 0 and `duration` (when it is known). */
  seek = (seconds: number, duration = this.state.duration): void => {
    if (Number.isNaN(seconds)) return;
    const at = Math.max(0, Math.min(seconds, duration >= 0 ? duration : Infinity));
    const loaded = !!this.#media?.readyState;
    if (loaded) this.#media!.currentTime = at;
    // On loaded audio, a position still waiting for the metadata event is dropped: this seek wins.
    this.#startAt = loaded ? 0 : at;
    this.state.currentTime = at;
    this.#sync();
  };

  setRate = (rate: number): void => {
    this.state.rate = rate;
    this.#applyRate();
    this.host.requestUpdate();
  };

  /** Gives the `<audio>` the speed chosen (kept across loads as its default speed too). */
  #applyRate(): void {
    if (this.#media) this.#media.playbackRate = this.#media.defaultPlaybackRate = this.state.rate;
  }

  /** Loads the audio again after an error, then plays. */
  retry = (): Promise<void> => {
    this.state.error = false;
    this.#startAt = this.state.currentTime;
    this.#media?.load();
    return this.play();
  };

  /** Sets the position shown before the audio loads (start, resume); used once it loads. */
  cue(seconds: number): void {
    if (!this.#media?.readyState) this.state.currentTime = this.#startAt = seconds;
  }

  /** Cues where the episode `key` was left, if it was, unless that is past `duration`. */
  async resume(key: string, duration: number): Promise<void> {
    const at = (await loadPositions()).rememberedPosition(key);
    if (at > 0 && !(at >= duration)) this.cue(at);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.#listen(true);
  }

  hostUpdated(): void {
    const media = this.findMedia();
    if (media === this.#media) return;
    this.#listen(false);
    this.#media = media;
    this.#listen(true);
    // The speed chosen before the <audio> was drawn: already shown, so no new render is needed.
    if (this.state.rate !== 1) this.#applyRate();
  }

  hostDisconnected(): void {
    this.#save();
    this.#media?.pause();
    this.#listen(false);
    this.state.paused = true;
    this.state.waiting = false;
    if (current === this.host) current = undefined;
    session?.claimSession(this.host, true);
  }

  #listen(on: boolean): void {
    const media = this.#media;
    if (!media || on === this.#listening || (on && !this.host.isConnected)) return;
    this.#listening = on;
    for (const type of listened) {
      if (on) media.addEventListener(type, this, true);
      else media.removeEventListener(type, this, true);
    }
  }

  /** One listener for every media event (capturing, so a failed `<source>` is heard too). */
  handleEvent(event: Event): void {
    const {type, target} = event;
    const media = this.#media!;
    const state = this.state;
    const host = this.host;
    if (type === 'error') {
      // A failing <source> with more to try is not an error yet.
      if (target !== media && (target as Element).nextElementSibling) return;
      state.error = true;
    }
    if (type === 'loadstart') state.error = false;
    if (media.readyState && this.#startAt) {
      if (this.#startAt < media.duration) media.currentTime = this.#startAt;
      this.#startAt = 0;
    }
    if (type === 'play' && !host.concurrent) {
      if (current !== host) current?.pause();
      current = host;
    }
    if (type === 'play') {
      void import('./media-session.js').then((loaded) => {
        session = loaded;
        if (!media.paused) loaded.claimSession(host);
        this.#sync();
      });
    }
    if (type === 'volumechange') host.muted = media.muted;
    if (type === 'pause' || type === 'ended') this.#save(host.resumeKey, type === 'ended');
    if (type === 'timeupdate') {
      const now = performance.now();
      if (now - this.#lastTick < 250) return;
      this.#lastTick = now;
      if (Math.floor(media.currentTime / 5) !== Math.floor(state.currentTime / 5)) this.#save();
    }
    // Setting the default speed (kept across loads) fires ratechange as well: the page hears
    // of the speed only when it is a new one.
    if (type === 'ratechange') {
      if (media.playbackRate === this.#toldRate) return;
      this.#toldRate = media.playbackRate;
    }
    this.#sync();
    if (forwarded.includes(type)) {
      void host.updateComplete.then(() => {
        const forward = new Event(type);
        host.dispatchEvent(forward);
      });
    }
  }

  /** The episode is about to change: remember where the old one (`key`) was left. */
  leave(key: string): void {
    this.#save(key);
  }

  /** Remembers where the episode `key` was left (once played to its end, nothing), or forgets it. */
  #save(key = this.host.resumeKey, forget = false): void {
    const media = this.#media;
    const at = forget ? 0 : media?.currentTime || this.state.currentTime;
    if (key && (forget || (at && !media?.ended))) {
      void loadPositions().then((loaded) => loaded.remember(key, at));
    }
  }

  #sync(): void {
    const media = this.#media;
    if (!media) return this.host.requestUpdate();
    const state = this.state;
    state.paused = media.paused;
    state.waiting = !media.paused && media.readyState < 3 && !state.error;
    if (media.readyState) state.currentTime = media.currentTime;
    state.duration = media.duration;
    state.rate = media.playbackRate;
    session?.sessionPosition(
      this.host,
      state.duration,
      state.currentTime,
      state.rate,
      !state.paused,
    );
    this.host.requestUpdate();
  }
}
