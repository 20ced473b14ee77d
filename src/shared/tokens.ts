import {css} from './css.js';

/**
 * The shared theme tokens, resolved once per element into private `--_news-*` properties that
 * element knobs fall back to. Colours use `light-dark()`, so they turn dark when the reader
 * prefers dark *and* the page allows it (`color-scheme: light dark`), as native controls do;
 * muted text and borders are mixed from text and surface, so a theme that sets those two never
 * gets a default of the other scheme.
 *
 * | token | light | dark |
 * | --- | --- | --- |
 * | `--news-color-text` | #16181d | #eceef2 |
 * | `--news-color-surface` | #ffffff | #15171c |
 * | `--news-color-accent` | #c8102e | #ff7088 |
 * | `--news-color-muted` | 70% text on surface | 70% text on surface |
 * | `--news-color-border` | 16% text on surface | 16% text on surface |
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
    --_news-muted: var(
      --news-color-muted,
      color-mix(in srgb, var(--_news-text) 70%, var(--_news-surface))
    );
    --_news-border: var(
      --news-color-border,
      color-mix(in srgb, var(--_news-text) 16%, var(--_news-surface))
    );
    --_news-font: var(--news-font-family, system-ui, sans-serif);
    --_news-radius: var(--news-radius, 8px);
    --_news-focus-ring: var(--news-focus-ring, 2px solid var(--_news-accent));
  }
`;
