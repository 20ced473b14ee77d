import {safeUrl} from '../../shared/safe-url.js';
import {parseTime} from '../time.js';
import {cutFeed, readXml} from './feed-pieces.js';
import {wellKnown} from './feed-repair.js';
import {Pacer} from './pacer.js';

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
 * Which namespace an element is in, by the prefixes and URIs feeds use: RSS's own elements are in
 * their channel's (`Own`); the others are known by their URI in any letter case (hosts write
 * `http://www.itunes.com/DTDs/Podcast-1.0.dtd`, `https://…`), or, for a URI misspelled, by the
 * usual prefix.
 */
type Namespace = keyof typeof wellKnown | Own;
/** A namespace URI as compared: without its scheme or a last slash, in lower case. */
const bare = (uri: string) => uri.toLowerCase().replace(/^https?:\/\/|\/$/g, '');
const aliases = [
  ...Object.entries(wellKnown),
  ['podcast', 'https://github.com/Podcastindex-org/podcast-namespace/blob/main/docs/1.0.md'],
].map(([prefix, uri]) => [prefix, bare(uri!)]);
const inNamespace = (el: Element, ns: Namespace) =>
  typeof ns == 'object'
    ? el.namespaceURI === ns.uri
    : el.prefix === ns ||
      aliases.some(([prefix, uri]) => prefix === ns && uri === bare(el.namespaceURI ?? ''));
/** RSS's own elements: in no namespace, or in the one the feed's `<channel>` is in (UserLand's). */
type Own = {uri: string | null};

/** The most episodes kept of a feed (the first, usually the newest). */
export const MAX_EPISODES = 10_000;

/** The transcript formats the player reads, best first. */
const transcriptTypes = ['text/vtt', 'application/x-subrip', 'application/srt', 'application/json'];
/** A MIME type without its parameters: `text/vtt; charset=utf-8` → `text/vtt`. */
const mime = (el: Element) => (el.getAttribute('type') ?? '').split(';')[0]!.trim().toLowerCase();

/** An element's children by name, looked up many times for each item. `own`: the feed's own namespace (none for RSS, Atom's for Atom). */
function childrenOf(parent: Element, own: Namespace) {
  const byName = new Map<string, Element[]>();
  for (const el of parent.children) {
    const list = byName.get(el.localName);
    if (list) list.push(el);
    else byName.set(el.localName, [el]);
  }
  const all = (name: string, ns = own) =>
    (byName.get(name) ?? []).filter((el) => inNamespace(el, ns));
  const text = (name: string, ns?: Namespace) => all(name, ns)[0]?.textContent?.trim() ?? '';
  return {all, text, one: (name: string, ns?: Namespace) => all(name, ns)[0]};
}

/** Reads a channel and its items, their URLs resolved against `base` (http(s) only, else empty). */
function reader(base: string) {
  const url = (value: string | null | undefined) => {
    try {
      return (value && safeUrl(new URL(value.trim(), base).href)) || '';
    } catch {
      return '';
    }
  };
  const imageOf = ({one, text}: ReturnType<typeof childrenOf>) =>
    url(
      one('image', 'itunes')?.getAttribute('href') ??
        (one('image')?.querySelector('url')?.textContent || text('logo') || text('icon')),
    );
  const channel = (el: Element, own: Namespace) => {
    const kids = childrenOf(el, own);
    return {title: kids.text('title'), artwork: imageOf(kids)};
  };
  const episode = (item: Element, own: Namespace, artwork: string): Episode => {
    const kids = childrenOf(item, own);
    const {all, one, text} = kids;
    // The audio: an enclosure (in Atom, a link), else Media RSS content (alone or in groups),
    // audio first, then one that does not say what it is, then video (played as audio); never
    // the cover image.
    const media = [...all('content', 'media'), ...all('group', 'media')].flatMap((el) =>
      el.localName === 'group' ? childrenOf(el, own).all('content', 'media') : [el],
    );
    const links = all('link').filter((el) => el.getAttribute('rel') === 'enclosure');
    const candidates = [...all('enclosure'), ...links, ...media];
    const kind = (el: Element) => mime(el) || (el.getAttribute('medium') ?? '');
    const enclosure =
      ['audio', '', 'video']
        .map((type) => candidates.find((el) => kind(el).split('/')[0] === type))
        .find(Boolean) ??
      // Anything else but a picture (application/octet-stream, application/ogg): apps play it.
      candidates.find((el) => !kind(el).startsWith('image'));
    const transcripts = all('transcript', 'podcast');
    const transcript = transcriptTypes
      .map((type) => transcripts.find((el) => mime(el) === type))
      .find(Boolean);
    return {
      title: text('title') || text('title', 'itunes'),
      src: url(enclosure?.getAttribute('url') ?? enclosure?.getAttribute('href')),
      duration: parseTime(text('duration', 'itunes')),
      artwork: imageOf(kids) || artwork,
      chapters: url(one('chapters', 'podcast')?.getAttribute('url')),
      transcript: url(transcript?.getAttribute('url')),
      description:
        text('encoded', 'content') ||
        text('description') ||
        text('content') ||
        text('summary') ||
        text('summary', 'itunes'),
    };
  };
  return {channel, episode};
}

/**
 * Reads an RSS 2.0 podcast feed (with the iTunes, Podcasting 2.0 and Media RSS namespaces), as
 * podcast apps do: leading white space, a byte-order mark and common XML mistakes forgiven. A
 * long feed is read in pieces, giving the main thread back between them. Relative URLs are
 * resolved against `base`, the feed's own URL. Atom feeds with enclosure links are read too.
 * Rejects with a SyntaxError when it is neither.
 */
export async function parseFeed(source: string, base: string): Promise<Feed> {
  const xml = source.trimStart();
  const pace = new Pacer();
  const read = reader(base);
  // In pieces if it can be cut so, else (or if a piece cannot be read) whole.
  const cut = cutFeed(xml);
  for (const texts of cut ? [cut, [xml]] : [[xml]]) {
    let show: {title: string; artwork: string} | undefined;
    const episodes: Episode[] = [];
    for (const [i, text] of texts.entries()) {
      const doc = readXml(text);
      // RSS's channel and items, or an Atom feed and its entries.
      const rss = doc?.querySelector('rss > channel');
      const atom = doc?.documentElement;
      const own = rss ? {uri: rss.namespaceURI} : 'atom';
      const channel =
        rss ?? (atom && inNamespace(atom, 'atom') && atom.localName === 'feed' ? atom : undefined);
      if (!channel) break;
      show ??= read.channel(channel, own);
      for (const item of channel.children) {
        if (item.localName !== (rss ? 'item' : 'entry') || !inNamespace(item, own)) continue;
        if (episodes.length === MAX_EPISODES) return {title: show.title, episodes};
        episodes.push(read.episode(item, own, show.artwork));
        if (pace.due) await pace.rest();
      }
      if (i === texts.length - 1) return {title: show.title, episodes};
      if (pace.due) await pace.rest();
    }
  }
  throw new SyntaxError('not an RSS or Atom feed');
}
