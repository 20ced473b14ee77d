import {html, nothing} from 'lit/html.js';
import {resolveIcon, type Icon} from './registry.js';

/**
 * Draws an icon as a decorative `<svg>` in the caller's shadow root: elements that draw many
 * icons (every card, every player) call this, which costs a fraction of a nested `<news-icon>`
 * with a shadow root of its own. Size and mirroring come from `iconSvgStyles`.
 */
export const iconSvg = (name: unknown, part?: string) => drawIcon(resolveIcon(name), part);

/**
 * `iconSvg` for an icon already looked up (or none: an empty box of the same size). No
 * whitespace around the drawing: two text nodes fewer per icon, which a thousand players
 * (four icons each) pay for in cloning and layout.
 */
export const drawIcon = (icon: Icon | undefined, part: string | typeof nothing = nothing) =>
  // prettier-ignore
  html`<svg
    part=${part}
    class=${icon?.mirror ? 'icon mirror' : 'icon'}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
  >${icon?.template}</svg>`;
