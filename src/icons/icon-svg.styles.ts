import {css} from '../shared/css.js';

/**
 * Size (`--_icon-size`, default 1.25em) and right-to-left mirroring for `iconSvg` icons, drawn in
 * an element's own shadow root. `<news-icon>` styles itself without lit's `css` (news-icon.styles.ts, icon-box.ts).
 */
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
