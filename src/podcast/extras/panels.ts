import {html, svg} from 'lit';
import {drawIcon} from '../../icons/icon-svg.js';
import {t} from './extras.strings.js';

export type Panel = 'chapters' | 'transcript' | 'episodes';

/**
 * What each panel's button shows on a phone, where there is no room for its name (the name stays
 * its accessible name): a list, a speech bubble with lines of text, a list with a play mark.
 */
const glyphs: Record<Panel, ReturnType<typeof svg>> = {
  chapters: svg`<path d="M9 6h11M9 12h11M9 18h11M4.5 6h0m0 6h0m0 6h0"/>`,
  transcript: svg`<path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2zM7 8h10M7 12h6"/>`,
  episodes: svg`<path d="M4 5h12M4 11h12M4 17h6m4-3 6 3.5-6 3.5z"/>`,
};

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
      ${drawIcon({template: glyphs[panel], mirror: false})}<span class="label"
        >${t(lang, panel)}</span
      >
    </button>`;
  }
}
