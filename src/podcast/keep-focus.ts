import type {ReactiveController, ReactiveControllerHost} from 'lit';

/**
 * Keeps focus in the player when a render removes the control that had it (Retry once pressed,
 * the slider when the audio fails): it goes to the control now in its place, the last drawn of
 * `candidates` (Retry comes after Play), rather than dropping to the page.
 */
export class KeepFocus implements ReactiveController {
  /** The control that had focus before this update. */
  #focused?: Element | null;

  constructor(
    private readonly host: ReactiveControllerHost & {renderRoot?: ParentNode & Node},
    private readonly candidates: string,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    this.#focused = (this.host.renderRoot as ShadowRoot | undefined)?.activeElement;
  }

  hostUpdated(): void {
    if (this.#focused && !this.#focused.isConnected) {
      [...this.host.renderRoot!.querySelectorAll<HTMLElement>(this.candidates)].pop()?.focus();
    }
  }
}
