import {decodeReferences} from './cue-text.js';

/** The namespaces of the prefixes podcast feeds use, for feeds that use them undeclared. */
export const wellKnown: Readonly<Record<string, string>> = {
  itunes: 'http://www.itunes.com/dtds/podcast-1.0.dtd',
  podcast: 'https://podcastindex.org/namespace/1.0',
  content: 'http://purl.org/rss/1.0/modules/content/',
  media: 'http://search.yahoo.com/mrss/',
  atom: 'http://www.w3.org/2005/Atom',
  dc: 'http://purl.org/dc/elements/1.1/',
  googleplay: 'http://www.google.com/schemas/play-podcasts/1.0',
};

/** XML's own references, in the only case XML knows them; any other is HTML's, mended. */
const xmlReference = /^&(?:amp|lt|gt|quot|apos|#\d+|#x[\da-fA-F]+);$/;

/**
 * Mends the XML mistakes that podcast apps forgive, so that a feed with them can be read: prefixes
 * used without their namespace declaration (declared on the root element), and HTML's character
 * references or a bare `&` outside CDATA (written as the character HTML would read there).
 */
export function repairFeed(source: string): string {
  const used = new Set<string>();
  for (const [, prefix] of source.matchAll(/<\/?([a-z_][\w.-]*):/gi)) used.add(prefix!);
  const declarations = [...used]
    .filter((prefix) => !/^xml/i.test(prefix) && !source.includes(`xmlns:${prefix}=`))
    .map((prefix) => ` xmlns:${prefix}="${wellKnown[prefix] ?? `urn:x-undeclared:${prefix}`}"`)
    .join('');
  // CDATA is copied as it is; references are mended in what lies between.
  const pieces: string[] = [];
  for (let at = 0; at < source.length; ) {
    const open = source.indexOf('<![CDATA[', at);
    const close = open < 0 ? -1 : source.indexOf(']]>', open);
    const end = open < 0 ? source.length : open;
    pieces.push(source.slice(at, end));
    const after = close < 0 ? source.length : close + 3;
    if (open >= 0) pieces.push(source.slice(open, after));
    at = open < 0 ? source.length : after;
  }
  const references: string[] = [];
  /** A reference HTML would decode, marked to be replaced by what it decodes to. */
  const mark = (reference: string) => `&${references.push(reference) - 1}\0`;
  const mend = (reference: string, inTag: boolean) =>
    xmlReference.test(reference)
      ? reference
      : // In an attribute (a URL's query), only a reference ended by `;` is one, as in HTML.
        inTag && !reference.endsWith(';')
        ? `&amp;${reference.slice(1)}`
        : mark(reference);
  const marked = pieces.map((piece, i) =>
    i % 2
      ? piece
      : piece.replace(/<[^<>]*>|&#?\w*;?/g, (found) =>
          found[0] === '<'
            ? found.replace(/&#?\w*;?/g, (reference) => mend(reference, true))
            : mend(found, false),
        ),
  );
  const decoded = decodeReferences(references);
  const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return marked
    .join('')
    .replace(/&(\d+)\0/g, (_, i: string) => escape(decoded[+i]!))
    .replace(/<(rss|feed)\b/, `<$1${declarations}`);
}
