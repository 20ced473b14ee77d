import {css} from 'lit';

/**
 * The round icon button that `<news-bookmark>` and `<news-share>` draw: at least 24×24 CSS px
 * (2.25em by default), a visible focus ring; in forced-colors mode its transparent border shows. Elements set
 * `--_button-size` and `--_button-color` from their own knobs.
 */
export const iconButton = css`
  :host {
    display: inline-block;
    vertical-align: middle;
    color: var(--_news-muted);
  }
  button {
    display: inline-grid;
    place-items: center;
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
  [part='button']:hover {
    color: var(--_button-color, var(--_news-accent));
    background: color-mix(in srgb, currentColor 10%, transparent);
  }
  button:focus-visible {
    outline: var(--_news-focus-ring);
    outline-offset: 2px;
  }
`;
