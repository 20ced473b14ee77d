/**
 * A property's value as trimmed text, whatever a script put there: `null` and `undefined` give
 * `''`, numbers and objects their string form, and a value with none (an object whose `toString`
 * throws or is missing, a revoked Proxy) gives `''`. Elements read string properties through
 * this, so `el.headline = null` or `el.title = Symbol()` draws sensibly instead of throwing.
 */
export const text = (value: unknown): string => {
  try {
    return (value == null ? '' : String(value)).trim();
  } catch {
    return '';
  }
};
