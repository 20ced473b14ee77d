// Builds every bundle the bench serves and measures, ours and the peers', the same way
// scripts/size.mjs does: one entry, everything (lit included) inlined, Vite 8 library build,
// our Lit templates stripped by scripts/minify-templates.mjs, minified by rolldown.
// Each bundle is written to bench/.build/<id>/ (JS and, for Plyr and vidstack, CSS).
import {build} from 'vite';
import {mkdirSync, readdirSync, rmSync, writeFileSync} from 'node:fs';
import {gzipSync, brotliCompressSync, constants} from 'node:zlib';
import {fileURLToPath} from 'node:url';
import {join} from 'node:path';
import {minifyTemplatesPlugin} from '../scripts/minify-templates.mjs';
import {declarePropertiesPlugin} from '../scripts/declare-properties.mjs';
import {upFrontOnly} from '../scripts/size.mjs';

export const benchDir = fileURLToPath(new URL('.', import.meta.url));
export const buildDir = join(benchDir, '.build');
const root = join(benchDir, '..');
const src = (path) => JSON.stringify(join(root, 'src', path));

/** The play icon, for the peers' icon elements (the same drawing as our `play`). */
const PLAY_SVG =
  "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='currentColor' stroke-width='2'><path d='M7 4v16l13-8z'/></svg>";

/**
 * Every bundle: `id` names its folder, `ours` marks our entries, `page` marks the bundles the
 * render pages load. A peer's entry is what a page needs to use it without any CDN.
 */
export const bundles = [
  {
    id: 'lit',
    name: 'lit alone',
    ours: true,
    code: `export {LitElement, html, svg, css, nothing} from 'lit';`,
  },
  {
    id: 'news-icon',
    name: '<news-icon> + one icon',
    ours: true,
    page: true,
    code: `import ${src('icons/news-icon.ts')}; import ${src('icons/set/play.ts')};`,
  },
  {
    id: 'news-icon-all',
    name: '<news-icon> + whole icon set',
    ours: true,
    code: `import ${src('icons/news-icon.ts')}; import ${src('icons/all.ts')};`,
  },
  {
    id: 'news-article',
    name: '<news-article> + bookmark + share',
    ours: true,
    page: true,
    code: `import ${src('article/news-article.ts')};`,
  },
  {
    id: 'podcast-player',
    name: '<podcast-player>',
    ours: true,
    page: true,
    code: `import ${src('podcast/podcast-player.ts')};`,
  },
  {
    id: 'all',
    name: 'all-in-one bundle',
    ours: true,
    page: true,
    code: `export * from ${src('index.ts')};`,
  },
  {
    id: 'leaks',
    name: 'cards and players (the leak page)',
    ours: true,
    page: true,
    sizeless: true,
    code: `import ${src('article/news-article.ts')}; import ${src('podcast/podcast-player.ts')};`,
  },
  {
    id: 'media-chrome',
    name: 'media-chrome audio player',
    peer: 'media-chrome',
    page: true,
    code: [
      'media-controller',
      'media-control-bar',
      'media-play-button',
      'media-seek-backward-button',
      'media-seek-forward-button',
      'media-mute-button',
      'media-time-range',
      'media-time-display',
    ]
      .map((m) => `import 'media-chrome/dist/${m}.js';`)
      .join('\n'),
  },
  {
    id: 'vidstack',
    name: 'vidstack audio player',
    peer: 'vidstack',
    code: `import 'vidstack/player'; import 'vidstack/player/layouts/default'; import 'vidstack/player/ui';
import 'vidstack/player/styles/default/theme.css'; import 'vidstack/player/styles/default/layouts/audio.css';`,
  },
  {
    id: 'plyr',
    name: 'Plyr (JS + CSS)',
    peer: 'plyr',
    code: `import Plyr from 'plyr'; import 'plyr/dist/plyr.css'; window.Plyr = Plyr;`,
  },
  {
    id: 'sl-icon',
    name: 'Shoelace <sl-icon> + one icon',
    peer: '@shoelace-style/shoelace',
    page: true,
    // Shoelace's default library fetches from jsdelivr: a local resolver keeps it off the network.
    code: `import '@shoelace-style/shoelace/dist/components/icon/icon.js';
import {registerIconLibrary} from '@shoelace-style/shoelace/dist/utilities/icon-library.js';
const play = ${JSON.stringify('data:image/svg+xml,' + encodeURIComponent(PLAY_SVG))};
registerIconLibrary('default', {resolver: () => play});`,
  },
  {
    id: 'ion-icon',
    name: 'Ionicons <ion-icon> + one icon',
    peer: 'ionicons',
    page: true,
    // addIcons() with the icon's data: URL: drawn without a fetch.
    code: `import {addIcons} from 'ionicons';
import {defineCustomElement} from 'ionicons/components/ion-icon.js';
import {play} from 'ionicons/icons';
addIcons({play});
defineCustomElement();`,
  },
];

