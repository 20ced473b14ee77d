import {embedCode, embedHeight, embedUrl, type EmbedParams} from '../../shared/embed-code.js';
import {safeUrl} from '../../shared/safe-url.js';
import {text} from '../../shared/text.js';
import type {PlayerHost} from '../player-host.js';
import type {Episodes} from './episodes.js';
import {t} from './extras.strings.js';

/**
 * The embed code the share menu offers as "Embed", when the player has an `embed-src` (where the
 * site serves dist/embed.html): an `<iframe>` of that page for this episode, at the moment playing,
 * in the player's language. Empty without `embed-src`, or when it is not an http(s) URL.
 */
export function embedCodeFor(host: PlayerHost, episodes: Episodes, lang: string): string {
  const page = host.getAttribute('embed-src');
  if (!page) return '';
  const {chapters, duration} = host;
  const params: EmbedParams = {
    src: safeUrl(host.src),
    title: text(host.title),
    duration: duration > 0 && duration < Infinity ? Math.round(duration) : '',
    chapters: typeof chapters === 'string' ? safeUrl(chapters) : undefined,
    transcript: safeUrl(host.transcript),
    feed: safeUrl(host.feed),
    episode: episodes.feed && episodes.index > 0 ? episodes.index + 1 : undefined,
    start: Math.floor(host.currentTime) || undefined,
    lang: lang.split('-')[0] === 'en' ? undefined : lang.split('-')[0],
  };
  const src = embedUrl(page, params);
  const title = text(host.title) || t(lang, 'embedTitle');
  return src ? embedCode({src, title, height: embedHeight(params)}) : '';
}
