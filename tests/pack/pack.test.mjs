// The package as a publisher gets it: `npm pack` in a clean copy of the repository (no `dist/`,
// so the `prepack` build must make it), then the tarball installed into a scratch Vite app and
// used by a plain HTML page, both opened in Chromium. Runs offline and with any npm cache: lit and
// its own dependencies are packed from this repository's node_modules and given to the install as
// overrides, so nothing is asked of the registry; the scratch app is built with this repository's
// own Vite.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync, spawnSync} from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  readdirSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import {createServer} from 'node:http';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {dirname, extname, join} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {editorData} from '../../scripts/editor-data.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
const lock = JSON.parse(readFileSync(join(repo, 'package-lock.json'), 'utf8'));
const TAGS = ['news-icon', 'news-article', 'news-bookmark', 'news-share', 'podcast-player'];
const chromium =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

const run = (command, args, cwd) =>
  execFileSync(command, args, {cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']});

/** `npm pack --json` of `dir` into `into`; the name of the tarball it wrote. */
function pack(dir, into, ...flags) {
  const out = run('npm', ['pack', dir, '--json', '--pack-destination', into, ...flags], repo);
  // Scripts run by `npm pack` (the prepack build) print before the JSON: it is the last array.
  return JSON.parse(out.slice(out.lastIndexOf('\n[') + 1))[0];
}

/** The repository as a fresh clone has it: tracked and new files, no build output, no node_modules. */
function cleanCopy(into) {
  const listed = run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repo);
  for (const file of listed.split('\0').filter(Boolean)) {
    if (!existsSync(join(repo, file))) continue; // deleted in the working tree
    mkdirSync(dirname(join(into, file)), {recursive: true});
    copyFileSync(join(repo, file), join(into, file));
  }
  symlinkSync(join(repo, 'node_modules'), join(into, 'node_modules'), 'dir');
}

/** lit and everything it depends on at run time, by the lockfile. */
function runtimeDependencies() {
  const seen = new Set();
  const queue = Object.keys(lock.packages[''].dependencies);
  while (queue.length) {
    const name = queue.shift();
    if (seen.has(name)) continue;
    seen.add(name);
    const entry = lock.packages[`node_modules/${name}`];
    queue.push(...Object.keys({...entry.dependencies, ...entry.optionalDependencies}));
  }
  return [...seen];
}

/** Every element in markup, as both pages use them. */
const MARKUP = `
  <news-icon name="play" label="Play"></news-icon>
  <news-article layout="full" headline="Packed" href="https://news.example/packed" tags="a, b">
    <p>The body of a packed story.</p>
  </news-article>
  <news-bookmark article-id="packed"></news-bookmark>
  <news-share url="https://news.example/packed"></news-share>
  <podcast-player src="https://news.example/ep.mp3" duration="1:00"></podcast-player>`;

let scratch;
let files;
let server;
let origin;
let browser;

before(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'newsroom-pack-'));
  const clean = join(scratch, 'clean');
  cleanCopy(clean);
  assert.ok(!existsSync(join(clean, 'dist')), 'the copy starts without dist/');
  const packed = pack(clean, scratch);
  files = packed.files.map((f) => f.path);
  const tarball = join(scratch, packed.filename);

  const deps = join(scratch, 'deps');
  mkdirSync(deps);
  const overrides = {};
  for (const name of runtimeDependencies()) {
    const {filename} = pack(join(repo, 'node_modules', name), deps, '--ignore-scripts');
    overrides[name] = `file:${join(deps, filename)}`;
  }

  const app = join(scratch, 'app');
  mkdirSync(app);
  writeFileSync(
    join(app, 'package.json'),
    JSON.stringify({name: 'scratch-app', private: true, type: 'module', overrides}),
  );
  // As the README says: `npm install ./newsroom-elements-<version>.tgz`.
  run('npm', ['install', tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], app);

  // A Vite app importing the package's entries the ways the README shows.
  writeFileSync(
    join(app, 'main.js'),
    `import 'newsroom-elements/news-icon.js';
import 'newsroom-elements/icons/play.js';
import 'newsroom-elements/news-article.js';
import 'newsroom-elements/podcast-player.js';
import 'newsroom-elements/locales/ru.js';
import {bookmarks, NewsShare} from 'newsroom-elements';
window.checks = {bookmarks: typeof bookmarks.has, share: NewsShare === customElements.get('news-share')};
`,
  );
  writeFileSync(
    join(app, 'index.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Vite</title>
<script type="module" src="./main.js"></script></head><body>${MARKUP}</body></html>`,
  );
  run(
    process.execPath,
    [join(repo, 'node_modules/vite/bin/vite.js'), 'build', '--base', './', '--logLevel', 'error'],
    app,
  );

  // A plain page: the one-file bundle from the installed package, nothing else.
  writeFileSync(
    join(app, 'plain.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Plain</title>
<script type="module" src="./node_modules/newsroom-elements/dist/newsroom-elements.bundle.js"></script>
</head><body>${MARKUP}</body></html>`,
  );

  const types = {'.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css'};
  server = createServer((req, res) => {
    const path = join(app, decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!path.startsWith(app) || !existsSync(path)) return res.writeHead(404).end();
    res.writeHead(200, {'content-type': types[extname(path)] ?? 'application/octet-stream'});
    res.end(readFileSync(path));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: chromium,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
});

after(async () => {
  await browser?.close();
  server?.close();
  if (scratch) rmSync(scratch, {recursive: true, force: true});
});

/** Opens `path` and reports, per tag, whether it is defined and drew its shadow DOM. */
async function rendered(path) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(origin + path, {waitUntil: 'load'});
    await page.waitForFunction(
      (tags) => tags.every((t) => document.querySelector(t)?.shadowRoot?.childElementCount),
      {timeout: 10000},
      TAGS,
    );
    const result = await page.evaluate(
      (tags) =>
        Object.fromEntries(
          tags.map((t) => [t, !!customElements.get(t) && !!document.querySelector(t).shadowRoot]),
        ),
      TAGS,
    );
    const slotted = await page.evaluate(
      () => !!document.querySelector('news-article p').assignedSlot,
    );
    return {result, slotted, errors, checks: await page.evaluate(() => window.checks)};
  } finally {
    await page.close();
  }
}

