import {css} from '../shared/css.js';

/** The menu's styles: added to the button's shadow root with the menu's code. */
export const menuStyles = css`
  :host {
    --_menu-surface: var(--news-share-menu-surface, var(--_news-surface));
  }
  .share-menu {
    position-anchor: --news-share;
    position-area: block-end span-inline-end;
    position-try-fallbacks: flip-block, flip-inline;
    margin: 0.25em 0;
    padding: 0.25em;
    min-inline-size: 12em;
    border: 1px solid var(--_news-border);
    border-radius: var(--_news-radius);
    background: var(--_menu-surface);
    color: var(--_news-text);
    font: 0.9375em/1.3 var(--_news-font);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  }
  .share-menu > * {
    display: flex;
    gap: 0.75em;
    align-items: center;
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 2.5em;
    margin: 0;
    padding: 0 0.75em;
    border-radius: 4px;
    color: inherit;
    text-decoration: none;
  }
  .share-menu > button {
    border: 1px solid transparent;
    background: none;
    font: inherit;
    cursor: pointer;
  }
  .share-menu > :is(:hover, :focus) {
    outline: none;
    background: color-mix(in srgb, var(--_news-accent) 12%, transparent);
  }
  .share-menu > :focus-visible {
    outline: var(--_news-focus-ring);
    outline-offset: -2px;
  }
  .share-menu > .by-hand {
    display: block;
    block-size: auto;
    padding-block: 0.5em;
    max-inline-size: 20em;
    overflow-wrap: anywhere;
    user-select: text;
  }
  .by-hand > span {
    user-select: all;
  }
`;
