import {parseMarkup} from '../../shared/parse-markup.js';
import {safeUrl} from '../../shared/safe-url.js';

/** Elements a description keeps (their attributes are dropped, but a link's http(s) `href`). */
const kept = new Set(['p', 'br', 'a', 'b', 'strong', 'i', 'em', 'ul', 'ol', 'li', 'blockquote']);
/** A link's `href` in its tag, quoted or not (group 1, 2 or 3). */
const hrefIn = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

/**
 * A link's target, resolved against the feed, if it is one to follow: http(s), and without
 * credentials (`https://news.example@evil.example/` reads as one site and goes to another). A feed's
 * links are its host's, not the page's: one refused is left out without a word.
 */
const link = (href: string | null, base: string) => {
  try {
    const url = new URL(href ?? '', base);
    return href && !url.username && !url.password ? safeUrl(url.href) : undefined;
  } catch {
    return undefined;
  }
};

/** The most of a description that is read (characters), and how deep its elements nest. */
export const MAX_DESCRIPTION = 50_000;
const MAX_DEPTH = 16;
/** How deep tags may nest in the text (the HTML parser slows down with depth). */
const MAX_TAG_DEPTH = 64;
/** Elements that never hold another of their kind (void, or closed by the next one). */
const flat =
  /^(?:br|hr|img|wbr|input|meta|link|source|area|col|embed|param|track|p|li|dt|dd|tr|td|th|option)$/i;

/** Elements dropped with everything inside them. */
const dropped = new Set([
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
]);

/**
 * An episode description, made safe to show: HTML is parsed into an inert document and copied
 * out element by element, keeping only paragraphs, line breaks, emphasis, lists, quotes and
 * http(s) links; no attribute, script, style or image survives. Only the first `MAX_DESCRIPTION`
 * characters are read. (RSS descriptions are HTML: plain
 * text is HTML too, with its `&lt;` and `&amp;` decoded.)
 */
export function description(source: string, base = document.baseURI): DocumentFragment {
  const out = document.createDocumentFragment();
  const copy = (from: Node, to: Node, depth = 0): void => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE)
        to.appendChild(document.createTextNode(node.nodeValue!));
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const name = (node as Element).localName;
      if (dropped.has(name)) continue;
      // Deeper than any real description nests, elements are kept as their text.
      if (!kept.has(name) || depth > MAX_DEPTH) {
        copy(node, to, depth);
        continue;
      }
      const el = to.appendChild(document.createElement(name));
      const href = name === 'a' && link((node as Element).getAttribute('href'), base);
      if (href) {
        // A new tab: a link followed inside an embedded player's frame would replace the player.
        el.setAttribute('href', href);
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer nofollow');
      }
      copy(node, el, depth + 1);
    }
  };
  // Before parsing, every attribute but a link's `href` is dropped: event handlers would never run
  // in the inert document, but a strict content security policy would still report each one the
  // parser meets, and formatting tags that differ only by attributes make the parser rebuild all
  // of them after each paragraph. A `<style>` becomes an inert `<template>` (dropped below).
  // Tags nested deeper than the parser handles quickly are dropped, their text kept; a closing
  // tag counts only if it closes one of its kind.
  let depth = 0;
  const open = new Map<string, number>();
  const quiet = source
    .slice(0, MAX_DESCRIPTION)
    .replace(
      /<(\/?)([a-z][^\s/<>]*)(?:[\s/][^<>]*)?>/gi,
      (tag, closing: string, tagName: string) => {
        const name = tagName.toLowerCase();
        const nests = !flat.test(name);
        const count = open.get(name) ?? 0;
        if (closing) {
          // A closing tag that closes nothing counted gives back no depth.
          if (!nests || !count) return tag;
          open.set(name, count - 1);
          depth--;
          return `</${name === 'style' ? 'template' : name}>`;
        }
        if (nests) {
          if (depth === MAX_TAG_DEPTH) return '';
          depth++;
          open.set(name, count + 1);
        }
        if (name === 'style') return '<template>';
        const [, a = '', b = '', c = ''] = (name === 'a' && hrefIn.exec(tag)) || [];
        const href = (a || b || c).replaceAll('"', '&quot;');
        return href ? `<a href="${href}">` : `<${name}>`;
      },
    );
  copy(parseMarkup(quiet, 'text/html').body, out);
  return out;
}