const gzip = (buf) => gzipSync(buf, {level: 9}).length;
const brotli = (buf) =>
  brotliCompressSync(buf, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;

/** Sizes of one file's bytes: minified, gzip -9, brotli 11. */
const sizes = (buf) => ({min: buf.length, gzip: gzip(buf), brotli: brotli(buf)});

/** Vite's library build of `entry`, minified: written to `outDir`, or returned (`write` false). */
const libraryBuild = (entry, outDir, write, plugins = []) =>
  build({
    configFile: false,
    root: benchDir,
    logLevel: 'silent',
    mode: 'production',
    plugins: [minifyTemplatesPlugin(), declarePropertiesPlugin(), ...plugins],
    build: {
      outDir,
      emptyOutDir: true,
      write,
      minify: true,
      cssCodeSplit: false,
      lib: {entry, formats: ['es'], fileName: () => 'bundle.js', cssFileName: 'bundle'},
      // As scripts/size.mjs: Vite leaves whitespace in library builds, a site's bundler would not.
      rolldownOptions: {output: {minify: true, codeSplitting: write}},
    },
  });

/**
 * Builds one bundle into .build/<id>/ (what the pages load: on-demand code in files beside it),
 * and measures what a page loads up front, as scripts/size.mjs does: the entry and everything it
 * imports statically, in one file (JS and CSS summed). Code behind `import()` (our player's
 * chapters, transcripts and feeds; any peer's lazy parts) is not counted, for anyone.
 */
export async function buildBundle(bundle) {
  const out = join(buildDir, bundle.id);
  rmSync(out, {recursive: true, force: true});
  mkdirSync(join(buildDir, 'entries'), {recursive: true});
  const entry = join(buildDir, 'entries', `${bundle.id}.js`);
  writeFileSync(entry, bundle.code + '\n');
  await libraryBuild(entry, out, true);
  const files = readdirSync(out).filter((f) => /\.(js|css)$/.test(f));
  const measured = await libraryBuild(entry, out, false, [upFrontOnly]);
  const output = (Array.isArray(measured) ? measured[0] : measured).output;
  const bytes = (ext) =>
    Buffer.concat(
      output
        .filter((o) => o.fileName.endsWith(ext))
        .map((o) => Buffer.from(o.type === 'chunk' ? o.code : o.source)),
    );
  const js = bytes('.js');
  const css = bytes('.css');
  const jsSize = sizes(js);
  const cssSize = css.length ? sizes(css) : {min: 0, gzip: 0, brotli: 0};
  return {
    id: bundle.id,
    name: bundle.name,
    ours: !!bundle.ours,
    peer: bundle.peer,
    files,
    // Served as separate files, so JS and CSS are compressed separately and summed.
    min: jsSize.min + cssSize.min,
    gzip: jsSize.gzip + cssSize.gzip,
    brotli: jsSize.brotli + cssSize.brotli,
    css: css.length ? cssSize : undefined,
  };
}

/** Builds every bundle; a bundle that fails to build is reported, not fatal. */
export async function buildAll(log = () => {}) {
  const results = [];
  for (const bundle of bundles) {
    const started = performance.now();
    try {
      results.push(await buildBundle(bundle));
      log(`built ${bundle.id} in ${Math.round(performance.now() - started)} ms`);
    } catch (error) {
      log(`FAILED to build ${bundle.id}: ${error.message.split('\n')[0]}`);
      results.push({
        id: bundle.id,
        name: bundle.name,
        ours: !!bundle.ours,
        peer: bundle.peer,
        error: error.message.split('\n')[0],
      });
    }
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await buildAll(console.error);
  console.table(
    rows.map(({id, min, gzip, brotli, files, error}) => ({
      id,
      min,
      gzip,
      brotli,
      files: files?.join(' '),
      error,
    })),
  );
}
