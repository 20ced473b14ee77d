import {html, nothing, type ReactiveControllerHost} from 'lit';
import {iconSvg} from '../icons/icon-svg.js';
import '../icons/set/play.js';
import '../icons/set/step-back.js';
import '../icons/set/step-forward.js';
import '../icons/set/volume-on.js';
import '../icons/set/volume-off.js';
import '../icons/set/download.js';
import {shortcut} from './keyboard.js';
import {t} from './podcast-player.strings.js';
import {nextRate, parseRates} from './rates.js';
import {formatRate, spokenTime} from './time.js';

/** The player, as its buttons and keys see it: its public API alone. */
export interface ControlsHost extends HTMLElement, ReactiveControllerHost {
  readonly renderRoot: ParentNode;
  readonly paused: boolean;
  readonly currentTime: number;
  readonly backSeconds: number;
  readonly forwardSeconds: number;
  readonly rates: string;
  playbackRate: number;
  muted: boolean;
  play(): Promise<void>;
  pause(): void;
  seek(seconds: number): void;
}

/**
 * The player's buttons (play and pause, step back and forward, speed, mute, download) and the
 * keys that do the same (Space or K, J or ←, L or →, M, Shift+< and Shift+>, see keyboard.ts).
 * When a render removes the button that had focus (Retry once pressed, the slider when the audio
 * fails), focus goes to the one now in its place, the last drawn of Play and Retry, rather than
 * dropping to the page.
 */
export class Controls {
  /** The control that had focus before this update. */
  #focused?: Element | null;

  constructor(
    private readonly host: ControlsHost,
    /** Whether there is audio to play (the keys do nothing without). */
    private readonly playable: () => boolean,
  ) {
    host.addEventListener('keydown', this.#onKey);
    host.addController(this);
  }

  hostUpdate(): void {
    this.#focused = (this.host.renderRoot as ShadowRoot).activeElement;
  }

  hostUpdated(): void {
    if (this.#focused && !this.#focused.isConnected) {
      [...this.host.renderRoot.querySelectorAll<HTMLElement>('.play, .retry')].pop()?.focus();
    }
  }

  #toggle = () => (this.host.paused ? this.host.play() : this.host.pause());
  /** Steps back or forward by the host's seconds for that way. */
  #jump = (way: string) => {
    const host = this.host;
    host.seek(host.currentTime + (way == 'back' ? -host.backSeconds : host.forwardSeconds));
  };
  #toggleMute = () => (this.host.muted = !this.host.muted);

  /** The next speed up (`1`), down (`-1`), or up and round again (`0`, the speed button). */
  #changeRate(direction: 1 | -1 | 0): void {
    const host = this.host;
    const next = nextRate(parseRates(host.rates), host.playbackRate, direction);
    if (next) host.playbackRate = next;
  }

  #onKey = (event: KeyboardEvent) => {
    const action = this.playable() && shortcut(event);
    if (!action) return;
    event.preventDefault();
    if (action === 'toggle') void this.#toggle();
    else if (action === 'mute') this.#toggleMute();
    else if (action === 'back' || action === 'forward') this.#jump(action);
    else this.#changeRate(action === 'faster' ? 1 : -1);
  };

  /** Play (or pause, while playing), then the step buttons. */
  transport(lang: string, disabled: boolean) {
    const paused = this.host.paused;
    return html`<button
        part="play-button"
        class="play"
        aria-label=${t(lang, paused ? 'play' : 'pause')}
        ?disabled=${disabled}
        @click=${this.#toggle}
      >
        ${iconSvg(paused ? 'play' : 'pause')}
      </button>
      ${this.#step(lang, 'back', this.host.backSeconds, disabled)}
      ${this.#step(lang, 'forward', this.host.forwardSeconds, disabled)}`;
  }

  /** A step button: its icon, and its seconds (a part hidden unless a theme shows it). */
  #step(lang: string, way: 'back' | 'forward', seconds: number, disabled: boolean) {
    return html`<button
      part="${way}-button"
      aria-label=${t(lang, way, {t: spokenTime(lang, seconds)})}
      ?disabled=${disabled}
      @click=${() => this.#jump(way)}
    >
      ${iconSvg(`step-${way}`, 'step-icon')}<span part="step-label" hidden>${seconds}</span>
    </button>`;
  }

  /** The speed and mute buttons, and the download link for `download` (a checked URL). */
  settings(lang: string, download: string | undefined) {
    const host = this.host;
    const rate = formatRate(lang, host.playbackRate);
    return html`<button
        part="speed-button"
        class="speed"
        aria-label=${t(lang, 'speed', {r: rate})}
        @click=${() => this.#changeRate(0)}
      >
        ${rate}
      </button>
      <button
        part="mute-button"
        aria-label=${t(lang, 'mute')}
        aria-pressed=${host.muted}
        @click=${this.#toggleMute}
      >
        ${iconSvg(host.muted ? 'volume-off' : 'volume-on')}
      </button>
      ${download
        ? html`<a part="download" href=${download} download aria-label=${t(lang, 'download')}>
            ${iconSvg('download')}
          </a>`
        : nothing}`;
  }

  /** Why nothing plays: no audio at all, or audio that failed to load (then with Retry). */
  problem(lang: string, noSource: boolean, retry: () => unknown) {
    return html`<p part="error" role=${noSource ? nothing : 'alert'}>
        ${t(lang, noSource ? 'noSrc' : 'error')}
      </p>
      ${noSource
        ? nothing
        : html`<button part="retry-button" class="retry" @click=${retry}>
            ${t(lang, 'retry')}
          </button>`}`;
  }
}
