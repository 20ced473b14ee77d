import {css, html, nothing} from 'lit';
import {resolveIcon} from './registry.js';

/**
 * Draws an icon as an `<svg>` in the caller's shadow root. `<news-icon>` renders this; elements
 * that draw many icons (every card, every player) call it directly, which costs a fraction of a
 * nested `<news-icon>` with a shadow root of its own. Decorative (`aria-hidden`) unless `label`
 * is given, then an image with that name. Size and mirroring come from `iconSvgStyles`.
 */
export const iconSvg = (name: unknown, label = '', part: string | typeof nothing = nothing) => {
  const icon = resolveIcon(name);
  return html`<svg
    part=${part}
    class=${icon?.mirror ? 'icon mirror' : 'icon'}
    viewBox="0 0 24 24"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    role=${label ? 'img' : nothing}
    aria-label=${label || nothing}
    aria-hidden=${label ? nothing : 'true'}
  >
    ${icon?.template ?? nothing}
  </svg>`;
};

/** Size (`--_icon-size`, default 1.25em) and right-to-left mirroring for `iconSvg` icons. */
export const iconSvgStyles = css`
  .icon {
    display: block;
    inline-size: var(--_icon-size, 1.25em);
    block-size: var(--_icon-size, 1.25em);
    flex: none;
  }
  :host(:dir(rtl)) .mirror {
    transform: scaleX(-1);
  }
`;
