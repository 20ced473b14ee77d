// `npm run test:examples`: each app in examples/ consumes the package as `npm pack` builds it.
// For each: `npm ci` from its own lockfile, the packed tarball installed beside, a production build,
// its own production server on 127.0.0.1, then in Chromium: the server's HTML (read without
// JavaScript) holds the story where the framework renders on the server; the page runs with no
// console error or hydration warning; real clicks on bookmark and play reach the app's handlers;
// the player shows its declared 27:33; the Russian page names the chapters button in Russian.
//
//   npm run test:examples                  every example
//   npm run test:examples -- vue next      only these
//   npm run test:examples -- --reuse vue   skip `npm ci` where node_modules exists (iterating)
import {spawn, execFileSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import process from 'node:process';
import {setTimeout as sleep} from 'node:timers/promises';
import {fileURLToPath} from 'node:url';
import puppeteer from 'puppeteer-core';
import {episodeWav} from '../examples/episode-audio.mjs';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** What every example shows (examples/*: the same story, player and Russian page). */
const story = {
  headline: 'Tides rise over the northern flats',
  body: 'Twice a day the sea comes in over the flats',
  articleId: 'tides-2026',
  bookmarked: 'Bookmarked: tides-2026',
  played: 'Playing: Episode 12',
  duration: '27:33',
  chaptersRu: 'Главы',
};

/**
 * The examples. `pages`: each page showing the story, with what the server's HTML holds of it
 * (`light`: the body as light DOM, the headline and id as the element's attributes; `shadow`:
 * also the element's own declarative shadow DOM, the headline drawn; false: a page the browser
 * builds, not checked without JavaScript). `ru`: the Russian page. `media`: where the app serves
 * its static files from (the episode's audio is written there before the build).
 */
const examples = [
  {name: 'html', media: '.', pages: {'/': false}, ru: '/ru.html'},
  {name: 'vue', media: 'public', pages: {'/': false}, ru: '/#/ru'},
  {name: 'next', media: 'public', pages: {'/': 'light'}, ru: '/ru'},
  {name: 'sveltekit', media: 'static', pages: {'/': 'light'}, ru: '/ru'},
  {name: 'astro', media: 'public', pages: {'/': 'shadow', '/client': 'light'}, ru: '/ru'},
  {name: 'nuxt', media: 'public', pages: {'/': 'light'}, ru: '/ru'},
  {name: 'angular', media: 'public', pages: {'/': 'light'}, ru: '/ru'},
];

const args = process.argv.slice(2);
const reuse = args.includes('--reuse');
const only = args.filter((a) => !a.startsWith('--'));
for (const name of only)
  if (!examples.some((e) => e.name === name)) throw new Error(`no example named ${name}`);
const chosen = only.length ? examples.filter((e) => only.includes(e.name)) : examples;

const chromium =
  process.env.CHROME_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find(existsSync);
if (!chromium) throw new Error('Chromium not found: install it or set CHROME_PATH');

/** Every server started, killed on exit whatever happens. */
const servers = new Set();
function killAll() {
  for (const child of servers) stop(child);
}
process.on('exit', killAll);
for (const signal of ['SIGINT', 'SIGTERM'])
  process.on(signal, () => {
    killAll();
    process.exit(130);
  });

function stop(child) {
  servers.delete(child);
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL'); // its process group: npm, the shell, the server
  } catch {
    // already gone
  }
}

/** Runs a command in `cwd`; on failure, throws with its output. */
function run(cwd, command, commandArgs) {
  try {
    return execFileSync(command, commandArgs, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    throw new Error(
      `\`${command} ${commandArgs.join(' ')}\` failed in ${cwd}:\n${error.stdout}\n${error.stderr}`,
    );
  }
}

/** A free TCP port on 127.0.0.1. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts the example's production server; resolves once it answers. */
async function serve(dir, log) {
  const port = await freePort();
  const child = spawn('npm', ['run', '-s', 'start'], {
    cwd: dir,
    detached: true,
    env: {...process.env, PORT: String(port), HOST: '127.0.0.1', NODE_ENV: 'production'},
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  servers.add(child);
  child.stdout.on('data', (d) => log.push(String(d)));
  child.stderr.on('data', (d) => log.push(String(d)));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited (${child.exitCode})`);
    try {
      const response = await fetch(origin + '/', {signal: AbortSignal.timeout(5000)});
      if (response.ok) return {child, origin};
    } catch {
      // not listening yet
    }
    await sleep(250);
  }
  throw new Error(`the server did not answer on ${origin} within 60 s`);
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

/** Collects what a page reports that a reader would call a failure. */
function watch(page) {
  const problems = [];
  page.on('console', (message) => {
    const text = message.text();
    if (message.type() === 'error' || /hydrat/i.test(text))
      problems.push(`console.${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/**
 * The part `part` in the shadow root of the first `host` element, once it is there (polled:
 * Puppeteer's own wait watches the document's mutations, not those inside shadow roots).
 */
async function waitForPart(page, host, part, what, timeout = 15_000) {
  try {
    await page.waitForFunction(
      (h, p) => document.querySelector(h)?.shadowRoot?.querySelector(`[part~="${p}"]`),
      {polling: 100, timeout},
      host,
      part,
    );
  } catch {
    throw new Error(`${what}: no ${part} in <${host}> within ${timeout / 1000} s`);
  }
  return page.$(`${host} >>> [part~="${part}"]`);
}

const text = (handle) => handle.evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim());

/** Waits until the page's light DOM text includes `wanted`. */
async function waitForText(page, wanted, what) {
  try {
    await page.waitForFunction(
      (t) => document.body.innerText.includes(t),
      {timeout: 10_000},
      wanted,
    );
  } catch {
    throw new Error(`${what}: the page never showed "${wanted}"`);
  }
}

async function checkStory(browser, origin, path, ssr) {
  const url = origin + path;
  if (ssr) {
    const html = await (await fetch(url)).text();
    // Inside the elements' own markup: a framework may also serialize the same props for its
    // client (Next.js's flight data), which must not count.
    const article = html.match(/<news-article\b[^>]*>[\s\S]*?<\/news-article>/)?.[0] ?? '';
    const articleTag = article.match(/^<news-article\b[^>]*>/)?.[0] ?? '';
    const playerTag = html.match(/<podcast-player\b[^>]*>/)?.[0] ?? '';
    check(article, `${path}: the server's HTML has no <news-article>`);
    // Drawn: in the element's declarative shadow root, as a text node (Lit's comments aside).
    const drawn = article.replace(/<!--.*?-->/gs, '');
    const headline =
      ssr === 'shadow'
        ? /<template shadowroot(?:mode)?="open"/.test(drawn) &&
          new RegExp(`>\\s*${story.headline}\\s*<`).test(drawn)
        : articleTag.includes(`headline="${story.headline}"`);
    check(headline, `${path}: the server's <news-article> lacks the headline (${story.headline})`);
    check(
      articleTag.includes(`article-id="${story.articleId}"`),
      `${path}: the server's <news-article> lacks article-id="${story.articleId}": ${articleTag}`,
    );
    check(
      new RegExp(`<p>${story.body}`).test(article),
      `${path}: the server's <news-article> lacks the body text (${story.body})`,
    );
    check(
      playerTag.includes(`duration="${story.duration}"`),
      `${path}: the server's <podcast-player> lacks duration="${story.duration}": ${playerTag}`,
    );
  }
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(url, {waitUntil: 'load'});
    await page.waitForSelector('body[data-hydrated]', {timeout: 15_000}).catch(() => {
      throw new Error(`${path}: the app never marked itself hydrated (body[data-hydrated])`);
    });
    const time = await waitForPart(page, 'podcast-player', 'time', path);
    await page
      .waitForFunction(
        (el, d) => el.textContent.includes(d),
        {timeout: 10_000},
        time,
        story.duration,
      )
      .catch(async () => {
        throw new Error(`${path}: the player shows "${await text(time)}", not ${story.duration}`);
      });
    const bookmark = await waitForPart(page, 'news-article', 'bookmark-button', path);
    await bookmark.click();
    await waitForText(page, story.bookmarked, `${path}: bookmark click`);
    const play = await waitForPart(page, 'podcast-player', 'play-button', path);
    await play.click();
    await waitForText(page, story.played, `${path}: play click`);
    await sleep(300); // late hydration reports
    check(problems.length === 0, `${path}: ${problems.join('\n  ')}`);
  } finally {
    await context.close();
  }
}

async function checkRussian(browser, origin, path) {
  const context = await browser.createBrowserContext();
  try {
    const page = await context.newPage();
    const problems = watch(page);
    await page.goto(origin + path, {waitUntil: 'load'});
    const button = await waitForPart(page, 'podcast-player', 'chapters-button', path);
    const named = async () => (await page.accessibility.snapshot({root: button}))?.name ?? '';
    const deadline = Date.now() + 10_000;
    while (!(await named()).includes(story.chaptersRu) && Date.now() < deadline) await sleep(100);
    const name = await named();
    check(
      name.includes(story.chaptersRu),
      `${path}: the chapters button is named "${name}", not in Russian (${story.chaptersRu})`,
    );
    await sleep(300);
    check(problems.length === 0, `${path}: ${problems.join('\n  ')}`);
  } finally {
    await context.close();
  }
}

async function testExample(example, tarball, browser, audio) {
  const dir = join(repo, 'examples', example.name);
  const step = (what) => console.log(`  ${example.name}: ${what}`);
  if (!(reuse && existsSync(join(dir, 'node_modules')))) {
    step('npm ci');
    run(dir, 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']);
  }
  step('install the packed tarball');
  run(dir, 'npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball]);
  writeFileSync(join(dir, example.media, 'episode.wav'), audio);
  if (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).scripts.build) {
    step('production build');
    run(dir, 'npm', ['run', '-s', 'build']);
  }
  step('serve');
  const log = [];
  let server;
  try {
    server = await serve(dir, log);
    for (const [path, ssr] of Object.entries(example.pages)) {
      step(`check ${path}`);
      await checkStory(browser, server.origin, path, ssr);
    }
    step(`check ${example.ru}`);
    await checkRussian(browser, server.origin, example.ru);
  } catch (error) {
    const tail = log.join('').split('\n').slice(-30).join('\n');
    error.message += tail.trim() ? `\n  server output:\n${tail}` : '';
    throw error;
  } finally {
    if (server) stop(server.child);
  }
}

const started = Date.now();
const packDir = mkdtempSync(join(tmpdir(), 'newsroom-pack-'));
const failures = [];
let browser;
try {
  console.log('test:examples: npm pack');
  run(repo, 'npm', ['pack', '--silent', '--pack-destination', packDir]);
  const tarball = join(
    packDir,
    readdirSync(packDir).find((f) => f.endsWith('.tgz')),
  );
  const audio = episodeWav();
  browser = await puppeteer.launch({executablePath: chromium, args: ['--no-sandbox']});
  for (const example of chosen) {
    const began = Date.now();
    try {
      await testExample(example, tarball, browser, audio);
      console.log(`ok ${example.name} (${Math.round((Date.now() - began) / 1000)} s)`);
    } catch (error) {
      failures.push(example.name);
      console.error(`FAILED ${example.name}: ${error.message}`);
    }
  }
} finally {
  await browser?.close();
  killAll();
  rmSync(packDir, {recursive: true, force: true});
}
const seconds = Math.round((Date.now() - started) / 1000);
if (failures.length) {
  console.error(`test:examples: ${failures.join(', ')} failed (${seconds} s)`);
  process.exit(1);
}
console.log(`test:examples: ${chosen.length} examples passed (${seconds} s)`);