const all = Object.fromEntries(TAGS.map((t) => [t, true]));

/** Every path to a file of the package that `manifest` names: modules, and references to them. */
function namedPaths(manifest) {
  const paths = new Set();
  const walk = (value) => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (!value || typeof value !== 'object') return;
    if (typeof value.module === 'string' && !value.package) paths.add(value.module);
    Object.values(value).forEach(walk);
  };
  for (const mod of manifest.modules) {
    paths.add(mod.path);
    walk(mod);
  }
  return [...paths];
}

/** The installed package as an app resolves it, and the file `specifier` resolves to. */
function resolveInApp(specifier) {
  const app = join(scratch, 'app');
  return {
    installed: join(app, 'node_modules/newsroom-elements'),
    file: createRequire(join(app, 'package.json')).resolve(specifier),
  };
}

describe('npm pack', () => {
  it('builds before packing: a clean tree ships dist, the manifest and the licence', () => {
    for (const file of [
      'dist/index.js',
      'dist/newsroom-elements.bundle.js',
      'custom-elements.json',
    ])
      assert.ok(files.includes(file), file);
    assert.ok(files.includes('LICENSE'));
  });

  it('ships dist, the manifest, README, CHANGELOG and package.json, and no test, demo or source', () => {
    for (const file of files)
      assert.match(
        file,
        /^(dist\/|(custom-elements|web-types|vscode\.html-custom-data)\.json$|README\.md$|CHANGELOG\.md$|package\.json$|LICENSE$)/,
        file,
      );
    assert.ok(!files.some((f) => /\.test\.|^tests\/|^demo\/|^src\/|^bench\//.test(f)));
    assert.ok(files.includes('custom-elements.json'));
    assert.equal(pkg.customElements, 'custom-elements.json');
  });

  it('ships every file that exports, types, main and sideEffects name', () => {
    const shipped = (target) => {
      const pattern = new RegExp(
        `^${target.replace(/^\.\//, '').replace(/[.]/g, '\\.').replace(/\*/g, '[^/]+')}$`,
      );
      return files.some((f) => pattern.test(f));
    };
    for (const [entry, target] of Object.entries(pkg.exports)) {
      const targets = typeof target === 'string' ? [target] : Object.values(target);
      for (const t of targets) assert.ok(shipped(t), `${entry} → ${t}`);
    }
    assert.ok(shipped(pkg.main) && shipped(pkg.types) && shipped(pkg.module));
    for (const pattern of pkg.sideEffects.filter((p) => p.startsWith('./dist/')))
      assert.ok(shipped(pattern.replace('**/', '')), pattern);
  });

  it('ships a manifest whose every path is a file of the package, with a definition per tag', () => {
    const {installed, file} = resolveInApp('newsroom-elements/custom-elements.json');
    assert.equal(file, join(installed, pkg.customElements));
    const manifest = JSON.parse(readFileSync(file, 'utf8'));
    for (const path of namedPaths(manifest)) {
      assert.ok(files.includes(path), `${path} is packed`);
      assert.ok(existsSync(join(installed, path)), `${path} is installed`);
    }
    const modules = manifest.modules;
    for (const tag of TAGS) {
      const defined = modules.flatMap((m) =>
        (m.exports ?? []).filter((e) => e.kind === 'custom-element-definition' && e.name === tag),
      );
      assert.equal(defined.length, 1, `one definition of <${tag}>`);
      const {name, module} = defined[0].declaration;
      const declared = modules.find((m) => m.path === module)?.declarations ?? [];
      assert.ok(
        declared.some((d) => d.name === name && d.tagName === tag),
        `<${tag}>: ${module} declares ${name}`,
      );
    }
  });

  it("ships editor data made from the shipped manifest: web-types and VS Code's", async () => {
    const {installed, file} = resolveInApp('newsroom-elements/web-types.json');
    const installedPkg = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    assert.equal(file, join(installed, installedPkg['web-types']));
    resolveInApp('newsroom-elements/vscode.html-custom-data.json');
    const manifest = JSON.parse(readFileSync(join(installed, 'custom-elements.json'), 'utf8'));
    for (const [name, expected] of Object.entries(await editorData(manifest, installedPkg)))
      assert.equal(readFileSync(join(installed, name), 'utf8'), expected, name);
    const webTypes = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(
      webTypes.contributions.html.elements.map((e) => e.name).sort(),
      [...TAGS].sort(),
    );
  });

  it('depends on lit alone at runtime; React, Preact and Vue are optional peers', () => {
    assert.deepEqual(Object.keys(pkg.dependencies), ['lit']);
    for (const name of Object.keys(pkg.peerDependencies ?? {}))
      assert.equal(pkg.peerDependenciesMeta?.[name]?.optional, true, name);
  });

  it("gives a TypeScript app the package's types: elements, events, JSX, Vue, Svelte, React wrappers", () => {
    // The frameworks' own types, linked from this repository's node_modules (optional peers).
    const app = join(scratch, 'app');
    for (const name of ['react', '@types/react', '@lit/react', 'preact', 'vue', '@vue', 'svelte'])
      symlinkSync(join(repo, 'node_modules', name), join(app, 'node_modules', name), 'dir');
    writeFileSync(
      join(app, 'check.tsx'),
      `import {NewsArticle as NewsArticleElement, bookmarks} from 'newsroom-elements';
import {PodcastPlayer} from 'newsroom-elements/react';
import type {} from 'newsroom-elements/jsx-react';
import type {} from 'newsroom-elements/vue';
import type {} from 'newsroom-elements/svelte';
import type {GlobalComponents} from 'vue';
import type {SvelteHTMLElements} from 'svelte/elements';
const article: NewsArticleElement = document.createElement('news-article');
article.addEventListener('bookmark-change', (e) => e.articleId.toUpperCase());
bookmarks.has('x');
export const a = <news-article layout="full" onshare-request={(e) => e.url} />;
export const b = <PodcastPlayer declaredDuration="1:00" onPlay={(e) => e.type} />;
// @ts-expect-error: layout is 'card' or 'full'
export const c = <news-article layout="grid" />;
export type V = GlobalComponents['podcast-player'];
export const s: SvelteHTMLElements['news-bookmark'] = {'onbookmark-change': (e) => e.bookmarked};
// @ts-expect-error: storage is 'local' or 'none'
export const t: SvelteHTMLElements['news-bookmark'] = {storage: 'session'};
`,
    );
    const tsc = join(repo, 'node_modules/typescript/bin/tsc');
    const args = ['--noEmit', '--strict', '--jsx', 'react-jsx', '--module', 'esnext'];
    args.push('--moduleResolution', 'bundler', '--target', 'es2022', 'check.tsx');
    run(process.execPath, [tsc, ...args], app);
  });

  it('lets svelte-check check Svelte 5 components against the packed Svelte typings', () => {
    const dir = join(scratch, 'app/svelte');
    mkdirSync(join(dir, 'src'), {recursive: true});
    for (const name of ['svelte', 'svelte-check']) {
      const link = join(scratch, 'app/node_modules', name);
      if (!existsSync(link)) symlinkSync(join(repo, 'node_modules', name), link, 'dir');
    }
    const compilerOptions = {strict: true, module: 'esnext', moduleResolution: 'bundler'};
    Object.assign(compilerOptions, {target: 'es2022', lib: ['es2022', 'dom'], types: []});
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({compilerOptions, include: ['src']}));
    // As docs/frameworks.md says: the typings added once, in src/app.d.ts.
    writeFileSync(join(dir, 'src/app.d.ts'), `import type {} from 'newsroom-elements/svelte';\n`);
    writeFileSync(
      join(dir, 'src/Good.svelte'),
      `<script lang="ts">
  let saved = $state(false);
  let url = $state('');
</script>

<news-bookmark article-id="tides" onbookmark-change={(e) => (saved = e.bookmarked)}></news-bookmark>
<news-article layout="full" headline="Tides" onshare-request={(e) => (url = e.url)}><p>Body</p></news-article>
<podcast-player src="/ep.mp3" declaredDuration="27:33" stepBack={10} onplay={(e) => e.type}></podcast-player>
<news-icon name="play" label="Play"></news-icon>
<p>{saved} {url}</p>
`,
    );
    // One mistake a line, from line 5 on.
    writeFileSync(
      join(dir, 'src/Bad.svelte'),
      `<script lang="ts">
  let n = $state(0);
</script>

<news-article layout="grid"></news-article>
<news-bookmark storage="session"></news-bookmark>
<news-bookmark onbookmark-change={(e) => (n = e.count)}></news-bookmark>
<podcast-player stepBack="ten"></podcast-player>
<p>{n}</p>
`,
    );
    const checked = spawnSync(
      process.execPath,
      [join(repo, 'node_modules/svelte-check/bin/svelte-check'), '--output', 'machine'],
      {cwd: dir, encoding: 'utf8'},
    );
    const errors = checked.stdout
      .split('\n')
      .map((line) => /^\d+ ERROR "([^"]+)" (\d+):\d+ (.*)$/.exec(line))
      .filter(Boolean)
      .map(([, file, line, message]) => ({file, line: Number(line), message}));
    assert.match(checked.stdout, /COMPLETED \d+ FILES/, checked.stdout + checked.stderr);
    assert.deepEqual(
      errors.filter((e) => e.file !== 'src/Bad.svelte'),
      [],
    );
    assert.deepEqual(
      errors.map((e) => e.line),
      [5, 6, 7, 8],
      JSON.stringify(errors),
    );
  });

  it("keeps every language's strings in what a bundler builds, on-demand parts too", () => {
    // A bundler drops a module it believes has no side effects: a translation, which only
    // registers strings, must be listed in sideEffects or it is built as an empty chunk.
    const assets = join(scratch, 'app/dist/assets');
    const built = readdirSync(assets)
      .filter((f) => f.endsWith('.js'))
      .map((f) => readFileSync(join(assets, f), 'utf8'))
      .join('\n');
    for (const lang of ['ru', 'es', 'fr', 'de', 'ar']) {
      const extras = readFileSync(join(repo, `src/podcast/extras/locales/${lang}.ts`), 'utf8');
      const chapters = /\bchapters: '([^']+)'/.exec(extras)[1];
      assert.ok(built.includes(chapters), `${lang}: the chapters button's "${chapters}"`);
    }
  });

  it('renders every element in a Vite app that installed the tarball', async () => {
    const {result, slotted, errors, checks} = await rendered('/dist/index.html');
    assert.deepEqual(errors, []);
    assert.deepEqual(result, all);
    assert.ok(slotted);
    assert.deepEqual(checks, {bookmarks: 'function', share: true});
  });

  it('renders every element in a plain page with only the installed bundle', async () => {
    const {result, slotted, errors} = await rendered('/plain.html');
    assert.deepEqual(errors, []);
    assert.deepEqual(result, all);
    assert.ok(slotted);
  });
});
