import {css} from '../shared/css.js';

/**
 * The seek slider (seek-bar.ts): a track filled up to `--_p`, and a thumb there; on a phone, the
 * row it shares with the time. The chapter marks painted on it (`--_marks`) are drawn by the
 * extras' sheet, which loads with them.
 */
export const seekBarStyles = css`
  [role='slider'] {
    position: relative;
    flex: 1 1 6em;
    block-size: 1.5em;
    margin: 0 0.5em;
    direction: ltr;
    cursor: pointer;
    touch-action: none;
    background: linear-gradient(to right, var(--_accent) var(--_p, 0%), var(--_track) 0) 0 50% /
      100% 4px no-repeat;
  }
  [role='slider']::after {
    content: '';
    position: absolute;
    inset: calc(50% - 6px) auto auto calc(var(--_p, 0%) - 6px);
    inline-size: 12px;
    block-size: 12px;
    border-radius: 50%;
    background: var(--_thumb);
  }
  @container (width < 30em) {
    [role='slider'],
    .time,
    p {
      order: -1;
    }
    /* Or the error, in the slider's place, on a row of its own. */
    p {
      flex-basis: 100%;
    }
    /* A phone (the player under 30em): the slider and the time on a row of their own, the
       slider wide enough to leave no room for a button beside the time. */
    [role='slider'] {
      flex-basis: calc(100% - 6.2em);
    }
    /* The time in two lines (elapsed, total), so the slider keeps the width. */
    .time {
      inline-size: 4.5em;
      line-height: 1.2;
    }
  }
  @media (forced-colors: active) {
    [role='slider'] {
      forced-color-adjust: none;
      --_accent: Highlight;
      --_track: GrayText;
      --_thumb: Highlight;
    }
  }
`;
