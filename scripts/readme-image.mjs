// Draws docs/images/elements.png, the picture at the top of the README: a card, the demo's two
// episodes in players and a row of icons, from the built one-file bundle (`npm run build` first;
// `npm run readme-image` does both), with the fonts the screenshot tests pin (Noto Sans and
// Noto Serif from @fontsource), never the machine's. Run it after a change of design.
// Needs Chromium (CHROME_PATH, else /usr/bin/chromium).
import {createServer} from 'node:http';
import {existsSync, readFileSync, writeFileSync} from 'node:fs';
import {extname, join, normalize} from 'node:path';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const output = join(root, 'docs/images/elements.png');
const fonts = '/node_modules/@fontsource';
const face = (family, file, weight) =>
  `@font-face { font-family: '${family}'; font-weight: ${weight}; src: url(${fonts}/${file}); }`;

// The demo's episodes (demo/episodes.ts), the second one cued at 0:40.
const page = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<script type="module" src="/dist/newsroom-elements.bundle.js"></script>
<style>
${[400, 600, 700].map((w) => face('Pinned Sans', `noto-sans/files/noto-sans-latin-${w}-normal.woff2`, w)).join('\n')}
${[400, 700].map((w) => face('Pinned Serif', `noto-serif/files/noto-serif-latin-${w}-normal.woff2`, w)).join('\n')}
html { color-scheme: light; background: #f6f6f4; }
body { margin: 0; font: 16px/1.5 'Pinned Sans'; }
#stage {
  --news-font-family: 'Pinned Sans';
  --news-font-family-heading: 'Pinned Serif', 'Pinned Sans';
  display: grid; grid-template-columns: 320px 480px; gap: 20px; align-items: start;
  inline-size: 820px; padding: 20px;
}
.right { display: grid; gap: 14px; }
.icons { display: flex; flex-wrap: wrap; gap: 14px; color: #c8102e; --news-icon-size: 24px; }
</style>
</head>
<body>
<div id="stage">
  <news-article
    headline="Moscow waiting for NATO’s moves on missile defense"
    href="https://news.example/world/nato-missile-defense"
    datetime="2010-05-20T15:12:00+04:00"
    time-zone="Europe/Moscow"
    section="World"
    author="RT"
    lede="NATO and Russia should trust each other more, says the chief of the Alliance."
  ></news-article>
  <div class="right">
    <podcast-player
      src="/demo/media/episode-1.ogg"
      duration="0:36"
      title="Moscow waiting for NATO’s moves on missile defense, part 1"
      chapters="/demo/media/episode-1.chapters.json"
      transcript="/demo/media/episode-1.vtt"
    ></podcast-player>
    <podcast-player
      src="/demo/media/episode-2.ogg"
      duration="1:05"
      start="40"
      title="Moscow waiting for NATO’s moves on missile defense, part 2"
      download
    ></podcast-player>
    <div class="icons">
      ${[
        'bookmark',
        'share',
        'play',
        'pause',
        'step-back',
        'step-forward',
        'volume-off',
        'download',
        'search',
        'mail',
        'facebook',
        'music',
        'radio',
      ]
        .map((name) => `<news-icon name="${name}"></news-icon>`)
        .join('')}
    </div>
  </div>
</div>
</body>
</html>`;

const TYPES = {'.js': 'text/javascript', '.woff2': 'font/woff2', '.ogg': 'audio/ogg'};
const TYPES_MORE = {'.json': 'application/json', '.vtt': 'text/vtt', '.svg': 'image/svg+xml'};
const server = createServer((req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://localhost').pathname);
  if (path === '/') return res.end(page);
  const file = normalize(join(root, path));
  if (!file.startsWith(root) || !existsSync(file)) return res.writeHead(404).end();
  res.setHeader('Content-Type', TYPES[extname(file)] ?? TYPES_MORE[extname(file)] ?? 'text/plain');
  res.end(readFileSync(file));
});

if (!existsSync(join(root, 'dist/newsroom-elements.bundle.js'))) {
  console.error('readme-image: no dist/newsroom-elements.bundle.js: run `npm run build` first.');
  process.exit(1);
}
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--font-render-hinting=none', '--disable-gpu'],
});
try {
  const tab = await browser.newPage();
  await tab.setViewport({width: 900, height: 400, deviceScaleFactor: 1});
  await tab.emulateMediaFeatures([{name: 'prefers-color-scheme', value: 'light'}]);
  const errors = [];
  tab.on('pageerror', (error) => errors.push(String(error)));
  await tab.goto(`http://127.0.0.1:${server.address().port}/`, {waitUntil: 'networkidle0'});
  // Every element drawn, the fonts loaded, the first player's chapter shown.
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('news-article, podcast-player')].every(
        (el) => el.shadowRoot?.childElementCount,
      ) &&
      document.fonts.status === 'loaded' &&
      !!document.querySelector('podcast-player')?.shadowRoot?.querySelector('[part~="chapter"]'),
    {timeout: 10000},
  );
  await tab.evaluate(() => document.fonts.ready);
  if (errors.length) throw new Error(errors.join('\n'));
  const stage = await tab.$('#stage');
  writeFileSync(output, await stage.screenshot({type: 'png'}));
  console.log(`readme-image: wrote ${output.slice(root.length)}`);
} finally {
  await browser.close();
  server.close();
}
