// The demo pages' two menus, the demo's pages and the elements' docs, written into each page by
// `npm run docs` from one list (and checked by `npm run docs -- --check`), so that a page or an
// element is added in one place. The pages stay static HTML: plain.html loads one script only.

/** The demo's pages, in menu order: demo/<file>.html and its name in the menu. */
export const DEMO_PAGES = [
  ['index', 'Article'],
  ['podcast', 'Podcasts'],
  ['theming', 'Theming'],
  ['seed', 'Seed theme'],
  ['icons', 'Icons'],
  ['vue', 'Vue'],
  ['plain', 'Plain HTML'],
];

/** `<nav …opening>` … `</nav>`, at its indent, with `links` inside, one a line, indented once more. */
function writeNav(html, opening, links, file) {
  const at = html.indexOf(opening);
  if (at < 0) throw new Error(`demo/${file}.html: no ${opening}`);
  const indent = html.slice(html.lastIndexOf('\n', at) + 1, at);
  // The first </nav> after it closes it, on a line of its own at the same indent.
  const end = html.indexOf('</nav>', at);
  const closeLine = html.lastIndexOf('\n', end);
  if (end < 0 || closeLine < at || html.slice(closeLine + 1, end) !== indent) {
    throw new Error(`demo/${file}.html: ${opening} is not closed at its indent`);
  }
  const inner = links.map((link) => `\n${indent}  ${link}`).join('');
  return html.slice(0, at + opening.length) + inner + html.slice(closeLine);
}

/** The page `file`'s HTML with both menus written anew; `tags` are the elements with docs. */
export function withMenus(html, file, tags) {
  const pages = DEMO_PAGES.map(
    ([name, label]) =>
      `<a href="./${name}.html"${name === file ? ' aria-current="page"' : ''}>${label}</a>`,
  );
  const docs = [
    '<span>Docs:</span>',
    ...tags.map((tag) => `<a href="./docs/${tag}.html">&lt;${tag}&gt;</a>`),
  ];
  const withPages = writeNav(html, '<nav aria-label="Demo pages">', pages, file);
  return writeNav(withPages, '<nav class="docs-menu" aria-label="Element docs">', docs, file);
}
