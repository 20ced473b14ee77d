#!/usr/bin/env node
// Turns icons/*.svg into Lit `svg` template modules under src/icons/set/, one per icon, plus
// src/icons/all.ts (the whole set).
// Every file is validated first; a bad file fails the build. `--check` only verifies that the
// committed modules are what the SVGs generate (the test run uses it).
//
//   node scripts/build-icons.mjs [--check] [--icons DIR] [--out DIR]
import {readFileSync, readdirSync, writeFileSync, mkdirSync, rmSync, existsSync} from 'node:fs';
import {join, basename, resolve} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const ROOT_ATTRIBUTES =
  'xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" ' +
  'stroke-width="2" stroke-linecap="round" stroke-linejoin="round"';

const ELEMENTS = new Set(['path', 'circle', 'rect', 'line', 'polyline', 'polygon', 'ellipse', 'g']);
const ATTRIBUTES = new Set([
  'd',
  'cx',
  'cy',
  'r',
  'rx',
  'ry',
  'x',
  'y',
  'width',
  'height',
  'x1',
  'y1',
  'x2',
  'y2',
  'points',
  'fill',
  'stroke',
  'stroke-width',
  'fill-opacity',
  'fill-rule',
  'clip-rule',
  'transform',
  'opacity',
  'stroke-linecap',
  'stroke-linejoin',
]);
const PAINT = new Set(['currentColor', 'none']);
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

export class IconError extends Error {}

