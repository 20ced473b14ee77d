import {LocalStore} from '../shared/local-store.js';

/**
 * Where each episode was left, by its URL (at most 100 episodes, the oldest forgotten first). Any
 * other value under the key (an array, a number) is not ours, and is left as it is.
 */
const positions = new LocalStore<Record<string, number>>(
  'newsroom-elements:podcast-positions',
  (value) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, number>)
      : undefined,
);

/** The remembered position of an episode, if any. */
export const rememberedPosition = (key: string): number => Number(positions.read()?.[key]) || 0;

/** Remembers `seconds` for the episode `key`; `0` forgets it. */
export function remember(key: string, seconds: number): void {
  const all = {...positions.read()};
  delete all[key];
  if (seconds) all[key] = Math.floor(seconds);
  const keys = Object.keys(all);
  if (keys.length > 100) delete all[keys[0]!];
  positions.write(all);
}
