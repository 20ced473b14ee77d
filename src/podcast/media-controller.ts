import type {ReactiveController} from 'lit';
import type {MediaHost, MediaState, MediaWiring} from './media-host.js';
import type {MediaListener} from './media-listener.js';
import type {audioFor} from './audio-element.js';

/** The remembered positions: loaded when the first player with `resume` appears. */
let positions: typeof import('./resume.js') | undefined;
const loadPositions = async () => (positions ??= await import('./resume.js'));

/**
 * Carries the player's requests to its `<audio>` (requests down) and holds the audio's state,
 * which a `MediaListener` mirrors into `state` (state up) while the player is on the page. The
 * audio, and the listener's code, come when playing is first asked for (or `preload` wants the
 * audio): a thousand idle players stay light. Only one player sounds at a time unless it is
 * `concurrent`.
 */
export class MediaController implements ReactiveController, MediaWiring {
  state: MediaState = {
    paused: true,
    waiting: false,
    error: false,
    currentTime: 0,
    duration: NaN,
    rate: 1,
  };
  /** The `<audio>` drawn now, if any. @internal (for the listener) */
  media?: HTMLMediaElement | null;
  /** Where to go once the metadata is known (start, resume, or a seek before loading). @internal */
  startAt = 0;
  #listener?: MediaListener;
  #audioFor?: typeof audioFor;
  #wiring?: Promise<boolean>;

  constructor(
    readonly host: MediaHost,
    private readonly findMedia: () => HTMLMediaElement | null | undefined,
    /** The host's custom states, which show this state to CSS (`:state(playing)` …). */
    private readonly states: CustomStateSet,
  ) {
    host.addController(this);
  }

  /**
   * The `<audio>` for `src` (checked) or the host's `<source>` children: drawn once the code that
   * listens to it is in (`wire`), with the code that draws it; until then nothing.
   */
  audio(src: string | undefined, preload: string, muted: boolean) {
    return this.#audioFor?.(this.host, src, preload, muted);
  }

  /**
   * Loads the code that listens to the `<audio>`; the player then draws it. If the code cannot
   * be fetched (offline, a new deploy), the player shows its error, and Retry tries again.
   */
  wire(): Promise<boolean> {
    return (this.#wiring ??= Promise.all([
      import('./media-listener.js'),
      import('./audio-element.js'),
    ]).then(
      ([loaded, element]) => {
        this.#listener = new loaded.MediaListener(this);
        this.#audioFor = element.audioFor;
        this.host.requestUpdate();
        return true;
      },
      () => {
        this.#wiring = undefined;
        this.state.error = true;
        this.host.requestUpdate();
        return false;
      },
    ));
  }

  /** Starts playing. Resolves once playing, or when the browser refuses; never rejects. */
  play = async (): Promise<void> => {
    if (!this.#listener) {
      if (!(await this.wire())) return;
      await this.host.updateComplete;
    }
    try {
      await this.media?.play();
    } catch {
      // Refused by the autoplay policy, or interrupted by pause(): the state below says so;
      // a load failure also fires `error`, which shows the message.
    }
    this.#sync();
  };

  pause = (): void => this.media?.pause();

  /** Moves to `seconds`, kept between 0 and `duration` (when it is known). */
  seek = (seconds: number, duration = this.state.duration): void => {
    if (Number.isNaN(seconds)) return;
    const at = Math.max(0, Math.min(seconds, duration >= 0 ? duration : Infinity));
    const loaded = !!this.media?.readyState;
    if (loaded) this.media!.currentTime = at;
    // On loaded audio, a position still waiting for the metadata event is dropped: this seek wins.
    this.startAt = loaded ? 0 : at;
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
    if (this.media) this.media.playbackRate = this.media.defaultPlaybackRate = this.state.rate;
  }

  /** Loads the audio again after an error (or its listener's code, if that failed), then plays. */
  retry = (): Promise<void> => {
    this.state.error = false;
    this.startAt = this.state.currentTime;
    this.media?.load();
    return this.play();
  };

  /** Sets the position shown before the audio loads (start, resume); used once it loads. */
  cue(seconds: number): void {
    if (!this.media?.readyState) this.state.currentTime = this.startAt = seconds;
  }

  /** Cues where the episode `key` was left, if it was, unless that is past `duration`. */
  async resume(key: string, duration: number): Promise<void> {
    const at = (await loadPositions()).rememberedPosition(key);
    if (at > 0 && !(at >= duration)) this.cue(at);
    this.host.requestUpdate();
  }

  hostConnected(): void {
    this.#listener?.listen(true);
    // Back on the page: what the audio did while away (paused by the removal) was not heard.
    if (this.media) this.#sync();
  }

  hostUpdated(): void {
    this.#showState();
    const media = this.findMedia();
    if (media === this.media) return;
    this.#listener?.listen(false);
    this.media = media;
    this.#listener?.listen(true);
    // The speed chosen before the <audio> was drawn: already shown, so no new render is needed.
    if (this.state.rate !== 1) this.#applyRate();
  }

  /** The state for CSS: `playing` or `paused`, `loading`, `error`, `muted`. */
  #showState(): void {
    const {paused, waiting, error} = this.state;
    for (const [name, on] of [
      ['playing', !paused],
      ['paused', paused],
      ['loading', waiting],
      ['error', error],
      ['muted', this.host.muted],
    ] as const) {
      if (on) this.states.add(name);
      else this.states.delete(name);
    }
  }

  hostDisconnected(): void {
    this.save();
    this.media?.pause();
    this.#listener?.listen(false);
    this.state.paused = true;
    this.state.waiting = false;
    this.#listener?.disconnected();
  }

  /** The episode is about to change: remember where the old one (`key`) was left. */
  leave(key: string): void {
    this.save(key);
  }

  /**
   * Remembers where the episode `key` was left (once played to its end, nothing), or forgets it.
   * @internal
   */
  save(key = this.host.resumeKey, forget = false): void {
    const media = this.media;
    const at = forget ? 0 : media?.currentTime || this.state.currentTime;
    if (key && (forget || (at && !media?.ended))) {
      void loadPositions().then((loaded) => loaded.remember(key, at));
    }
  }

  #sync(): void {
    if (this.#listener) this.#listener.sync();
    else this.host.requestUpdate();
  }
}
