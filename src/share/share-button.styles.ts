import {css} from '../shared/css.js';

/** The share button's knobs and its live region (with `iconButton`); the menu brings its own. */
export const shareStyles = css`
  .share {
    --_button-size: var(--news-share-size, 2.25em);
    --_button-color: var(--news-share-color, var(--_news-accent));
  }
  /* An anchor only while its menu is open: a thousand idle anchors slow every layout. */
  .share.open {
    anchor-name: --news-share;
  }
  .share-status {
    position: absolute;
    clip-path: inset(50%);
  }
`;
