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

const ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
const PODCAST = 'https://podcastindex.org/namespace/1.0';

/** The transcript formats the player reads, best first. */
const transcriptTypes = ['text/vtt', 'application/x-subrip', 'application/srt', 'application/json'];

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
  const child = (parent: Element, name: string, ns?: string) =>
    [...parent.children].find((el) => el.localName === name && (!ns || el.namespaceURI === ns));
  const textOf = (parent: Element, name: string, ns?: string) =>
    child(parent, name, ns)?.textContent?.trim() ?? '';
  const imageOf = (parent: Element) =>
    url(
      child(parent, 'image', ITUNES)?.getAttribute('href') ??
        textOf(child(parent, 'image') ?? parent, 'url'),
    );
  const artwork = imageOf(channel);
  const episodes = [...channel.children]
    .filter((el) => el.localName === 'item')
    .map((item): Episode => {
      const enclosure = child(item, 'enclosure');
      const transcripts = [...item.children].filter(
        (el) => el.localName === 'transcript' && el.namespaceURI === PODCAST,
      );
      const transcript = transcriptTypes
        .map((type) => transcripts.find((el) => el.getAttribute('type') === type))
        .find(Boolean);
      return {
        title: textOf(item, 'title') || textOf(item, 'title', ITUNES),
        src: url(enclosure?.getAttribute('url')),
        duration: parseTime(textOf(item, 'duration', ITUNES)),
        artwork: imageOf(item) || artwork,
        chapters: url(child(item, 'chapters', PODCAST)?.getAttribute('url')),
        transcript: url(transcript?.getAttribute('url')),
        description:
          textOf(item, 'encoded') || textOf(item, 'description') || textOf(item, 'summary', ITUNES),
      };
    });
  return {title: textOf(channel, 'title'), episodes};
}
