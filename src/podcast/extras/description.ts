import {parseMarkup} from '../../shared/parse-markup.js';
import {safeUrl} from '../../shared/safe-url.js';

/** Elements a description keeps (their attributes are dropped, but a link's http(s) `href`). */
const kept = new Set(['p', 'br', 'a', 'b', 'strong', 'i', 'em', 'ul', 'ol', 'li', 'blockquote']);
/** An attribute in a tag: its name (group 2), and its value, quoted or not, skipped whole. */
const attribute = /([\s/])([^\s"'>/=]+)(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]*))?/g;

/** A link's target, resolved against the feed, if it is http(s). */
const link = (href: string | null, base: string) => {
  try {
    return href ? safeUrl(new URL(href, base).href) : undefined;
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
        el.setAttribute('href', href);
        el.setAttribute('rel', 'noopener noreferrer nofollow');
      }
      copy(node, el, depth + 1);
    }
  };
  // Event-handler attributes and style sheets would never run or apply in the inert document, but
  // a strict content security policy would still report each one the parser meets: they are
  // renamed first (a `<style>` becomes an inert `<template>`, dropped below). Tags nested deeper
  // than the HTML parser handles quickly are dropped, their text kept.
  let depth = 0;
  const quiet = source
    .slice(0, MAX_DESCRIPTION)
    .replace(/<(\/?)([a-z][^\s/<>]*)(?:[\s/][^<>]*)?>/gi, (tag, closing: string, name: string) => {
      const nests = !flat.test(name);
      if (closing) return nests && depth-- > MAX_TAG_DEPTH ? '' : tag;
      if (nests && ++depth > MAX_TAG_DEPTH) return '';
      return tag
        .replace(attribute, (all, before: string, attr: string) =>
          /^on/i.test(attr) ? `${before}data-${attr}` : all,
        )
        .replace(/^<style\b/i, '<template');
    })
    .replace(/<\/style\b/gi, '</template');
  copy(parseMarkup(quiet, 'text/html').body, out);
  return out;
}
