import {parseMarkup} from '../../shared/parse-markup.js';
import {safeUrl} from '../../shared/safe-url.js';
import {parseTime} from '../time.js';

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

/** Namespaces, with the aliases feeds in the wild use. RSS's own elements have none. */
const ITUNES = [
  'http://www.itunes.com/dtds/podcast-1.0.dtd',
  'https://www.itunes.com/dtds/podcast-1.0.dtd',
];
const PODCAST = [
  'https://podcastindex.org/namespace/1.0',
  'https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md',
];
const CONTENT = ['http://purl.org/rss/1.0/modules/content/'];
const RSS = [null];

/** The transcript formats the player reads, best first. */
const transcriptTypes = ['text/vtt', 'application/x-subrip', 'application/srt', 'application/json'];
/** A MIME type without its parameters: `text/vtt; charset=utf-8` → `text/vtt`. */
const mime = (el: Element) => (el.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();

/**
 * Reads an RSS 2.0 podcast feed (with the iTunes and Podcasting 2.0 namespaces). Relative URLs
 * are resolved against `base`, the feed's own URL. Throws a SyntaxError when it is not RSS.
 */
export function parseFeed(source: string, base: string): Feed {
  const doc = parseMarkup(source, 'application/xml');
  const channel = doc.querySelector('rss > channel');
  if (doc.querySelector('parsererror') || !channel) throw new SyntaxError('not an RSS feed');
  const url = (value: string | null | undefined) => {
    try {
      return (value && safeUrl(new URL(value.trim(), base).href)) || '';
    } catch {
      return '';
    }
  };
  const children = (parent: Element, name: string, ns: (string | null)[] = RSS) =>
    [...parent.children].filter((el) => el.localName === name && ns.includes(el.namespaceURI));
  const child = (parent: Element, name: string, ns?: (string | null)[]) =>
    children(parent, name, ns)[0];
  const textOf = (parent: Element, name: string, ns?: (string | null)[]) =>
    child(parent, name, ns)?.textContent?.trim() ?? '';
  const imageOf = (parent: Element) =>
    url(
      child(parent, 'image', ITUNES)?.getAttribute('href') ??
        textOf(child(parent, 'image') ?? parent, 'url'),
    );
  const artwork = imageOf(channel);
  const episodes = children(channel, 'item').map((item): Episode => {
    // The audio: an audio/* enclosure, else one that does not say (not the cover image).
    const enclosures = children(item, 'enclosure');
    const enclosure =
      enclosures.find((el) => mime(el).startsWith('audio/')) ?? enclosures.find((el) => !mime(el));
    const transcripts = children(item, 'transcript', PODCAST);
    const transcript = transcriptTypes
      .map((type) => transcripts.find((el) => mime(el) === type))
      .find(Boolean);
    return {
      title: textOf(item, 'title') || textOf(item, 'title', ITUNES),
      src: url(enclosure?.getAttribute('url')),
      duration: parseTime(textOf(item, 'duration', ITUNES)),
      artwork: imageOf(item) || artwork,
      chapters: url(child(item, 'chapters', PODCAST)?.getAttribute('url')),
      transcript: url(transcript?.getAttribute('url')),
      description:
        textOf(item, 'encoded', CONTENT) ||
        textOf(item, 'description') ||
        textOf(item, 'summary', ITUNES),
    };
  });
  return {title: textOf(channel, 'title'), episodes};
}
