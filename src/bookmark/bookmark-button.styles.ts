import {css} from '../shared/css.js';

/** The toggle's own knobs and its pressed colour (with `iconButton`). */
export const bookmarkStyles = css`
  .bookmark {
    --_button-size: var(--news-bookmark-size, 2.25em);
    --_button-color: var(--news-bookmark-color, var(--_news-accent));
  }
  .bookmark[aria-pressed='true'] {
    color: var(--_button-color);
  }
`;
