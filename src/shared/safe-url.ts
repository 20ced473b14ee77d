/**
 * Resolves `value` against the document and returns it only if it is an http(s) URL; anything
 * else (`javascript:`, `data:`, `vbscript:`, garbage) gives `undefined`. Every URL that an element
 * puts into an `href` or a `src`, or shares, goes through here.
 */
export function safeUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value.trim(), document.baseURI);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}
