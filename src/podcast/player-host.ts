import type {ReactiveControllerHost} from 'lit';
import {text} from '../shared/text.js';

/** A chapter given by a script: where it starts (seconds) and its title. */
export interface ChapterInput {
  start: number;
  title: string;
}

/**
 * An episode for `PodcastPlayer.loadEpisode`, as a feed describes it: its audio and title; its
 * artwork, length in seconds, chapters and transcript URLs when known (left out: none); the
 * podcast's name, left out to keep the player's.
 */
export interface EpisodeInput {
  src: string;
  title: string;
  artwork?: string;
  duration?: number;
  chapters?: string;
  transcript?: string;
  show?: string;
}

/**
 * The player as its parts loaded on demand (chapters, transcript, feed, moment links) see it:
 * they read its state and ask it to seek, play or load an episode, without importing it.
 */
export interface PlayerHost extends ReactiveControllerHost, HTMLElement {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly src: string;
  readonly currentTime: number;
  readonly duration: number;
  readonly paused: boolean;
  readonly chapters: string | readonly ChapterInput[];
  readonly transcript: string;
  readonly feed: string;
  readonly share: boolean;
  readonly show: string;
  seek(seconds: number): void;
  play(): Promise<void>;
  loadEpisode(episode: EpisodeInput, play?: boolean): void;
}

/**
 * Whether a player uses any of its parts loaded on demand: chapters, a transcript (or a `<track>`
 * child of a kind it shows), a feed, or a share button.
 */
export const usesExtras = (host: PlayerHost): boolean =>
  [host.chapters, host.transcript, host.feed].some(text) ||
  host.share ||
  !!host.querySelector('track:not([kind=metadata],[kind=descriptions])');
