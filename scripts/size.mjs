#!/usr/bin/env node
// Measures what each entry costs a page: bundled with lit inlined, minified, then gzip -9 and
// brotli. `--check` fails when an entry is over its budget (npm test runs it); `--json` prints JSON.
//
//   node scripts/size.mjs [--check] [--json]
import {build} from 'vite';
import {mkdirSync, writeFileSync} from 'node:fs';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {fileURLToPath} from 'node:url';
import {join} from 'node:path';
import {minifyTemplatesPlugin} from './minify-templates.mjs';
import {declarePropertiesPlugin} from './declare-properties.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = (path) => JSON.stringify(join(root, 'src', path));

/** What a page imports for each entry, and its budget in gzip bytes. */
export const entries = [
  {name: 'lit alone', code: `export {LitElement, html, svg, css, nothing} from 'lit';`},
  {
    name: '<news-icon> + one icon',
    code: `import ${src('icons/news-icon.ts')}; import ${src('icons/set/play.ts')};`,
    budget: 3000,
  },
  {
    name: '<news-icon> + whole icon set',
    code: `import ${src('icons/news-icon.ts')}; import ${src('icons/all.ts')};`,
  },
  {
    name: '<news-article> + bookmark + share',
    code: `import ${src('article/news-article.ts')};`,
    budget: 12880,
  },
  {name: '<podcast-player>', code: `import ${src('podcast/podcast-player.ts')};`, budget: 11745},
  {name: 'one translation (ru)', code: `import ${src('locales/ru.ts')};`},
  {
    // The file itself, as `vite build --mode bundle` writes it (dist/newsroom-elements.bundle.js).
    name: 'all-in-one bundle',
    shipped: true,
    // <news-icon>'s drawing code (src/icons/draw-svg.ts, about 1,090 B gzip) is in the bundle
    // beside Lit's renderer; translations loading on demand more than pay for it.
    budget: 22150,
  },
];

/** Budgets on the difference between two entries (gzip bytes). */
export const deltas = [
  {
    name: 'whole icon set on top of one icon',
    of: '<news-icon> + whole icon set',
    over: '<news-icon> + one icon',
    budget: 1650,
  },
];

/**
 * Leaves every `import()` unresolved, so a build holds only what a page loads up front. (Rolldown
 * would otherwise split the modules that the entry and its on-demand code share into separate
 * files; webpack and Rollup, what most sites build with, keep them in the entry's file.)
 */
export const upFrontOnly = {
  name: 'up-front-only',
  resolveDynamicImport: (specifier) =>
    typeof specifier === 'string' ? {id: specifier, external: true} : null,
};

async function build1(entry, split) {
  const out = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    plugins: [minifyTemplatesPlugin(), declarePropertiesPlugin(), ...(split ? [] : [upFrontOnly])],
    build: {
      write: false,
      minify: true,
      lib: {entry, formats: ['es'], fileName: 'entry'},
      // Vite leaves whitespace in library builds; a page's bundler would not.
      rolldownOptions: {output: {minify: true, codeSplitting: split}},
    },
  });
  return (Array.isArray(out) ? out[0] : out).output.filter((chunk) => chunk.type === 'chunk');
}

/**
 * What a page loads up front (the entry and everything it imports statically, in one file), and
 * what elements load only when a feature is first used (dynamic imports: the lock-screen code on
 * first play, the player's chapters, transcript and feeds).
 */
/** The one-tag bundle as shipped: the file a page loads, and the files it loads on demand. */
async function shippedBundle() {
  const out = await build({root, mode: 'bundle', logLevel: 'silent', build: {write: false}});
  const chunks = (Array.isArray(out) ? out[0] : out).output.filter((c) => c.type === 'chunk');
  const code = (keep) =>
    chunks
      .filter((c) => keep(c.isEntry))
      .map((c) => c.code)
      .join('');
  return {initial: code((entry) => entry), onDemand: code((entry) => !entry)};
}

async function bundle(code, dir) {
  const entry = join(dir, 'entry.js');
  writeFileSync(entry, code);
  const [initial] = await build1(entry, false);
  const chunks = await build1(entry, true);
  const main = chunks.find((chunk) => chunk.isEntry);
  const upFront = new Set([main.fileName, ...main.imports]);
  const onDemand = chunks
    .filter((c) => !upFront.has(c.fileName))
    .map((c) => c.code)
    .join('');
  return {initial: initial.code, onDemand};
}

const compress = (text) => {
  const code = Buffer.from(text);
  return {
    minified: code.length,
    gzip: gzipSync(code, {level: 9}).length,
    brotli: brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length,
  };
};

export async function measure() {
  const rows = [];
  for (const [i, entry] of entries.entries()) {
    const dir = join(root, 'node_modules', '.cache', 'size', String(i));
    mkdirSync(dir, {recursive: true});
    const {initial, onDemand} = entry.shipped
      ? await shippedBundle()
      : await bundle(entry.code, dir);
    rows.push({name: entry.name, ...compress(initial), budget: entry.budget});
    if (onDemand) rows.push({name: `  + loaded on demand`, ...compress(onDemand)});
  }
  const byName = new Map(rows.map((r) => [r.name, r]));
  for (const d of deltas) {
    const [a, b] = [byName.get(d.of), byName.get(d.over)];
    rows.push({
      name: d.name,
      minified: a.minified - b.minified,
      gzip: a.gzip - b.gzip,
      brotli: a.brotli - b.brotli,
      budget: d.budget,
    });
  }
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await measure();
  if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
  else {
    const pad = (s, n) => String(s).padStart(n);
    console.log(
      `${'entry'.padEnd(36)}${pad('min', 9)}${pad('gzip', 9)}${pad('brotli', 9)}${pad('budget', 9)}`,
    );
    for (const r of rows) {
      const verdict = r.budget === undefined ? '' : r.gzip <= r.budget ? '  ok' : '  OVER';
      console.log(
        `${r.name.padEnd(36)}${pad(r.minified, 9)}${pad(r.gzip, 9)}${pad(r.brotli, 9)}${pad(r.budget ?? '', 9)}${verdict}`,
      );
    }
  }
  const over = rows.filter((r) => r.budget !== undefined && r.gzip > r.budget);
  if (process.argv.includes('--check') && over.length) {
    console.error(
      `size: over budget: ${over.map((r) => `${r.name} (${r.gzip} > ${r.budget} gzip bytes)`).join(', ')}`,
    );
    process.exit(1);
  }
}
