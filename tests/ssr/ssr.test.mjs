// Server rendering with @lit-labs/ssr: in Node, <news-article> (with its slotted body) and
// <podcast-player> render to declarative shadow DOM without touching browser globals; in
// Chromium the page is readable with JavaScript off, and with it on the elements hydrate
// without drawing their DOM again and without a warning. Needs `npm run build` (npm test does it).
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {existsSync} from 'node:fs';
import process from 'node:process';
import puppeteer from 'puppeteer-core';

const chromium =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);

/** Console output of `run`, by method. */
async function captureConsole(run) {
  const seen = [];
  const originals = {};
  for (const method of ['warn', 'error', 'log']) {
    originals[method] = console[method];
    console[method] = (...args) => seen.push(`${method}: ${args.join(' ')}`);
  }
  try {
    return {result: await run(), seen};
  } finally {
    Object.assign(console, originals);
  }
}

describe('server rendering in Node', () => {
  it('imports the elements and renders the page without a browser global or a warning', async () => {
    for (const name of ['window', 'document', 'localStorage', 'navigator', 'location'])
      if (name !== 'navigator' || !('navigator' in globalThis))
        assert.equal(name in globalThis, false, `${name} exists in this Node`);
    const {result: html, seen} = await captureConsole(async () => {
      const {renderPage} = await import('../../scripts/ssr/page.mjs');
      return renderPage();
    });
    assert.deepEqual(seen, []);
    // Each element's shadow tree is declarative shadow DOM, the article's buttons in it.
    for (const tag of ['news-article', 'podcast-player'])
      assert.match(
        html,
        new RegExp(`<${tag}[^>]*><template shadowroot="open" shadowrootmode="open">`),
        tag,
      );
    for (const part of ['bookmark-button', 'share-button'])
      assert.match(html, new RegExp(`<button[^>]*part="${part}"`), part);
    // The full layout's headline: in an <a> that is no link (no href), as a card's is one.
    assert.match(
      html,
      /<h1 part="headline" dir="auto"><!--lit-node \d+--><a ><!--lit-part-->Moscow waiting/,
    );
    assert.match(html, /<slot ?><\/slot>/);
    // The body stays in the light DOM, after the shadow root's template.
    assert.match(
      html,
      /<\/template><!--lit-part[^>]*-->(<!--lit-part[^>]*-->)?<p>(<!--lit-part-->)?Ahead of the visit/,
    );
    assert.match(html, /<button\s+part="play-button"[^>]*aria-label="Play"/);
    assert.match(html, /aria-valuetext="0 seconds of 1 minute 35 seconds"/);
    // A player with <source> children and `resume`: drawn, its sources left to the browser.
    assert.match(html, /aria-valuetext="0 seconds of 2 minutes 5 seconds"/);
    assert.match(html, /<source src="https:\/\/news.example\/media\/episode-2.mp3"/);
  });
});

