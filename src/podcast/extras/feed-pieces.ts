import {parseMarkup} from '../../shared/parse-markup.js';
import {repairFeed} from './feed-repair.js';

/** An XML document of `text`, mended once if it has mistakes; undefined if it still has. */
export function readXml(text: string): Document | undefined {
  let doc = parseMarkup(text, 'application/xml');
  if (doc.querySelector('parsererror')) doc = parseMarkup(repairFeed(text), 'application/xml');
  return doc.querySelector('parsererror') ? undefined : doc;
}

/** About how much of a feed's items each piece holds (characters). */
const PIECE = 256 * 1024;

/**
 * A long RSS feed cut into documents the browser parses quickly, each in a task of its own: the
 * channel without its items, then its items a piece at a time, each wrapped in the feed's own
 * opening tags (so its namespaces and entities hold). Undefined when the feed has no items to cut
 * between; a piece that does not parse (a `</item>` in CDATA) makes the reader fall back to the
 * whole feed.
 */
export function cutFeed(xml: string): string[] | undefined {
  const channel = xml.indexOf('<channel');
  const open = xml.indexOf('>', channel) + 1;
  const first = xml.slice(open).search(/<item[\s>]/) + open;
  const last = xml.lastIndexOf('</item>') + '</item>'.length;
  if (channel < 0 || first < open || last <= first) return undefined;
  const head = xml.slice(0, open);
  const pieces = [xml.slice(0, first) + xml.slice(last)];
  for (let at = first; at < last; ) {
    const end = xml.indexOf('</item>', Math.min(at + PIECE, last - 7)) + '</item>'.length;
    pieces.push(`${head}${xml.slice(at, end)}</channel></rss>`);
    at = end;
  }
  return pieces;
}
