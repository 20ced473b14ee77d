// `npm start` (Vite's dev server, rooted at demo/) serves demo/plain.html's one-file bundle:
// scripts/serve-bundle.mjs builds it on the first request, as `vite build --mode bundle` would.
import {after, before, it} from 'node:test';
import assert from 'node:assert/strict';
import {fileURLToPath} from 'node:url';
import {createServer} from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));
/** @type {import('vite').ViteDevServer} */
let server;
let base = '';

before(async () => {
  server = await createServer({
    configFile: `${root}vite.config.ts`,
    logLevel: 'warn',
    server: {port: 0, host: '127.0.0.1', ws: false},
  });
  await server.listen();
  const address = server.httpServer.address();
  base = `http://127.0.0.1:${address.port}`;
});
after(() => server?.close());

it('plain.html loads ../dist/newsroom-elements.bundle.js, and the server has it', async () => {
  const page = await (await fetch(`${base}/plain.html`)).text();
  assert.match(page, /<script type="module" src="\.\.\/dist\/newsroom-elements\.bundle\.js">/);
  const bundle = await fetch(new URL('../dist/newsroom-elements.bundle.js', `${base}/plain.html`));
  assert.equal(bundle.status, 200);
  assert.match(bundle.headers.get('content-type'), /javascript/);
  const code = await bundle.text();
  assert.match(code, /podcast-player/);
  // What it loads on demand is beside it.
  const lazy = [...code.matchAll(/["'`]\.\/(newsroom-elements\.[\w.-]+\.js)["'`]/g)].map(
    (m) => m[1],
  );
  assert.ok(lazy.length > 0, 'files loaded on demand');
  for (const name of lazy) {
    const res = await fetch(`${base}/dist/${name}`);
    assert.equal(res.status, 200, name);
    assert.match(res.headers.get('content-type'), /javascript/, name);
  }
});

it('embed.html (the embed code form) finds the embed page, its script and styles', async () => {
  const form = await (await fetch(`${base}/embed-form.ts`)).text();
  assert.match(form, /\.\.\/dist\/embed\.html/);
  const page = await fetch(`${base}/dist/embed.html`);
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-type'), /html/);
  const html = await page.text();
  assert.match(html, /<script type="module"[^>]*src="\.\/embed\.js"/);
  for (const [name, type] of [
    ['embed.js', /javascript/],
    ['embed.css', /css/],
    ['embed-resize.js', /javascript/],
  ]) {
    const res = await fetch(`${base}/dist/${name}`);
    assert.equal(res.status, 200, name);
    assert.match(res.headers.get('content-type'), type, name);
  }
});

it('serves nothing else from /dist/', async () => {
  for (const path of [
    '/dist/index.js',
    '/dist/newsroom-elements.bundle.js.map',
    '/dist/../package.json',
  ]) {
    const res = await fetch(`${base}${path}`);
    assert.doesNotMatch(
      await res.text(),
      /"name": "newsroom-elements"|customElements\.define/,
      path,
    );
  }
});
