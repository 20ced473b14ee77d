#!/usr/bin/env node
// The player's long lists, in the built bundle with real input (CDP): opening a three-hour
// transcript (3,600 cues), from the click to the frame painted; and loading, then opening, a
// 20,000-cue transcript and a 10,000-episode feed, with the main-thread tasks over 50 ms seen
// meanwhile (the page's Long Tasks API).
//
//   node bench/extras.mjs [--quick]     (npm run bench runs it too)
import {click, launchChromium, median, openPage} from './measure.mjs';

/** The budgets (issue 15). */
export const OPEN_MAX = 50;
export const TASK_MAX = 100;

const cases = [
  {
    id: 'transcript-3600',
    name: 'three-hour transcript (3,600 cues)',
    attrs: {src: '/audio.wav', duration: '3:00:00', transcript: '/long.vtt?n=3600'},
    panel: 'transcript',
  },
  {
    id: 'transcript-20000',
    name: 'transcript of 20,000 cues',
    attrs: {src: '/audio.wav', duration: '16:40:00', transcript: '/long.vtt?n=20000'},
    panel: 'transcript',
  },
  {
    id: 'feed-10000',
    name: 'feed of 10,000 episodes',
    attrs: {feed: '/long-feed.xml?n=10000'},
    panel: 'episodes',
  },
  // The inputs that froze the page before (issue 15), 1 MB each.
  ...['voices', 'srt-voices', 'amp'].map((kind) => ({
    id: `hostile-${kind}`,
    name: `hostile transcript (${kind})`,
    attrs: {src: '/audio.wav', transcript: `/hostile.vtt?kind=${kind}`},
    panel: 'transcript',
    hostile: true,
  })),
  ...['lt', 'nested'].map((kind) => ({
    id: `hostile-feed-${kind}`,
    name: `hostile description (${kind})`,
    attrs: {feed: `/hostile-feed.xml?kind=${kind}`},
    panel: 'episodes',
    hostile: true,
  })),
];

/**
 * One run of a case in a fresh page: the player is put on the page, its list loads (its code
 * too, on first use), then a real click opens the panel. Gives the tasks over 50 ms while it
 * loads and while it opens, the time from the click to the painted frame, and the rows drawn.
 */
async function once(context, base, {attrs, panel}) {
  const {page, cdp} = await openPage(context, base, 'extras');
  try {
    const probe = await page.evaluate(() => window.bench.watchLongTasks());
    if (probe.length !== 1) throw new Error(`the Long Tasks API saw ${probe.length} of 1 task`);
    await page.evaluate((a) => {
      const player = document.createElement('podcast-player');
      for (const [name, value] of Object.entries(a)) player.setAttribute(name, value);
      document.getElementById('root').append(player);
      window.player = player;
    }, attrs);
    await page.waitForFunction(
      (p) => !!window.player.shadowRoot?.querySelector(`[part="${p}-button"]`),
      panel,
      {timeout: 60000},
    );
    await page.evaluate(() => window.bench.idle());
    const load = await page.evaluate(() => window.bench.tasks.splice(0));
    // The click's own time stamp, to the first task after the frame that follows it: painted.
    await page.evaluate(() => {
      window.opened = new Promise((resolve) =>
        window.player.addEventListener(
          'click',
          (event) =>
            requestAnimationFrame(() =>
              setTimeout(() => resolve(performance.now() - event.timeStamp)),
            ),
          {capture: true, once: true},
        ),
      );
    });
    const at = await page.evaluate((p) => {
      const box = window.player.shadowRoot
        .querySelector(`[part="${p}-button"]`)
        .getBoundingClientRect();
      return {x: box.left + box.width / 2, y: box.top + box.height / 2};
    }, panel);
    await click(cdp, at);
    const ms = await page.evaluate(() => window.opened);
    await page.evaluate(() => window.bench.idle());
    const open = await page.evaluate(() => window.bench.tasks.splice(0));
    const rows = await page.evaluate(
      () => window.player.shadowRoot.querySelectorAll('li[aria-posinset]').length,
    );
    return {load, open, ms, rows};
  } finally {
    await page.close();
  }
}

/** Every case, `runs` times (after one warm-up run): medians, and the longest task of any run. */
export async function extras(context, base, runs, log = () => {}) {
  const out = [];
  for (const c of cases) {
    await once(context, base, c);
    const samples = [];
    for (let r = 0; r < runs; r++) samples.push(await once(context, base, c));
    const longest = (key) => Math.max(0, ...samples.flatMap((s) => s[key]));
    const row = {
      id: c.id,
      hostile: !!c.hostile,
      name: c.name,
      openMs: +median(samples.map((s) => s.ms)).toFixed(1),
      openRuns: samples.map((s) => +s.ms.toFixed(1)),
      loadLongest: +longest('load').toFixed(1),
      openLongest: +longest('open').toFixed(1),
      rows: Math.max(...samples.map((s) => s.rows)),
    };
    log(
      `lists: ${c.name}: click to painted ${row.openMs} ms; longest task loading ${row.loadLongest} ms, opening ${row.openLongest} ms; ${row.rows} rows drawn`,
    );
    out.push(row);
  }
  return out;
}

/** The budgets, met or not, as the bench's target lines. */
export function extrasTargets(rows) {
  const find = (id) => rows.find((r) => r.id === id);
  const open = find('transcript-3600');
  return [
    {
      text: `open a 3,600-cue transcript, click to painted: ${open.openMs} ms (target ≤ ${OPEN_MAX} ms)`,
      met: open.openMs <= OPEN_MAX,
    },
    ...['transcript-20000', 'feed-10000'].map((id) => {
      const r = find(id);
      const longest = Math.max(r.loadLongest, r.openLongest);
      return {
        text: `load and open a ${r.name}: longest task ${longest} ms (target ≤ ${TASK_MAX} ms)`,
        met: longest <= TASK_MAX,
      };
    }),
    (() => {
      const hostile = rows.filter((r) => r.hostile);
      const longest = Math.max(...hostile.map((r) => Math.max(r.loadLongest, r.openLongest)));
      return {
        text: `load and open each of ${hostile.length} hostile 1 MB inputs: longest task ${longest} ms (target ≤ ${TASK_MAX} ms)`,
        met: longest <= TASK_MAX,
      };
    })(),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const quick = process.argv.includes('--quick');
  const {buildBundle, bundles} = await import('./build.mjs');
  const {serve} = await import('./server.mjs');
  const {chromium} = await import('playwright-core');
  const log = (message) => process.stderr.write(`bench: ${message}\n`);
  log('building the player bundle');
  await buildBundle(bundles.find((b) => b.id === 'podcast-player'));
  const server = await serve();
  const browser = await launchChromium(chromium);
  try {
    const context = await browser.newContext({viewport: {width: 1280, height: 800}});
    log(`Chromium ${browser.version()}`);
    const rows = await extras(context, server.url, quick ? 3 : 7, log);
    for (const t of extrasTargets(rows)) console.log(`  ${t.met ? 'met   ' : 'MISSED'}  ${t.text}`);
  } finally {
    await browser.close();
    await server.close();
  }
}
