// Writes a documentation page per element, demo/docs/<tag>.html, from custom-elements.json (the
// reference tables) and scripts/docs/content.mjs (live example, keyboard use, theming recipes),
// and the menus of the demo's own pages (scripts/docs/demo-menus.mjs).
// `--check` writes nothing and fails when a page is not what they give. `npm run manifest` first.
import {existsSync, mkdirSync, readFileSync, writeFileSync} from 'node:fs';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {content} from './content.mjs';
import {DEMO_PAGES, withMenus} from './demo-menus.mjs';
import {isPublic} from '../element-api.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const demoDir = `${root}demo/`;

const escape = (value) =>
  String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');

/** Inline Markdown of the JSDoc (`code` only) as HTML. */
const prose = (value) =>
  escape(value)
    .replace(/\s*\n\s*/g, ' ')
    .replace(/`([^`]+)`/g, '<code>$1</code>');

const code = (value) =>
  value === undefined || value === '' ? '' : `<code>${escape(value)}</code>`;

/**
 * A reference table, in a wrapper that scrolls sideways on its own (focusable, so a keyboard can
 * scroll it too) when the table is wider than a phone: the page itself never does.
 */
function table(caption, head, rows) {
  if (!rows.length) return '';
  const id = caption.toLowerCase().replace(/\W+/g, '-');
  return `    <section>
      <h2 id="${id}">${caption}</h2>
      <div class="table-scroll" role="region" aria-labelledby="${id}" tabindex="0">
      <table>
        <thead>
          <tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr>
        </thead>
        <tbody>
${rows.map((r) => `          <tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}
        </tbody>
      </table>
      </div>
    </section>
`;
}

function page(tag, d, tags) {
  const c = content[tag];
  const members = (d.members ?? []).filter(isPublic);
  const attributeFields = new Set((d.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  const fields = members.filter((m) => m.kind === 'field' && !attributeFields.has(m.name));
  const methods = members.filter((m) => m.kind === 'method');
  const nav = tags
    .map((t) => `<a href="./${t}.html"${t === tag ? ' aria-current="page"' : ''}>&lt;${t}&gt;</a>`)
    .join('\n        ');
  const recipes = c.recipes
    .map(
      (r) => `      <h3>${escape(r.title)}</h3>
      <pre tabindex="0"><code>${escape(r.css)}</code></pre>
      <div class="live">${r.example}</div>`,
    )
    .join('\n');
  return `<!doctype html>
<!-- Written by scripts/docs/pages.mjs from custom-elements.json and scripts/docs/content.mjs: do not edit. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>&lt;${tag}&gt; · newsroom-elements docs</title>
    <link rel="stylesheet" href="../demo.css" />
    <link rel="stylesheet" href="./docs.css" />
    <style>
${c.recipes.map((r) => r.css).join('\n')}
    </style>
    <script type="module" src="./docs.ts"></script>
  </head>
  <body>
    <header class="site-header">
      <a class="brand" href="../index.html">The Daily Seed</a>
      <nav aria-label="Elements">
        ${nav}
      </nav>
    </header>
    <main class="docs">
    <h1><code>&lt;${tag}&gt;</code></h1>
    <p class="summary">${prose(d.summary)}</p>
    <p>${prose(d.description)}</p>
    <section>
      <h2>Example</h2>
      <div class="live">${c.example}</div>
      <pre tabindex="0"><code>${escape(c.example)}</code></pre>
    </section>
${table(
  'Attributes',
  ['attribute', 'property', 'type', 'default', 'description'],
  (d.attributes ?? []).map((a) => {
    const field = members.find((m) => m.name === a.fieldName);
    return [
      code(a.name),
      code(a.fieldName),
      code(a.type?.text ?? field?.type?.text),
      code(a.default ?? field?.default),
      prose(a.description ?? field?.description),
    ];
  }),
)}${table(
    'Properties',
    ['property', 'type', 'description'],
    fields.map((f) => [
      code(f.name),
      code(f.type?.text),
      `${f.readonly ? '(read-only) ' : ''}${prose(f.description)}`,
    ]),
  )}${table(
    'Methods',
    ['method', 'description'],
    methods.map((m) => [
      code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
      prose(m.description),
    ]),
  )}${table(
    'Events',
    ['event', 'type', 'description'],
    (d.events ?? []).map((e) => [code(e.name), code(e.type?.text), prose(e.description)]),
  )}${table(
    'Slots',
    ['slot', 'description'],
    (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', prose(s.description)]),
  )}${table(
    'Parts',
    ['part', 'description'],
    (d.cssParts ?? []).map((p) => [code(`::part(${p.name})`), prose(p.description)]),
  )}${table(
    'CSS custom properties',
    ['property', 'default', 'description'],
    (d.cssProperties ?? []).map((p) => [code(p.name), code(p.default), prose(p.description)]),
  )}    <section>
      <h2>Keyboard</h2>
      <p>${c.keyboard}</p>
    </section>
    <section>
      <h2>Theming recipes</h2>
      <p>Every element also reads the shared tokens (<code>--news-color-accent</code>, <code>--news-color-text</code>, <code>--news-color-surface</code>, <code>--news-radius</code>, …): see <a href="../theming.html">Theming</a>.</p>
${recipes}
    </section>
    </main>
  </body>
</html>
`;
}

/**
 * Every page, by its path under demo/: the docs pages, and the demo's pages as `read(path)` gives
 * them with their menus written anew.
 */
export function pages(manifest, read = () => '') {
  const declarations = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName);
  const tags = declarations.map((d) => d.tagName);
  const missing = tags.filter((t) => !content[t]);
  if (missing.length)
    throw new Error(`scripts/docs/content.mjs: nothing for ${missing.join(', ')}`);
  return new Map([
    ...declarations.map((d) => [`docs/${d.tagName}.html`, page(d.tagName, d, tags)]),
    ...DEMO_PAGES.map(([name]) => [`${name}.html`, withMenus(read(`${name}.html`), name, tags)]),
  ]);
}

/** Where a stale page first parts from what it should be, for the `--check` message. */
function firstDifference(old, html) {
  if (old === undefined) return 'missing';
  const was = old.split('\n');
  const want = html.split('\n');
  const i = want.findIndex((line, n) => line !== was[n]);
  const at = i === -1 ? want.length : i;
  return `line ${at + 1}: ${JSON.stringify((want[at] ?? '').trim())} expected, found ${JSON.stringify((was[at] ?? '').trim())}`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const check = process.argv.includes('--check');
  const stale = [];
  mkdirSync(`${demoDir}docs`, {recursive: true});
  const read = (name) => readFileSync(demoDir + name, 'utf8');
  for (const [name, html] of pages(manifest, read)) {
    const path = demoDir + name;
    const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
    if (old === html) continue;
    if (check) stale.push(`${name} (${firstDifference(old, html)})`);
    else writeFileSync(path, html);
  }
  if (stale.length) {
    console.error(
      `demo: stale, run \`npm run manifest && npm run docs\`:\n  ${stale.join('\n  ')}`,
    );
    process.exit(1);
  }
  console.log(
    check
      ? 'demo: every docs page and menu matches custom-elements.json.'
      : 'demo: docs pages and menus written.',
  );
}
