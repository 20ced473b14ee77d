import {css} from './css.js';

/**
 * The round icon button of the bookmark and share controls, wherever it is drawn (in
 * `<news-bookmark>`, `<news-share>` or a card's own shadow root): at least 24×24 CSS px (2.25em by
 * default), a visible focus ring; in forced-colors mode its transparent border shows. A button
 * opts in with `class="icon-button"` and sets `--_button-size` and `--_button-color` from its
 * element's knobs. It takes its resting colour from its parent (see `iconButtonHost`).
 */
export const iconButton = css`
  .icon-button {
    /* Flex, not grid, to centre one icon: cheaper to lay out, a thousand cards at a time. */
    display: inline-flex;
    align-items: center;
    justify-content: center;
    box-sizing: border-box;
    inline-size: var(--_button-size, 2.25em);
    block-size: var(--_button-size, 2.25em);
    min-inline-size: 24px;
    min-block-size: 24px;
    margin: 0;
    padding: 0;
    border: 1px solid transparent;
    border-radius: 50%;
    background: none;
    color: inherit;
    font: inherit;
    font-size: 1em;
    cursor: pointer;
  }
  .icon-button:hover {
    color: var(--_button-color, var(--_news-accent));
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  .icon-button:focus-visible {
    outline: var(--_news-focus-ring);
    outline-offset: 2px;
  }
`;

/** The host of an element that is one icon button: it sits in the text, in the muted colour. */
export const iconButtonHost = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    color: var(--_news-muted);
  }
  :host([hidden]) {
    display: none;
  }
`;
