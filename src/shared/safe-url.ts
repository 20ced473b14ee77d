import {text} from './text.js';

/**
 * Resolves `value` against the document and returns it only if it is an http(s) URL (or, with
 * `blob`, a `blob:` URL the page made itself, as media sources may be); anything else
 * (`javascript:`, `data:`, `vbscript:`, garbage) gives `undefined`. Every URL that an element
 * puts into an `href` or a `src`, or shares, goes through here.
 */
export function safeUrl(value: unknown, blob = false): string | undefined {
  return parse(text(value), blob)?.href;
}

/** `value` resolved against the document, if it is an http(s) URL (or `blob:`, with `blob`). */
function parse(value: string, blob: boolean): URL | undefined {
  if (!value) return undefined;
  try {
    // On a server (no document) only absolute URLs resolve.
    const url = new URL(value, globalThis.document?.baseURI);
    return /^https?:$/.test(url.protocol) || (blob && url.protocol == 'blob:') ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The links already refused (each is said once). */
const refused = new Set<string>();

/** The last link checked: what was written, the document's base URL then, and the answer. */
let last: [string, string | undefined, string | undefined] | undefined;

/**
 * A link a reader follows or shares: `safeUrl`'s rules and more. No credentials
 * (`https://news.example@evil.example/` reads as news.example but goes elsewhere), and a value not
 * written as an absolute http(s) URL (a path, `//host`, backslashes, `https:host`) must resolve to
 * the page's own site, since it reads as a path there. Anything else gives `undefined`, and the
 * console says so once.
 */
export function safeLink(value: unknown): string | undefined {
  const written = text(value);
  const base = globalThis.document?.baseURI;
  // A card asks for its link several times an update (its bookmark, its share, its headline).
  if (last?.[0] !== written || last[1] !== base) last = [written, base, checkLink(written)];
  return last[2];
}

function checkLink(written: string): string | undefined {
  // On a server (no page to resolve against) a path from the site's root is kept as written; a
  // relative one is left to the browser, and said nothing of (and no URL parser throws on it).
  if (!globalThis.location && !/^https?:\/\//i.test(written)) {
    return /^\/(?![/\\])[^\\]*$/.test(written) ? written : undefined;
  }
  const url = parse(written, false);
  if (
    url &&
    !url.username &&
    !url.password &&
    (/^https?:\/\/[^\\]*$/i.test(written) || url.origin === globalThis.location?.origin)
  )
    return url.href;
  if (written && !refused.has(written)) {
    refused.add(written);
    console.error(
      `newsroom-elements: not linking to or sharing "${written}": only http(s) URLs without credentials, or paths on this site.`,
    );
  }
  return undefined;
}
