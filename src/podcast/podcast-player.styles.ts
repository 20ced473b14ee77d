import {css} from '../shared/css.js';

/** The player's row: its box, buttons, time, speed and error (the seek bar: seek-bar.styles.ts). */
export const styles = css`
  :host {
    --_accent: var(--podcast-player-accent, var(--_news-accent));
    --_track: var(--podcast-player-track, var(--_news-border));
    --_thumb: var(--podcast-player-thumb, var(--_accent));
    --_size: max(24px, var(--podcast-player-control-size, 2.25rem));
    --_radius: var(--podcast-player-radius, var(--_news-radius));
    --_background: var(--podcast-player-background, var(--_news-surface));
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    padding: 0.375rem;
    border: 1px solid var(--_news-border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_news-text);
    font: 0.875rem var(--_news-font);
    contain: content;
    content-visibility: auto;
    contain-intrinsic-block-size: auto 3.125rem;
  }
  :host([hidden]) {
    display: none;
  }
  button,
  a {
    /* Flex, not grid, to centre one child: cheaper to lay out, a thousand players at a time. */
    display: flex;
    align-items: center;
    justify-content: center;
    min-inline-size: var(--_size);
    block-size: var(--_size);
    padding: 0 0.25rem;
    border: 1px solid transparent;
    border-radius: var(--_size);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  :hover {
    background-color: color-mix(in srgb, currentColor 12%, transparent);
  }
  :focus-visible {
    outline: var(--_news-focus-ring);
    outline-offset: 2px;
  }
  .icon {
    --_icon-size: 1.25rem;
  }
  .play {
    position: relative;
    background: var(--_accent);
    color: var(--_news-surface);
  }
  :disabled {
    opacity: 0.5;
  }
  .time,
  .speed {
    direction: ltr;
  }
  .time {
    font-variant-numeric: tabular-nums;
    color: var(--_news-muted);
  }
  .speed {
    font-weight: 600;
  }
  p {
    flex: 1 1 6rem;
    margin: 0 0.5rem;
    color: var(--_accent);
  }
  .retry {
    border-color: currentColor;
  }
`;
