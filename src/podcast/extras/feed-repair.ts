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
 * Characters XML 1.0 has no place for, even as a reference: the C0 controls but tab and line
 * ends, U+FFFE and U+FFFF.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is its purpose.
const notXml = /[\0-\x08\v\f\x0e-\x1f\ufffe\uffff]/g;
/** Whether a numeric reference (`&#65;`, `&#x41;`) names a character XML allows. */
const xmlCharacter = (reference: string) => {
  const code = +`0${reference.slice(2, -1)}`;
  return (
    [9, 10, 13].includes(code) ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
};

/**
 * Mends the XML mistakes that podcast apps forgive, so that a feed with them can be read: prefixes
 * used without their namespace declaration (declared on the root element), HTML's character
 * references or a bare `&` outside CDATA (written as the character HTML would read there), and
 * characters XML has no place for, written or referred to (`&#0;`: U+FFFD, as HTML reads it).
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
    xmlReference.test(reference) && (reference[1] !== '#' || xmlCharacter(reference))
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
    .replace(notXml, '\ufffd')
    .replace(/<(rss|feed)\b/, `<$1${declarations}`);
}
