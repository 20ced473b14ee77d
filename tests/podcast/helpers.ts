// Helpers for the <podcast-player> suites: real audio, real clicks, and what the listener sees.
import {sendMouse} from '@web/test-runner-commands';
import type {PodcastPlayer} from '../../src/podcast/podcast-player.js';
import {toneWav} from '../../scripts/tone-wav.mjs';
import {until} from '../helpers.js';

export {until};

/** A Blob URL of a `seconds`-long WAV tone: exact metadata, no server needed. */
export const wavUrl = (seconds = 6) =>
  URL.createObjectURL(new Blob([toneWav(seconds) as BlobPart], {type: 'audio/wav'}));

/** A fresh id for the test server's request counter. */
export const uid = () => Math.random().toString(36).slice(2);

/** How many audio requests the test server saw for `id`. */
export const requests = async (id: string): Promise<number> =>
  ((await (await fetch(`/__podcast/count?id=${id}`)).json()) as {count: number}).count;

export const root = (el: PodcastPlayer) => el.shadowRoot!;
export const part = <T extends HTMLElement = HTMLButtonElement>(el: PodcastPlayer, name: string) =>
  root(el).querySelector<T>(`[part~="${name}"]`)!;
export const audio = (el: PodcastPlayer) => root(el).querySelector('audio')!;
export const slider = (el: PodcastPlayer) => part<HTMLElement>(el, 'scrubber');
export const timeText = (el: PodcastPlayer) =>
  part(el, 'time').textContent!.replace(/\s+/g, ' ').trim();
export const states = (el: PodcastPlayer) =>
  ['playing', 'paused', 'loading', 'error', 'muted'].filter((s) => el.matches(`:state(${s})`));

/** A real mouse click at the centre of `target` (or at `fraction` of its width). */
export async function click(target: Element, fraction = 0.5): Promise<void> {
  // A player just put on the page is drawn at the next frame (content-visibility: auto): a
  // reader's pointer cannot reach it before then, and neither does this one.
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.left + box.width * fraction), Math.round(box.top + box.height / 2)],
  });
}

/** Plays and waits until the audio really advances. */
export async function playing(el: PodcastPlayer): Promise<void> {
  await el.play();
  await until(() => !el.paused && audio(el).readyState >= 3, 'playing');
  await el.updateComplete;
}

/**
 * Records the handlers players give the lock screen (Media Session), still passing them on;
 * `restore()` puts the browser's own method back.
 */
export function spyOnMediaSession(): {
  handlers: Map<string, MediaSessionActionHandler | null>;
  restore: () => void;
} {
  const session = navigator.mediaSession;
  const original = session.setActionHandler;
  const handlers = new Map<string, MediaSessionActionHandler | null>();
  session.setActionHandler = function (action, handler) {
    handlers.set(action, handler);
    original.call(this, action, handler);
  };
  return {handlers, restore: () => (session.setActionHandler = original)};
}
