import {parseMarkup} from '../../shared/parse-markup.js';
import {safeUrl} from '../../shared/safe-url.js';
import {parseTime} from '../time.js';
import {repairFeed, wellKnown} from './feed-repair.js';

/** One episode of a feed. URLs are absolute and http(s), or empty. */
export interface Episode {
  title: string;
  /** The audio (the enclosure); empty when the item has none. */
  src: string;
  /** Seconds; `NaN` when the feed does not say. */
  duration: number;
  artwork: string;
  chapters: string;
  transcript: string;
  /** The description as the feed gives it: text, or HTML to be sanitised before it is shown. */
  description: string;
}

export interface Feed {
  title: string;
  episodes: Episode[];
}

/**
 * Which namespace an element is in, by the prefixes and URIs feeds use: RSS's own elements have
 * none; the others are known by their URI in any letter case (hosts write
 * `http://www.itunes.com/DTDs/Podcast-1.0.dtd`, `https://…`), or, for a URI misspelled, by the
 * usual prefix.
 */
type Namespace = keyof typeof wellKnown | null;
const RSS: Namespace = null;
/** A namespace URI as compared: without its scheme or a last slash, in lower case. */
const bare = (uri: string) => uri.toLowerCase().replace(/^https?:\/\/|\/$/g, '');
const aliases = [
  ...Object.entries(wellKnown),
  ['podcast', 'https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md'],
].map(([prefix, uri]) => [prefix, bare(uri!)]);
const inNamespace = (el: Element, ns: Namespace) =>
  ns
    ? el.prefix === ns ||
      aliases.some(([prefix, uri]) => prefix === ns && uri === bare(el.namespaceURI ?? ''))
    : !el.namespaceURI;

/** The most episodes kept of a feed (the first, usually the newest). */
export const MAX_EPISODES = 10_000;

/** The transcript formats the player reads, best first. */
const transcriptTypes = ['text/vtt', 'application/x-subrip', 'application/srt', 'application/json'];
/** A MIME type without its parameters: `text/vtt; charset=utf-8` → `text/vtt`. */
const mime = (el: Element) => (el.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * Reads an RSS 2.0 podcast feed (with the iTunes and Podcasting 2.0 namespaces). Relative URLs
 * are resolved against `base`, the feed's own URL. Throws a SyntaxError when it is not RSS.
 */
export function parseFeed(source: string, base: string): Feed {
  const xml = source.trimStart();
  let doc = parseMarkup(xml, 'application/xml');
  // A feed with XML mistakes is mended and read again, as podcast apps read it.
  if (doc.querySelector('parsererror')) doc = parseMarkup(repairFeed(xml), 'application/xml');
  const channel = doc.querySelector('rss > channel');
  if (doc.querySelector('parsererror') || !channel) throw new SyntaxError('not an RSS feed');
  const url = (value: string | null | undefined) => {
    try {
      return (value && safeUrl(new URL(value.trim(), base).href)) || '';
    } catch {
      return '';
    }
  };
  const children = (parent: Element, name: string, ns = RSS) =>
    [...parent.children].filter((el) => el.localName === name && inNamespace(el, ns));
  const child = (parent: Element, name: string, ns?: Namespace) => children(parent, name, ns)[0];
  const textOf = (parent: Element, name: string, ns?: Namespace) =>
    child(parent, name, ns)?.textContent?.trim() ?? '';
  const imageOf = (parent: Element) =>
    url(
      child(parent, 'image', 'itunes')?.getAttribute('href') ??
        textOf(child(parent, 'image') ?? parent, 'url'),
    );
  const artwork = imageOf(channel);
  const episodes = children(channel, 'item')
    .slice(0, MAX_EPISODES)
    .map((item): Episode => {
      // The audio: an enclosure, else Media RSS content (alone or in groups), audio first, then one
      // that does not say what it is, then video (played as audio); never the cover image.
      const media = [item, ...children(item, 'group', 'media')].flatMap((el) =>
        children(el, 'content', 'media'),
      );
      const candidates = [...children(item, 'enclosure'), ...media];
      const kind = (el: Element) => mime(el) || (el.getAttribute('medium') ?? '');
      const enclosure = ['audio', '', 'video']
        .map((type) => candidates.find((el) => kind(el).split('/')[0] === type))
        .find(Boolean);
      const transcripts = children(item, 'transcript', 'podcast');
      const transcript = transcriptTypes
        .map((type) => transcripts.find((el) => mime(el) === type))
        .find(Boolean);
      return {
        title: textOf(item, 'title') || textOf(item, 'title', 'itunes'),
        src: url(enclosure?.getAttribute('url')),
        duration: parseTime(textOf(item, 'duration', 'itunes')),
        artwork: imageOf(item) || artwork,
        chapters: url(child(item, 'chapters', 'podcast')?.getAttribute('url')),
        transcript: url(transcript?.getAttribute('url')),
        description:
          textOf(item, 'encoded', 'content') ||
          textOf(item, 'description') ||
          textOf(item, 'summary', 'itunes'),
      };
    });
  return {title: textOf(channel, 'title'), episodes};
}
