import {html} from 'lit';
import {t} from './extras.strings.js';

export type Panel = 'chapters' | 'transcript' | 'episodes';

/** Which of the player's panels are open, and the buttons that open and close them. */
export class Panels {
  readonly #open = new Set<Panel>();

  constructor(private readonly update: () => void) {}

  isOpen(panel: Panel): boolean {
    return this.#open.has(panel);
  }

  /** The button that opens or closes `panel` (its `part` is `<panel>-button`). */
  toggle(lang: string, panel: Panel) {
    const open = this.#open.has(panel);
    return html`<button
      class="toggle"
      part="${panel}-button"
      aria-expanded=${open}
      aria-controls=${panel}
      @click=${() => {
        if (open) this.#open.delete(panel);
        else this.#open.add(panel);
        this.update();
      }}
    >
      ${t(lang, panel)}
    </button>`;
  }
}