describe('the server-rendered page in Chromium', () => {
  let browser;
  let server;
  let url;

  before(async () => {
    const {startServer} = await import('../../scripts/ssr/serve.mjs');
    // Lit's development build: it warns of hydration mismatches and updates made during an update.
    ({server, url} = await startServer(0, {development: true}));
    browser = await puppeteer.launch({
      executablePath: chromium,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  it('is readable with JavaScript turned off', async () => {
    const page = await browser.newPage();
    try {
      await page.setJavaScriptEnabled(false);
      await page.goto(url, {waitUntil: 'load'});
      // What is drawn: the shadow tree's headline and lede, and the slotted body, each on screen.
      const shown = await page.evaluate(() => {
        const article = document.querySelector('news-article');
        const drawn = (el) => el.getBoundingClientRect().height > 0 && el.checkVisibility();
        return [
          article.shadowRoot.querySelector('[part="headline"]'),
          article.shadowRoot.querySelector('[part="lede"]'),
          ...article.querySelectorAll('p'),
        ].map((el) => drawn(el) && el.textContent.trim().slice(0, 20));
      });
      assert.deepEqual(shown, [
        'Moscow waiting for N',
        'NATO and Russia shou',
        'Ahead of the visit, ',
        'Russia is ready to h',
      ]);
      const styled = await page.evaluate(() => {
        const article = document.querySelector('news-article');
        const headline = article.shadowRoot.querySelector('[part="headline"]');
        return {
          defined: !!customElements.get('news-article'),
          headline: headline.textContent,
          font: getComputedStyle(headline).fontFamily,
          bodySlotted: !!article.querySelector('p').assignedSlot,
        };
      });
      assert.deepEqual(styled, {
        defined: false,
        headline: 'Moscow waiting for NATO’s moves on missile defense',
        font: 'Georgia, serif',
        bodySlotted: true,
      });
      // Paths from the site's root are links already in the server's HTML (the section, tags).
      const links = await page.evaluate(() =>
        [
          ...document
            .querySelector('news-article')
            .shadowRoot.querySelectorAll('[part="section"] a, [part="tag"] a'),
        ].map((a) => a.getAttribute('href')),
      );
      assert.deepEqual(links, ['/world', '/tags/NATO', '/tags/Russia']);
    } finally {
      await page.close();
    }
  });

  it('hydrates: the same DOM, now live, and no warning or error', async () => {
    const page = await browser.newPage();
    const messages = [];
    page.on('console', (m) => {
      if (m.text().startsWith('Lit is in dev mode.')) return; // the development build says so, once
      if (m.type() === 'warn' || m.type() === 'error') messages.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (error) => messages.push(`pageerror: ${error}`));
    try {
      // Hold the client script until the server's DOM has been noted.
      await page.setRequestInterception(true);
      let release;
      const held = new Promise((resolve) => (release = resolve));
      page.on('request', async (request) => {
        if (request.url().endsWith('/client.js')) await held;
        if (request.url().startsWith(url)) await request.continue();
        else await request.abort(); // the episode's audio host does not exist
      });
      // (The held module script also holds DOMContentLoaded: wait for the parsed DOM instead.)
      const navigation = page.goto(url, {waitUntil: 'load'});
      await page.waitForFunction(() => document.querySelector('podcast-player')?.shadowRoot, {
        timeout: 10000,
      });
      await page.evaluate(() => {
        const article = document.querySelector('news-article');
        const player = document.querySelector('podcast-player');
        window.before = {
          headline: article.shadowRoot.querySelector('[part="headline"]'),
          bookmark: article.shadowRoot.querySelector('[part="bookmark-button"]'),
          play: player.shadowRoot.querySelector('[part="play-button"]'),
          slider: player.shadowRoot.querySelector('[part="scrubber"]'),
        };
      });
      release();
      await navigation;
      await page.waitForFunction(
        () =>
          customElements.get('news-article') &&
          !document.querySelector('news-article').shadowRoot.querySelector('[defer-hydration]') &&
          document.querySelector('news-article').hasUpdated &&
          document.querySelector('podcast-player').hasUpdated,
        {timeout: 10000},
      );
      const after = await page.evaluate(async () => {
        const article = document.querySelector('news-article');
        const player = document.querySelector('podcast-player');
        await article.updateComplete;
        await player.updateComplete;
        const bookmark = article.shadowRoot.querySelector('[part="bookmark-button"]');
        const same = {
          headline:
            window.before.headline === article.shadowRoot.querySelector('[part="headline"]'),
          bookmark: window.before.bookmark === bookmark,
          play: window.before.play === player.shadowRoot.querySelector('[part="play-button"]'),
          slider: window.before.slider === player.shadowRoot.querySelector('[part="scrubber"]'),
        };
        // Live: a click reaches the element's code.
        let changed = false;
        article.addEventListener('bookmark-change', (e) => {
          changed = true;
          e.preventDefault();
        });
        bookmark.click();
        await article.updateComplete;
        const meta = article.shadowRoot.querySelector('[part="meta"]').textContent;
        return {same, changed, meta};
      });
      assert.deepEqual(after.same, {headline: true, bookmark: true, play: true, slider: true});
      assert.equal(after.changed, true);
      // The reading time, counted from the slotted body in the browser.
      assert.match(after.meta, /min read/);
      assert.deepEqual(messages, []);
    } finally {
      await page.close();
    }
  });
});
