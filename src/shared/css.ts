import {unsafeCSS, type CSSResult} from 'lit';

/**
 * The `css` tag of our own style sheets: the literal's text as a Lit `CSSResult`, as Lit's `css`
 * gives it. Lit's tag also vets each value interpolated into a sheet (with its error messages,
 * some 160 bytes gzip that every element paid for); ours takes no values at all (a `${…}` does
 * not type-check), so there is nothing to vet. Each sheet is made once, when its module loads.
 */
export const css = (strings: TemplateStringsArray): CSSResult => unsafeCSS(strings[0]);
