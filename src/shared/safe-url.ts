import {text} from './text.js';

/**
 * Resolves `value` against the document and returns it only if it is an http(s) URL; anything
 * else (`javascript:`, `data:`, `vbscript:`, garbage) gives `undefined`. Every URL that an element
 * puts into an `href` or a `src`, or shares, goes through here.
 */
export function safeUrl(value: unknown): string | undefined {
  const href = text(value);
  if (!href) return undefined;
  try {
    const url = new URL(href, document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
