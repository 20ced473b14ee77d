// oEmbed 1.0 (https://oembed.com) for the embed page: what a site's server answers when a CMS,
// a chat app or a social network asks how to embed an episode's page. Pure functions, no DOM and
// no dependency: they run in Node, Deno, Bun or an edge worker.
import {
  embedCode,
  embedHeight,
  embedUrl,
  escapeAttribute,
  type EmbedParams,
} from '../shared/embed-code.js';
import {safeUrl} from '../shared/safe-url.js';

/** An episode, as the site looks it up from the page's URL. */
export interface OEmbedEpisode {
  title: string;
  /** The audio file's URL (http or https). */
  src: string;
  /** Seconds, or `27:33`. */
  duration?: number | string;
  /**
   * Artwork: the thumbnail. oEmbed gives a thumbnail only with its size, so a bare URL is not
   * passed on; give `{url, width, height}`.
   */
  image?: string | {url: string; width: number; height: number};
  chapters?: string;
  transcript?: string;
}

export interface OEmbedOptions {
  /** The page the consumer asked about (the `url` of the oEmbed request). */
  url: string;
  /** The consumer's `maxwidth` and `maxheight` (numbers, or their text from the query). */
  maxwidth?: number | string | null;
  maxheight?: number | string | null;
  episode: OEmbedEpisode;
  /** Where the site serves `embed.html` (http or https). */
  embedUrl: string;
  /** The site's name; its address (defaults to the origin of `url`). */
  providerName?: string;
  providerUrl?: string;
  /** How the player looks: a language (`ru`), a theme, an accent colour. */
  lang?: string;
  theme?: EmbedParams['theme'];
  accent?: string;
}

/** The oEmbed 1.0 answer for a `rich` embed. */
export interface OEmbedResponse {
  type: 'rich';
  version: '1.0';
  html: string;
  width: number;
  height: number;
  title: string;
  provider_name?: string;
  provider_url?: string;
  thumbnail_url?: string;
  thumbnail_width?: number;
  thumbnail_height?: number;
}

/** The frame's width when the consumer sets no `maxwidth`. */
export const OEMBED_WIDTH = 640;

/** A positive size from a number or its text, else `Infinity` (no limit). */
const limit = (value: unknown): number => {
  const n = Math.floor(Number(value));
  return value !== null && value !== '' && n > 0 ? n : Infinity;
};

/**
 * The oEmbed JSON for an episode: its `html` is the same `<iframe>` the player's share menu
 * copies, no wider than `maxwidth` nor taller than `maxheight`. Throws a `TypeError` when the
 * page, the embed page or the audio is not an http(s) URL.
 */
export function oembed(options: OEmbedOptions): OEmbedResponse {
  const {episode} = options;
  const page = safeUrl(options.url);
  const audio = safeUrl(episode.src);
  const params: EmbedParams = {
    src: audio,
    title: episode.title,
    duration: episode.duration,
    chapters: safeUrl(episode.chapters),
    transcript: safeUrl(episode.transcript),
    lang: options.lang,
    theme: options.theme,
    accent: options.accent,
  };
  const src = embedUrl(options.embedUrl, params);
  if (!page || !audio || !src) {
    throw new TypeError('oembed(): url, embedUrl and episode.src must be http(s) URLs');
  }
  const width = Math.min(OEMBED_WIDTH, limit(options.maxwidth));
  const height = Math.min(embedHeight(params), limit(options.maxheight));
  const title = String(episode.title ?? '').trim();
  const response: OEmbedResponse = {
    type: 'rich',
    version: '1.0',
    html: embedCode({src, title, width, height}),
    width,
    height,
    title,
  };
  if (options.providerName) response.provider_name = options.providerName;
  response.provider_url = safeUrl(options.providerUrl) ?? new URL(page).origin + '/';
  const image = episode.image;
  const thumbnail = typeof image === 'object' && image ? safeUrl(image.url) : undefined;
  if (thumbnail && image && typeof image === 'object' && image.width > 0 && image.height > 0) {
    Object.assign(response, {
      thumbnail_url: thumbnail,
      thumbnail_width: Math.round(image.width),
      thumbnail_height: Math.round(image.height),
    });
  }
  return response;
}

/**
 * The discovery link for an episode's page `<head>`: tells consumers where its oEmbed JSON is
 * (`endpoint?url=<page>&format=json`). Every value is escaped for its attribute.
 */
export function oembedLink({
  endpoint,
  url,
  title,
}: {
  endpoint: string;
  url: string;
  title?: string;
}): string {
  const base = safeUrl(endpoint);
  const page = safeUrl(url);
  if (!base || !page) throw new TypeError('oembedLink(): endpoint and url must be http(s) URLs');
  const href = new URL(base);
  href.searchParams.set('url', page);
  href.searchParams.set('format', 'json');
  const named = title ? ` title="${escapeAttribute(title)}"` : '';
  return `<link rel="alternate" type="application/json+oembed" href="${escapeAttribute(href.href)}"${named}>`;
}
