import {nothing} from 'lit';
import {text} from '../../shared/text.js';
import type {PlayerHost} from '../player-host.js';
import type {Panels} from './panels.js';
import type {LoadError} from './load.js';
import {Source, loadCues, trackSrc} from './source.js';
import {TranscriptPanel} from './transcript-panel.js';

/** Asked once; it stays current as the reader's setting changes. */
let reducedMotion: MediaQueryList | undefined;

/**
 * The player's transcript: from its `transcript` (WebVTT, SRT or JSON) or a `<track>` child of
 * kind captions or subtitles (or none), shown in a panel that follows the audio.
 */
export class Transcript {
  /** Why the transcript could not be loaded, if they could not. */
  problem?: LoadError;
  readonly #panel: TranscriptPanel;
  readonly #source = new Source();

  constructor(
    private readonly host: PlayerHost,
    private readonly panels: Panels,
  ) {
    this.#panel = new TranscriptPanel(
      (seconds) => host.seek(seconds),
      () => host.requestUpdate(),
    );
  }

  /** Whether there is a transcript to show. */
  get any(): boolean {
    return this.#panel.cues.length > 0;
  }

  /** Loads the transcript again, after a failure. */
  retry(): void {
    this.#source.retry();
  }

  /** Reads the player's transcript input; loads it again when it changed. */
  update(): void {
    const host = this.host;
    const url =
      text(host.transcript) || trackSrc(host, '[kind=captions],[kind=subtitles],:not([kind])');
    this.#source.update(url, async (signal) => {
      this.problem = undefined;
      this.#use([]);
      try {
        const cues = await loadCues(url, signal);
        if (cues) this.#use(cues);
      } catch (error) {
        this.problem = error as LoadError;
        host.requestUpdate();
      }
    });
  }

  #use(cues: TranscriptPanel['cues']): void {
    this.#panel.cues = cues;
    this.host.requestUpdate();
  }

  /** The panel, while it is open (closed, nothing of it is drawn). */
  render(lang: string) {
    return this.any && this.panels.isOpen('transcript') ? this.#panel.render(lang) : nothing;
  }

  /** After each render: the cue playing is highlighted and kept in view. */
  follow(): void {
    reducedMotion ??= matchMedia('(prefers-reduced-motion: reduce)');
    this.#panel.follow(this.host.renderRoot, this.host.currentTime, !reducedMotion.matches);
  }
}
