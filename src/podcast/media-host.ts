import type {ReactiveControllerHost} from 'lit';
import type {SessionPlayer} from './media-session.js';

/** What the player renders: the media element's state, mirrored. */
export interface MediaState {
  paused: boolean;
  /** Playing was asked for but there is not enough audio yet (loading or buffering). */
  waiting: boolean;
  error: boolean;
  currentTime: number;
  /** The audio's own duration; `NaN` until its metadata is known. */
  duration: number;
  rate: number;
}

/** The player, as its controller sees it. */
export interface MediaHost
  extends ReactiveControllerHost,
    HTMLElement,
    Omit<SessionPlayer, 'title'> {
  muted: boolean;
  /** Plays alongside other players instead of pausing them. */
  concurrent: boolean;
  /** Remembers the position under this key; empty: does not. */
  readonly resumeKey: string;
}

/**
 * What the `<audio>`'s listener (media-listener.ts, loaded on demand) uses of the controller
 * that loaded it: the state it mirrors into, the audio, and the position to remember.
 */
export interface MediaWiring {
  readonly host: MediaHost;
  readonly state: MediaState;
  readonly media?: HTMLMediaElement | null | undefined;
  /** Where to go once the metadata is known (start, resume, or a seek before loading). */
  startAt: number;
  /** Remembers where the episode `key` was left (`forget`: played to its end). */
  save(key?: string, forget?: boolean): void;
}
