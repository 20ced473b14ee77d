import {css} from '../shared/css.js';

/**
 * The ring that turns around the play button while the audio loads: adopted into the player's
 * shadow root with the listener, since a player is never loading before it has that code.
 */
export const loadingStyles = css`
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
