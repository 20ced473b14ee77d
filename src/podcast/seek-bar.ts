import {html, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {sliderTarget} from './keyboard.js';
import {t} from './podcast-player.strings.js';
import {formatTime, spokenTime} from './time.js';

/** The player, as its seek bar sees it. */
export interface SeekBarHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly currentTime: number;
  readonly duration: number;
  showRemaining: boolean;
  seek(seconds: number): void;
}

/**
 * The seek slider and the time beside it: drawn, driven by keys (the WAI-ARIA slider pattern),
 * pointer and touch, and painted (its fill, set through the CSSOM after each render: a style
 * attribute would break a strict content security policy).
 */
export class SeekBar implements ReactiveController {
  constructor(private readonly host: SeekBarHost) {
    host.addController(this);
  }

  /** The slider and the time; `spokenExtra` follows the time in the slider's spoken value. */
  render(lang: string, spokenExtra = '') {
    const host = this.host;
    const time = host.currentTime;
    const duration = host.duration;
    const known = duration > 0;
    return html`<div
        part="scrubber"
        role="slider"
        tabindex="0"
        aria-label=${t(lang, 'seek')}
        aria-valuemin="0"
        aria-valuemax=${Math.floor(known ? duration : time)}
        aria-valuenow=${Math.floor(time)}
        aria-valuetext="${known
          ? t(lang, 'of', {a: spokenTime(lang, time), b: spokenTime(lang, duration)})
          : spokenTime(lang, time)}${spokenExtra}"
        @keydown=${this.#onKey}
        @pointerdown=${this.#onPointer}
        @pointermove=${this.#onPointer}
      ></div>
      <button
        part="time"
        class="time"
        title=${t(lang, 'remaining')}
        aria-pressed=${host.showRemaining}
        @click=${() => (host.showRemaining = !host.showRemaining)}
      >
        ${host.showRemaining && known ? `−${formatTime(duration - time)}` : formatTime(time)} /
        ${formatTime(duration)}
      </button>`;
  }

  /** After each render: the fill up to the position (chapter marks: extras/chapters.ts). */
  hostUpdated(): void {
    const {host} = this;
    const slider = host.renderRoot.querySelector<HTMLElement>('[role="slider"]');
    if (!slider) return;
    const progress = host.currentTime / host.duration;
    slider.style.setProperty('--_p', `${progress > 0 ? Math.min(100, progress * 100) : 0}%`);
  }

  #onKey = (event: KeyboardEvent) => {
    const to = sliderTarget(event.key, this.host.currentTime, this.host.duration);
    if (to === undefined) return;
    event.preventDefault();
    this.host.seek(to);
  };

  #onPointer = (event: PointerEvent) => {
    const slider = event.currentTarget as HTMLElement;
    if (event.type === 'pointerdown') slider.setPointerCapture(event.pointerId);
    else if (!slider.hasPointerCapture(event.pointerId)) return;
    const box = slider.getBoundingClientRect();
    this.host.seek(((event.clientX - box.left) / box.width) * this.host.duration);
  };
}
