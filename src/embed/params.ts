import {languages} from '../shared/i18n.js';
import {safeUrl} from '../shared/safe-url.js';
import {parseTime} from '../podcast/time.js';

/** What the embed page shows, from its query once checked: only what passed is set. */
export interface EmbedSettings {
  src?: string;
  title?: string;
  /** As the player's `duration` attribute takes it (seconds). */
  duration?: string;
  chapters?: string;
  transcript?: string;
  feed?: string;
  /** With `feed`: which episode, counting from 0. */
  episode?: number;
  /** Seconds. */
  start?: number;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  accent?: string;
}

/** Longer text than this is cut: a title is a line, not a book. */
const MAX_TEXT = 300;

/** A length or a moment (`90`, `1:30`, `1:02:03`) in seconds, if it is one. */
const seconds = (value: string | null): number | undefined => {
  const at = parseTime(value ?? '');
  return at >= 0 && at < 1e7 ? at : undefined;
};

/**
 * Reads the embed page's query (and its `#t=`): URLs must be http(s), the colour a colour, the
 * language one of ours, the theme a known one; anything else is left out. `isColor` is
 * `CSS.supports('color', v)` in a browser.
 */
export function readParams(
  query: URLSearchParams,
  hash: string,
  isColor: (value: string) => boolean,
): EmbedSettings {
  const get = (name: string) => query.get(name)?.trim() || null;
  const settings: EmbedSettings = {};
  for (const name of ['src', 'chapters', 'transcript', 'feed'] as const) {
    const url = safeUrl(get(name));
    if (url) settings[name] = url;
  }
  const title = get('title');
  if (title) settings.title = [...title].slice(0, MAX_TEXT).join('');
  const duration = seconds(get('duration'));
  if (duration) settings.duration = String(duration);
  // Digits only: `Number()` would also take `0x10` or `1e3`.
  const episode = /^\d{1,5}$/.test(get('episode') ?? '') ? Number(get('episode')) : 0;
  if (episode >= 1 && episode <= 10000) settings.episode = episode - 1;
  // A `#t=` that is no time leaves `?start=` to say where to start.
  const start = seconds(/(?:^#|&)t=([\d.:]+)/.exec(hash)?.[1] ?? null) ?? seconds(get('start'));
  if (start) settings.start = start;
  const lang = get('lang')?.toLowerCase();
  if ((languages as readonly string[]).includes(lang!)) settings.lang = lang!;
  const theme = get('theme')?.toLowerCase();
  if (theme === 'light' || theme === 'dark' || theme === 'auto') settings.theme = theme;
  const accent = get('accent');
  // A colour, and nothing that could end the declaration it goes into.
  if (accent && accent.length < 64 && !/[;{}\\]/.test(accent) && isColor(accent)) {
    settings.accent = accent;
  }
  return settings;
}