/** Parses one icon file of the restricted form we draw in; returns its inner markup, minified. */
export function validateSvg(text, file = 'icon') {
  const fail = (why) => {
    throw new IconError(`${file}: ${why}`);
  };
  const source = text.trim();
  const open = /^<svg ([^>]*)>/.exec(source);
  if (!open) fail('must start with a single <svg …> root');
  if (open[1].trim() !== ROOT_ATTRIBUTES) {
    fail(
      `the root must be exactly <svg ${ROOT_ATTRIBUTES}> (a 24×24 viewBox, currentColor strokes)`,
    );
  }
  if (!source.endsWith('</svg>')) fail('must end with </svg>');
  const body = source.slice(open[0].length, -'</svg>'.length);
  if (/[`$\\&]|<!|<\?/.test(body))
    fail('comments, entities, CDATA, backticks and "$" are not allowed');

  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"]*")*)\s*(\/?)>/y;
  const attr = /\s+([\w:-]+)="([^"]*)"/g;
  const stack = [];
  const out = [];
  let at = 0;
  let elements = 0;
  while (at < body.length) {
    const space = /\s*/y;
    space.lastIndex = at;
    space.exec(body);
    at = space.lastIndex;
    if (at >= body.length) break;
    tag.lastIndex = at;
    const m = tag.exec(body);
    if (!m) fail(`unexpected text near "${body.slice(at, at + 30)}"`);
    at = tag.lastIndex;
    const [, closing, name, attributes, selfClosing] = m;
    if (!ELEMENTS.has(name)) fail(`<${name}> is not allowed (only ${[...ELEMENTS].join(', ')})`);
    if (closing) {
      if (stack.pop() !== name) fail(`</${name}> closes nothing`);
      out.push(`</${name}>`);
      continue;
    }
    elements++;
    let kept = '';
    for (const [, key, value] of attributes.matchAll(attr)) {
      if (/^on/i.test(key)) fail(`event attribute ${key} is not allowed`);
      if (!ATTRIBUTES.has(key)) fail(`attribute ${key} is not allowed`);
      if (/url\s*\(|javascript:|data:/i.test(value)) fail(`${key} refers to something external`);
      if ((key === 'fill' || key === 'stroke') && !PAINT.has(value)) {
        fail(`${key}="${value}": the only colour is currentColor`);
      }
      kept += ` ${key}="${value.trim().replace(/\s+/g, ' ')}"`;
    }
    if (selfClosing) out.push(`<${name}${kept}/>`);
    else {
      stack.push(name);
      out.push(`<${name}${kept}>`);
    }
  }
  if (stack.length) fail(`<${stack.at(-1)}> is never closed`);
  if (!elements) fail('draws nothing');
  return out.join('');
}

const camel = (name) => name.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase());
const normalise = (name) =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** Reads icons.json and every SVG; returns the files to write, keyed by path relative to `out`. */
export function generate(iconsDir) {
  const catalog = JSON.parse(readFileSync(join(iconsDir, 'icons.json'), 'utf8'));
  delete catalog.$comment;
  const svgs = readdirSync(iconsDir)
    .filter((f) => f.endsWith('.svg'))
    .map((f) => basename(f, '.svg'));
  for (const name of svgs) {
    if (!(name in catalog)) throw new IconError(`icons/${name}.svg is not listed in icons.json`);
  }
  const files = new Map();
  const seen = new Map();
  const names = Object.keys(catalog).sort();
  for (const name of names) {
    if (!NAME.test(name)) throw new IconError(`"${name}" is not a valid icon name (kebab-case)`);
    if (!svgs.includes(name))
      throw new IconError(`icons.json lists "${name}" but icons/${name}.svg is missing`);
    const {aliases = [], mirror = false} = catalog[name];
    // "chevron down" normalises to the canonical "chevron-down": no alias needed for it.
    const extraNames = [...new Set(aliases.map(normalise))].filter((a) => a !== name);
    for (const alias of [name, ...extraNames]) {
      if (!/^[a-z0-9-]+$/.test(alias)) throw new IconError(`"${alias}" is not a valid icon alias`);
      if (seen.has(alias))
        throw new IconError(`"${alias}" names both ${seen.get(alias)} and ${name}`);
      seen.set(alias, name);
    }
    const markup = validateSvg(
      readFileSync(join(iconsDir, `${name}.svg`), 'utf8'),
      `icons/${name}.svg`,
    );
    const extra = [
      extraNames.length || mirror ? `[${extraNames.map((a) => `'${a}'`).join(', ')}]` : '',
      mirror ? 'true' : '',
    ]
      .filter(Boolean)
      .join(', ');
    files.set(
      `set/${name}.ts`,
      `// Generated by scripts/build-icons.mjs from icons/${name}.svg. Do not edit.\n` +
        `import {defineIcon} from '../registry.js';\n\n` +
        `/** The \`${name}\` icon${aliases.length ? ` (seed name${aliases.length > 1 ? 's' : ''}: ${aliases.map((a) => `\`${a}\``).join(', ')})` : ''}. Importing this module registers it. */\n` +
        `export const ${camel(name)} = defineIcon('${name}'${extra ? `, ${extra}` : ''})\`${markup}\`;\n`,
    );
  }
  files.set(
    'all.ts',
    `// Generated by scripts/build-icons.mjs. Do not edit.\n` +
      `// Importing this module registers the whole icon set.\n` +
      names.map((n) => `export {${camel(n)}} from './set/${n}.js';\n`).join(''),
  );
  return files;
}

function main(argv) {
  const flag = (name, fallback) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : fallback;
  };
  const here = fileURLToPath(new URL('..', import.meta.url));
  const iconsDir = resolve(here, flag('--icons', 'icons'));
  const out = resolve(here, flag('--out', 'src/icons'));
  const files = generate(iconsDir);
  if (argv.includes('--check')) {
    const stale = [...files].filter(([path, text]) => {
      const file = join(out, path);
      return !existsSync(file) || readFileSync(file, 'utf8') !== text;
    });
    const setDir = join(out, 'set');
    const extra = existsSync(setDir)
      ? readdirSync(setDir).filter((f) => !files.has(`set/${f}`))
      : [];
    if (stale.length || extra.length) {
      throw new IconError(
        `src/icons is out of date with icons/ (${[...stale.map(([p]) => p), ...extra].join(', ')}): run npm run icons`,
      );
    }
    console.log(`icons: ${files.size - 1} icons up to date`);
    return;
  }
  rmSync(join(out, 'set'), {recursive: true, force: true});
  mkdirSync(join(out, 'set'), {recursive: true});
  for (const [path, text] of files) writeFileSync(join(out, path), text);
  console.log(`icons: wrote ${files.size - 1} icon modules and all.ts`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    main(process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof IconError)) throw error;
    console.error(`icons: ${error.message}`);
    process.exit(1);
  }
}
