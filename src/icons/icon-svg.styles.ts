import {css} from 'lit';

/**
 * Size (`--_icon-size`, default 1.25em) and right-to-left mirroring for `iconSvg` icons. Keep in
 * step with the sheet in news-icon.ts, which says the same without lit's `css`.
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
