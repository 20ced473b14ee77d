import {css} from './css.js';

/**
 * The shared theme tokens, resolved once per element into private `--_news-*` properties that
 * element knobs fall back to. Colours use `light-dark()`, so they turn dark when the reader
 * prefers dark *and* the page allows it (`color-scheme: light dark`), as native controls do.
 *
 * | token | light | dark |
 * | --- | --- | --- |
 * | `--news-color-text` | #16181d | #eceef2 |
 * | `--news-color-surface` | #ffffff | #15171c |
 * | `--news-color-accent` | #c8102e | #ff7088 |
 * | `--news-color-muted` | #565c68 | #a6acb8 |
 * | `--news-color-border` | #d9dce3 | #343945 |
 * | `--news-font-family` | system-ui, sans-serif | |
 * | `--news-font-family-heading` | Georgia, serif (read by `<news-article>`) | |
 * | `--news-radius` | 8px | |
 * | `--news-space` | 1em (read by `<news-article>`) | |
 * | `--news-focus-ring` | 2px solid accent | |
 */
export const tokens = css`
  :host {
    --_news-text: var(--news-color-text, light-dark(#16181d, #eceef2));
    --_news-surface: var(--news-color-surface, light-dark(#ffffff, #15171c));
    --_news-accent: var(--news-color-accent, light-dark(#c8102e, #ff7088));
    --_news-muted: var(--news-color-muted, light-dark(#565c68, #a6acb8));
    --_news-border: var(--news-color-border, light-dark(#d9dce3, #343945));
    --_news-font: var(--news-font-family, system-ui, sans-serif);
    --_news-radius: var(--news-radius, 8px);
    --_news-focus-ring: var(--news-focus-ring, 2px solid var(--_news-accent));
  }
`;
