import {safeUrl} from './safe-url.js';
import {text} from './text.js';

/**
 * What an embed page (`dist/embed.html`) is told in its query: the episode and how to show it.
 * Every field is optional but `src` (or `feed`); the page checks each again (see
 * `src/embed/params.ts`), so this only leaves out what is empty.
 */
export interface EmbedParams {
  /** The audio file (http or https). */
  src?: string;
  title?: string;
  /** Seconds, or `27:33`. */
  duration?: string | number;
  chapters?: string;
  transcript?: string;
  feed?: string;
  /** With `feed`: which episode, counting from 1 (the newest). */
  episode?: string | number;
  /** Where playing starts, in seconds. */
  start?: string | number;
  lang?: string;
  theme?: 'light' | 'dark' | 'auto';
  /** A CSS colour for the play button and progress. */
  accent?: string;
}

/** The query parameters the embed page reads, in the order they are written. */
export const EMBED_PARAMS = [
  'src',
  'title',
  'duration',
  'chapters',
  'transcript',
  'feed',
  'episode',
  'start',
  'lang',
  'theme',
  'accent',
] as const;

/** The iframe's `sandbox`: enough to play, fetch a feed and open a link in a new tab. */
export const EMBED_SANDBOX =
  'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox';

/**
 * The frame's height in CSS pixels when nothing resizes it: the player's one row, or the row,
 * the buttons of its extras and one open list (chapters, transcript, episodes).
 */
export const embedHeight = (params: EmbedParams): number =>
  params.chapters || params.transcript || params.feed ? 400 : 64;

/** `page` with `params` in its query (empty ones left out), or undefined if `page` is not http(s). */
export function embedUrl(page: string, params: EmbedParams): string | undefined {
  const checked = safeUrl(page);
  if (!checked) return undefined;
  const url = new URL(checked);
  for (const name of EMBED_PARAMS) {
    const value = text(params[name]);
    if (value) url.searchParams.set(name, value);
  }
  return url.href;
}

/** Text for an attribute value in double quotes. */
export const escapeAttribute = (value: string): string =>
  value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface EmbedCodeOptions {
  /** The embed page, with its query (see `embedUrl`). */
  src: string;
  /**
   * Names the frame for screen readers: the episode's title. Empty: "Podcast player" (the share
   * menu gives its own, in the player's language).
   */
  title: string;
  /** Width in pixels; none: the frame fills its column. */
  width?: number;
  height: number;
}

/**
 * The `<iframe>` a site pastes (or an oEmbed answer carries): named for screen readers, loaded
 * lazily, sandboxed, allowed to play. Every value is escaped for its attribute.
 */
export function embedCode({src, title, width, height}: EmbedCodeOptions): string {
  const size =
    width! > 0
      ? `width="${Math.round(width!)}" height="${Math.round(height)}" style="border:0"`
      : `height="${Math.round(height)}" style="border:0;width:100%"`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title || 'Podcast player')}" ` +
    `${size} loading="lazy" sandbox="${EMBED_SANDBOX}" allow="autoplay"></iframe>`
  );
}
