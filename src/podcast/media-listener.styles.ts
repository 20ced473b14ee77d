import {css} from '../shared/css.js';

/**
 * The ring that turns around the play button while the audio loads, and the retry button's
 * border: adopted into the player's shadow root with the listener, since a player is never
 * loading, nor failing to load audio, before it has that code.
 */
export const loadingStyles = css`
  .play {
    position: relative;
  }
  /* Only audio that failed to load (which this code reports) has a retry button. */
  .retry {
    border-color: currentColor;
  }
  :host(:state(loading)) .play::after {
    content: '';
    position: absolute;
    inset: -4px;
    border: 2px solid transparent;
    border-top-color: var(--_accent);
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      rotate: 1turn;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    ::after {
      animation: none !important;
    }
  }
`;
