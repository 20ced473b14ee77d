import {html, nothing, type TemplateResult} from 'lit';
import {safeLink} from '../shared/safe-url.js';

/**
 * `content` in an `<a>`, a link to `href` when it is a safe one (see `safeLink`); otherwise an
 * `<a>` without `href`, which is no link. Always the same markup: a server that cannot tell
 * whether a path is safe (it has no page to resolve it against) and the browser that can
 * still draw the same parts, so hydration never finds a link where it expected text.
 */
export const linked = (href: unknown, content: unknown) =>
  html`<a href=${safeLink(href) ?? nothing}>${content}</a>`;

/** The headline as `<h1>` to `<h6>` (`headings[level - 1]`), named by its part. */
export const headings: ((content: unknown) => TemplateResult)[] = [
  (c) => html`<h1 part="headline" dir="auto">${c}</h1>`,
  (c) => html`<h2 part="headline" dir="auto">${c}</h2>`,
  (c) => html`<h3 part="headline" dir="auto">${c}</h3>`,
  (c) => html`<h4 part="headline" dir="auto">${c}</h4>`,
  (c) => html`<h5 part="headline" dir="auto">${c}</h5>`,
  (c) => html`<h6 part="headline" dir="auto">${c}</h6>`,
];
