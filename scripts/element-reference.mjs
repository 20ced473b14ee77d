// Writes each element's reference tables (attributes, properties, methods, events, slots, parts,
// CSS custom properties) into its page, docs/elements/<tag>.md, from custom-elements.json, between
// the markers
//   <!-- reference:news-icon -->  …  <!-- /reference:news-icon -->
// `--check` writes nothing and fails when a page is not what the manifest gives.
// Run `npm run manifest` first (npm test does).
import {readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {format, resolveConfig} from 'prettier';
import {isPublic} from './element-api.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const pagesDir = `${root}docs/elements/`;

/** The custom elements of the manifest, by tag. */
export function elements(manifest) {
  const byTag = new Map();
  for (const mod of manifest.modules)
    for (const d of mod.declarations ?? [])
      if (d.customElement && d.tagName) byTag.set(d.tagName, d);
  return byTag;
}

const cell = (value) =>
  String(value ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (value) => (value === undefined || value === '' ? '' : `\`${cell(value)}\``);

function table(head, rows) {
  if (!rows.length) return '';
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
}

/** The Markdown reference of one element (unformatted). */
export function reference(d) {
  const publicMembers = (d.members ?? []).filter(isPublic);
  const attributeFields = new Set((d.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  const fields = publicMembers.filter((m) => m.kind === 'field' && !attributeFields.has(m.name));
  const methods = publicMembers.filter((m) => m.kind === 'method');
  // The element's own knobs here; the shared tokens are named once, described under Theming.
  // (An element's knobs include those of the controls it draws: the card's bookmark and share.)
  const isToken = (name) => /^--news-(color|font-family|radius|space|focus-ring)/.test(name);
  const own = (d.cssProperties ?? []).filter((p) => !isToken(p.name));
  const shared = (d.cssProperties ?? []).filter((p) => isToken(p.name));
  const signature = (m) =>
    `${m.name}(${(m.parameters ?? []).map((p) => `${p.name}${p.type ? `: ${p.type.text}` : ''}`).join(', ')})` +
    (m.return?.type?.text ? `: ${m.return.type.text}` : '');
  return [
    table(
      ['attribute', 'property', 'type', 'default', 'description'],
      (d.attributes ?? []).map((a) => {
        const field = publicMembers.find((m) => m.name === a.fieldName);
        return [
          code(a.name),
          code(a.fieldName),
          code(a.type?.text ?? field?.type?.text),
          code(a.default ?? field?.default),
          cell(a.description ?? field?.description),
        ];
      }),
    ),
    table(
      ['property', 'type', 'description'],
      fields.map((f) => [
        code(f.name),
        code(f.type?.text),
        cell(`${f.readonly ? '(read-only) ' : ''}${f.description ?? ''}`),
      ]),
    ),
    table(
      ['method', 'description'],
      methods.map((m) => [code(signature(m)), cell(m.description)]),
    ),
    table(
      ['event', 'type', 'description'],
      (d.events ?? []).map((e) => [code(e.name), code(e.type?.text), cell(e.description)]),
    ),
    table(
      ['slot', 'description'],
      (d.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]),
    ),
    table(
      ['part', 'description'],
      (d.cssParts ?? []).map((p) => [code(`::part(${p.name})`), cell(p.description)]),
    ),
    table(
      ['CSS custom property', 'default', 'description'],
      own.map((p) => [code(p.name), code(p.default), cell(p.description)]),
    ),
    shared.length
      ? `It also reads the shared theme tokens ${shared.map((p) => code(p.name)).join(', ')} (see [Theming](../theming.md)).\n`
      : '',
  ]
    .filter(Boolean)
    .join('\n');
}

/** `page` (Markdown) with every marked reference regenerated; `found` collects the tags seen. */
export async function render(page, byTag, found = new Set()) {
  const options = {...(await resolveConfig(pagesDir)), parser: 'markdown'};
  const pattern = /(<!-- reference:([a-z-]+) -->\n)[\s\S]*?(<!-- \/reference:\2 -->)/g;
  const parts = [];
  let last = 0;
  for (const match of page.matchAll(pattern)) {
    const [, open, tag, close] = match;
    const d = byTag.get(tag);
    if (!d) throw new Error(`docs/elements: no element <${tag}> in custom-elements.json`);
    found.add(tag);
    const body = await format(reference(d), options);
    parts.push(page.slice(last, match.index), open, '\n', body, '\n', close);
    last = match.index + match[0].length;
  }
  parts.push(page.slice(last));
  return parts.join('');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const byTag = elements(manifest);
  const found = new Set();
  const stale = [];
  for (const name of readdirSync(pagesDir).filter((f) => f.endsWith('.md'))) {
    const page = readFileSync(pagesDir + name, 'utf8');
    const next = await render(page, byTag, found);
    if (next === page) continue;
    stale.push(name);
    if (!process.argv.includes('--check')) writeFileSync(pagesDir + name, next);
  }
  const missing = [...byTag.keys()].filter((tag) => !found.has(tag));
  if (missing.length)
    throw new Error(`docs/elements: no reference markers for ${missing.join(', ')}`);
  if (process.argv.includes('--check') && stale.length) {
    console.error(
      `docs/elements: ${stale.join(', ')} stale; run \`npm run manifest && npm run reference\`.`,
    );
    process.exit(1);
  }
  console.log(
    stale.length
      ? `docs/elements: ${stale.join(', ')} rewritten from custom-elements.json.`
      : 'docs/elements: every reference matches custom-elements.json.',
  );
}
