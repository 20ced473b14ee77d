import {css} from '../../shared/css.js';

/** Adopted into the player's shadow root when the extras load. */
export const styles = css`
  :host {
    --_gap: var(--_background);
    --_panel-height: var(--podcast-player-panel-height, 16em);
  }
  /* The chapter marks on the seek slider (painted into --_marks by chapters.ts). */
  [role='slider']::before {
    content: '';
    position: absolute;
    inset: calc(50% - 2px) 0;
    background: var(--_marks, none);
  }
  /* Only the buttons in these rows light up under the pointer, not the rows around them. */
  .more:hover,
  .panel:hover,
  .panel :not(button, a):hover {
    background-color: transparent;
  }
  .more {
    /* As narrow as the player, whatever the chapter's title: that ends in an ellipsis. */
    min-inline-size: 0;
    display: flex;
    flex: 1 1 100%;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
  }
  /* With nothing but the share button, the row of extras joins the player's row. */
  .more:not(:has(.toggle, .chapter)) {
    flex: none;
  }
  .chapter {
    flex: 1 1 8em;
    text-align: match-parent;
    margin: 0 0.5em;
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .toggle {
    padding: 0 0.75em;
    border-color: var(--_news-border);
  }
  /* A panel's button shows its name; on a phone, its glyph. */
  .toggle .icon {
    display: none;
  }
  /*
   * A phone (see seek-bar.styles.ts) with panels: still two rows of controls. The chapter's title
   * on top; the slider, the time and the speed on the first row; the transport, mute, download,
   * the panels' glyphs and share on the second, each between 24px and the control size wide.
   */
  @container (width < 30em) {
    .frame:has(.toggle) .more {
      display: contents;
    }
    .frame:has(.toggle) .chapter {
      order: -2;
      flex-basis: 100%;
    }
    .frame:has(.toggle) .speed {
      order: -1;
    }
    .frame:has(.toggle) [role='slider'] {
      flex-basis: calc(100% - 5.75em - var(--_size));
      margin: 0 0.25em;
    }
    .frame:has(.toggle) > :is(button, a):not(.speed, .time),
    .toggle {
      flex: 1 1 24px;
      min-inline-size: 24px;
      max-inline-size: var(--_size);
      padding: 0;
    }
    .toggle .icon {
      display: block;
    }
    .toggle .label {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
  }
  .note {
    flex: 1 1 100%;
    color: inherit;
  }
  .problem {
    color: var(--_accent);
  }
  .panel {
    flex: 1 1 100%;
    /* As narrow as the player, whatever a cue or the search's count holds. */
    min-inline-size: 0;
    margin: 0.25em 0 0;
    border-block-start: 1px solid var(--_news-border);
  }
  .list,
  .cues {
    max-block-size: calc(var(--_panel-height) * var(--_panel-share, 1));
    overflow-y: auto;
    overscroll-behavior: contain;
    /* The lists keep the reader's place themselves as they draw (windowed-list.ts). */
    overflow-anchor: none;
    margin: 0;
    padding: 0.25em 0;
    list-style: none;
  }
  /* Two or three panels open share one panel's height, rather than stack a very tall player. */
  .panel:has(~ .panel),
  .panel ~ .panel {
    --_panel-share: 0.5;
  }
  .spacer {
    display: block;
  }
  .list button,
  .cues button {
    display: block;
    inline-size: 100%;
    block-size: auto;
    padding: 0.375em 0.5em;
    border-radius: 0.25em;
    text-align: start;
    line-height: 1.4;
  }
  [aria-current='true'] {
    background: color-mix(in srgb, var(--_accent) 16%, transparent);
    border-inline-start: 3px solid var(--_accent);
  }
  .at {
    font-variant-numeric: tabular-nums;
    direction: ltr;
    unicode-bidi: isolate;
    margin-inline-end: 0.5em;
  }
  b {
    margin-inline-end: 0.375em;
  }
  /* An episode's length, after its title (chapter times stand before theirs). */
  #episodes .list button {
    display: flex;
    gap: 0.5em;
  }
  .length {
    margin-inline-start: auto;
    color: var(--_news-muted);
    font-variant-numeric: tabular-nums;
    direction: ltr;
    unicode-bidi: isolate;
  }
  .match {
    outline: 2px dashed var(--_accent);
    outline-offset: -2px;
  }
  mark {
    background: color-mix(in srgb, var(--_accent) 35%, transparent);
    color: inherit;
  }
  /* The box and its buttons on one line; the count beside them, or below when it is long. */
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
    padding: 0.375em 0;
  }
  .search [role='status'] {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  input {
    flex: 1 1 8em;
    min-inline-size: 0;
    block-size: var(--_size);
    padding: 0 0.5em;
    border: 1px solid var(--_news-border);
    border-radius: 0.25em;
    background: none;
    color: inherit;
    font: inherit;
  }
  /* The search box's own clear button (×) replaces the browser's unstyled one. */
  input::-webkit-search-cancel-button {
    appearance: none;
  }
  .description {
    padding: 0.5em;
    color: var(--_news-muted);
    line-height: 1.5;
  }
  .description p {
    margin: 0 0 0.5em;
    color: inherit;
  }
  @media (forced-colors: active) {
    [aria-current='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
