import {html, nothing, type TemplateResult} from 'lit';
import {safeLink} from '../shared/safe-url.js';

/**
 * `href` as an `<a>`'s: the link when it is a safe one (see `safeLink`), else none, and the `<a>`
 * is then no link. The article's links are always an `<a>` in its templates: a server that cannot
 * tell whether a path is safe (it has no page to resolve it against) and the browser that can
 * draw the same parts, so hydration never finds a link where it expected text.
 */
export const linkTo = (href: unknown) => safeLink(href) ?? nothing;

/**
 * The headline as `<h1>` to `<h6>` (`headings[level - 1]`), named by its part, in its `<a>` (see
 * `linkTo`).
 */
export const headings: ((href: string | typeof nothing, text: string) => TemplateResult)[] = [
  (h, c) => html`<h1 part="headline" dir="auto"><a href=${h}>${c}</a></h1>`,
  (h, c) => html`<h2 part="headline" dir="auto"><a href=${h}>${c}</a></h2>`,
  (h, c) => html`<h3 part="headline" dir="auto"><a href=${h}>${c}</a></h3>`,
  (h, c) => html`<h4 part="headline" dir="auto"><a href=${h}>${c}</a></h4>`,
  (h, c) => html`<h5 part="headline" dir="auto"><a href=${h}>${c}</a></h5>`,
  (h, c) => html`<h6 part="headline" dir="auto"><a href=${h}>${c}</a></h6>`,
];
