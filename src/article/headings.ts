import {html} from 'lit';

/** `content`, a link to `href` when there is one. */
export const linked = (href: string | false | undefined, content: unknown) =>
  href ? html`<a href=${href}>${content}</a>` : content;

/**
 * `<h1 part="headline" dir="auto">…</h1>` to `<h6>`: the strings of six constant templates, made
 * here as the tag `html\`…\`` gives them (lit's static templates would cost a page far more).
 */
export const headings = [1, 2, 3, 4, 5, 6].map((n) => {
  const strings = [`<h${n} part="headline" dir="auto">`, `</h${n}>`];
  return Object.assign(strings, {raw: strings}) as unknown as TemplateStringsArray;
});
