import {css} from '../shared/css.js';

/**
 * The player: its host is only a box; its frame (`.frame`: border, padding, background, text
 * size) and the row of buttons, time, speed and error live inside, where page CSS on the tag
 * cannot reach. Sizes are in em of the player's text, which follows the page's text (the seek
 * bar: seek-bar.styles.ts). Below 30em the frame lays itself out for phones: the seek slider and
 * the time on one row, the buttons on the next.
 */
export const styles = css`
  :host {
    --_accent: var(--podcast-player-accent, var(--_news-accent));
    --_track: var(--podcast-player-track, var(--_news-border));
    --_thumb: var(--podcast-player-thumb, var(--_accent));
    --_size: max(24px, var(--podcast-player-control-size, 2.5em));
    --_radius: var(--podcast-player-radius, var(--_news-radius));
    --_background: var(--podcast-player-background, var(--_news-surface));
    display: block;
    /* As wide as its column, whatever display a page gives the tag. */
    inline-size: stretch;
    /* Also contains its layout, style and paint. */
    content-visibility: auto;
    contain-intrinsic-block-size: auto 3em;
  }
  :host([hidden]) {
    display: none;
  }
  .frame {
    /* Its width never follows its content: a status line or a long title cannot widen it. */
    container-type: inline-size;
    flex: 1;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
    padding: 0.375em;
    border: 1px solid var(--_news-border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_news-text);
    font: 0.875em var(--_news-font);
  }
  button,
  a {
    /* Flex, not grid, to centre one child: cheaper to lay out, a thousand players at a time. */
    display: flex;
    align-items: center;
    justify-content: center;
    min-inline-size: var(--_size);
    block-size: var(--_size);
    padding: 0 0.25em;
    border: 1px solid transparent;
    border-radius: var(--_size);
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  :is(button, a):hover {
    background-color: color-mix(in srgb, currentColor 12%, transparent);
  }
  :focus-visible {
    outline: var(--_news-focus-ring);
    outline-offset: 2px;
  }
  /* None of the player's icons points along the reading direction: it needs no more of
     iconSvgStyles than their size (each is a flex item of its button: a block that keeps it). */
  .icon {
    inline-size: 1.4em;
    block-size: 1.4em;
  }
  .play {
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
    flex: 1 1 6em;
    margin: 0 0.5em;
    color: var(--_accent);
  }
`;
