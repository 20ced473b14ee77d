import {css} from '../../shared/css.js';

/** Adopted into the player's shadow root when the extras load. */
export const styles = css`
  :host {
    --_gap: var(--_background);
    --_panel-height: var(--podcast-player-panel-height, 16rem);
  }
  /* The chapter marks on the seek slider (painted into --_marks by seek-bar.ts). */
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
    display: flex;
    flex: 1 1 100%;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
  }
  .chapter {
    flex: 1 1 8rem;
    text-align: match-parent;
    margin: 0 0.5rem;
    font-weight: 600;
  }
  .toggle {
    padding: 0 0.75rem;
    border-color: var(--_news-border);
  }
  .toggle[aria-expanded='true'] {
    border-color: var(--_accent);
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
    margin: 0.25rem 0 0;
    border-block-start: 1px solid var(--_news-border);
  }
  .list,
  .cues {
    max-block-size: var(--_panel-height);
    overflow-y: auto;
    overscroll-behavior: contain;
    /* The lists keep the reader's place themselves as they draw (windowed-list.ts). */
    overflow-anchor: none;
    margin: 0;
    padding: 0.25rem 0;
    list-style: none;
  }
  .spacer {
    display: block;
  }
  .list button,
  .cues button {
    display: block;
    inline-size: 100%;
    block-size: auto;
    padding: 0.375rem 0.5rem;
    border-radius: 0.25rem;
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
    margin-inline-end: 0.5rem;
  }
  b {
    margin-inline-end: 0.375rem;
  }
  .match {
    outline: 2px dashed var(--_accent);
    outline-offset: -2px;
  }
  mark {
    background: color-mix(in srgb, var(--_accent) 35%, transparent);
    color: inherit;
  }
  .search {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0.375rem 0;
  }
  input {
    flex: 1 1 8rem;
    min-inline-size: 0;
    block-size: var(--_size);
    padding: 0 0.5rem;
    border: 1px solid var(--_news-border);
    border-radius: 0.25rem;
    background: none;
    color: inherit;
    font: inherit;
  }
  .description {
    padding: 0.5rem;
    color: var(--_news-muted);
    line-height: 1.5;
  }
  .description p {
    margin: 0 0 0.5rem;
    color: inherit;
  }
  @media (forced-colors: active) {
    [aria-current='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
