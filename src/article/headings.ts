import {html, type TemplateResult} from 'lit';
import {safeLink} from '../shared/safe-url.js';

/** `content`, a link to `href` when it is a safe one (see `safeLink`). */
export const linked = (href: unknown, content: unknown) => {
  const link = safeLink(href);
  return link ? html`<a href=${link}>${content}</a>` : content;
};

/** The headline as `<h1>` to `<h6>` (`headings[level - 1]`), named by its part. */
export const headings: ((content: unknown) => TemplateResult)[] = [
  (c) => html`<h1 part="headline" dir="auto">${c}</h1>`,
  (c) => html`<h2 part="headline" dir="auto">${c}</h2>`,
  (c) => html`<h3 part="headline" dir="auto">${c}</h3>`,
  (c) => html`<h4 part="headline" dir="auto">${c}</h4>`,
  (c) => html`<h5 part="headline" dir="auto">${c}</h5>`,
  (c) => html`<h6 part="headline" dir="auto">${c}</h6>`,
];
