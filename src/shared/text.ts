/**
 * A property's value as trimmed text, whatever a script put there: `null` and `undefined` give
 * `''`, numbers and objects their string form. Elements read string properties through this, so
 * `el.headline = null` or `el.title = NaN` draws sensibly instead of throwing.
 */
export const text = (value: unknown): string => (value == null ? '' : String(value)).trim();
