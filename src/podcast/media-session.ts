import {safeUrl} from '../shared/safe-url.js';

/** What the lock screen shows and drives: the player that last started. */
export interface SessionPlayer {
  readonly title: string;
  readonly show: string;
  readonly artwork: string;
  readonly currentTime: number;
  /** Seconds for the seek-backward and seek-forward actions. */
  readonly backSeconds: number;
  readonly forwardSeconds: number;
  play(): unknown;
  pause(): void;
  seek(seconds: number): void;
  /** Chapters, once loaded: the previous and next track actions move between them. */
  readonly extras?:
    | {readonly chapters: {readonly count: number; jump(direction: 1 | -1): void}}
    | undefined;
}

let owner: SessionPlayer | undefined;

/**
 * Shows `player` on the lock screen (or notification) and lets its actions drive it; with
 * `release`, clears it if `player` holds it (the player left the page).
 */
export function claimSession(player: SessionPlayer, release = false): void {
  if (!('mediaSession' in navigator) || (release && owner !== player)) return;
  const session = navigator.mediaSession;
  const p = (owner = release ? undefined : player);
  session.metadata = p
    ? new MediaMetadata({
        title: p.title,
        artist: p.show,
        artwork: safeUrl(p.artwork) ? [{src: safeUrl(p.artwork)!}] : [],
      })
    : null;
  for (const [action, handler] of [
    ['play', () => p?.play()],
    ['pause', () => p?.pause()],
    ['seekbackward', (d) => p?.seek(p.currentTime - (d.seekOffset || p.backSeconds))],
    ['seekforward', (d) => p?.seek(p.currentTime + (d.seekOffset || p.forwardSeconds))],
    ['seekto', (d) => p?.seek(d.seekTime!)],
    ['previoustrack', () => p?.extras?.chapters.jump(-1)],
    ['nexttrack', () => p?.extras?.chapters.jump(1)],
  ] as const satisfies [MediaSessionAction, MediaSessionActionHandler][]) {
    const offered = action.endsWith('track') ? p?.extras?.chapters.count : p;
    try {
      session.setActionHandler(action, offered ? handler : null);
    } catch {
      // This browser does not know the action.
    }
  }
}

/** Claims the lock screen for `player` again (its chapters changed), if it holds it already. */
export function refreshSession(player: SessionPlayer | HTMLElement): void {
  if (owner && owner === player) claimSession(owner);
}

/** Keeps the lock screen's position and playing state current, if `player` holds it. */
export function sessionPosition(
  player: SessionPlayer,
  duration: number,
  position: number,
  playbackRate: number,
  playing: boolean,
): void {
  if (owner !== player) return;
  const session = navigator.mediaSession;
  session.playbackState = playing ? 'playing' : 'paused';
  try {
    session.setPositionState(
      duration < Infinity ? {duration, position: Math.min(position, duration), playbackRate} : {},
    );
  } catch {
    // A rate or position the platform refuses: the lock screen keeps its last state.
  }
}
