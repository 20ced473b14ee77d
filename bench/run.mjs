#!/usr/bin/env node
// npm run bench: sizes, render cost, leaks and interaction latency of our elements beside the
// peers', all in one run on one machine and one Chromium session, stated as ratios.
//
//   node bench/run.mjs [--quick] [--no-profile]
//
// Prints one table; writes bench/results.json and bench/chart.svg.
import {execFileSync} from 'node:child_process';
import {existsSync, writeFileSync} from 'node:fs';
import {cpus, totalmem, type, release, arch} from 'node:os';
import {join} from 'node:path';

const benchDir = new URL('.', import.meta.url).pathname;
const quick = process.argv.includes('--quick');
const log = (message) => process.stderr.write(`bench: ${message}\n`);
const started = performance.now();

// The peers are dev dependencies of the bench only: install them on a fresh clone.
if (!existsSync(join(benchDir, 'node_modules', '.package-lock.json'))) {
  log('installing the bench dependencies (npm ci --prefix bench)');
  execFileSync('npm', ['ci', '--prefix', benchDir, '--no-audit', '--no-fund'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1', PUPPETEER_SKIP_DOWNLOAD: '1'},
  });
}

const {buildAll} = await import('./build.mjs');
const {serve} = await import('./server.mjs');
const {renderGroups, leaks, latency, profile, launchChromium, executablePath} = await import(
  './measure.mjs'
);
const {interaction} = await import('./interaction.mjs');
const {extras, extrasTargets} = await import('./extras.mjs');
const {table, chart} = await import('./report.mjs');
const {chromium} = await import('playwright-core');

/** The counts and runs (each figure is the median of `runs`, after one discarded warm-up run). */
const plan = quick
  ? {
      runs: 3,
      cards: 200,
      players: 200,
      chrome: 10,
      icons: 2000,
      leakN: 100,
      cycles: 4,
      tries: 15,
      busy: 100,
      ssrPages: 100,
    }
  : {
      runs: 7,
      cards: 1000,
      players: 1000,
      chrome: 100,
      icons: 10000,
      leakN: 1000,
      cycles: 10,
      tries: 100,
      busy: 100,
      ssrPages: 500,
    };
/** Profiles are taken in a full run when a target is missed; --profile forces them, --no-profile skips them. */
const profiling =
  process.argv.includes('--profile') || (!quick && !process.argv.includes('--no-profile'));

/** Targets on our elements, each a ratio to its baseline in the same run. */
const targets = [
  {
    group: 'players',
    variant: 'podcast-player',
    max: 1,
    text: `${plan.players} players no slower than ${plan.players} native <audio controls>`,
  },
  {
    group: 'players',
    variant: 'podcast-player-drawn',
    floor: 'podcast-player-floor',
    max: 0.9,
    text: `${plan.players} players, all drawn, at most 0.9× native <audio controls>`,
  },
  {
    group: 'cards',
    variant: 'news-article',
    max: 2,
    text: `${plan.cards} cards at most 2× their static HTML`,
  },
  {
    group: 'cards',
    variant: 'news-article-drawn',
    floor: 'news-article-floor',
    max: 1.5,
    text: `${plan.cards} cards, all drawn, at most 1.5× their static HTML`,
  },
  {
    group: 'icons',
    variant: 'news-icon',
    floor: 'news-icon-floor',
    max: 1.3,
    text: `${plan.icons} icons at most 1.3× inline <svg>`,
  },
];
/** Server rendering: Lit's SSR at most this many times slower than a plain template string (60-62x measured on 2 cores). */
const SSR_MAX = 70;

const groups = [
  {
    id: 'cards',
    label: `${plan.cards} cards`,
    n: plan.cards,
    baseline: 'static-card',
    variants: ['news-article', 'news-article-drawn', 'news-article-floor'],
  },
  {
    id: 'players',
    label: `${plan.players} players`,
    n: plan.players,
    baseline: 'native-audio',
    variants: ['podcast-player', 'podcast-player-drawn', 'podcast-player-floor'],
  },
  {
    id: 'players-small',
    label: `${plan.chrome} players`,
    n: plan.chrome,
    baseline: 'native-audio',
    variants: ['podcast-player', 'media-chrome'],
  },
  {
    id: 'icons',
    label: `${plan.icons} icons`,
    n: plan.icons,
    baseline: 'inline-svg',
    variants: ['news-icon', 'news-icon-floor', 'sl-icon', 'ion-icon'],
  },
];

log('building the bundles, and dist/ for server rendering');
const sizes = await buildAll(log);
execFileSync('npm', ['run', '-s', 'build'], {cwd: join(benchDir, '..'), stdio: 'ignore'});

log(`server rendering: ${plan.ssrPages} pages × ${plan.runs} runs`);
const ssr = JSON.parse(
  execFileSync(
    process.execPath,
    [join(benchDir, 'ssr.mjs'), '--pages', String(plan.ssrPages), '--runs', String(plan.runs)],
    {encoding: 'utf8'},
  ),
);
log(`server rendering: ${ssr.lit.toFixed(0)} pages/s; plain ${ssr.plain.toFixed(0)} pages/s`);

const server = await serve();
const browser = await launchChromium(chromium, [
  '--autoplay-policy=no-user-gesture-required',
  '--js-flags=--expose-gc',
]);
const context = await browser.newContext({viewport: {width: 1280, height: 800}});
let results;
try {
  const browserVersion = browser.version();
  log(`Chromium ${browserVersion}; ${plan.runs} runs per figure`);
  const render = await renderGroups(context, server.url, groups, plan.runs, log);

  log(
    `leaks: ${plan.leakN} players and ${plan.leakN} cards, created and removed ${plan.cycles} times`,
  );
  const leak = await leaks(context, server.url, plan.leakN, plan.cycles);
  log(
    `leaks: heap ${leak.heaps.map((h) => (h / 1e6).toFixed(2)).join(' ')} MB; growth ${(leak.growth * 100).toFixed(1)}%`,
  );

  log(`latency: ${plan.tries} tries`);
  const lat = await latency(context, server.url, plan.tries);

  log(`interaction: one player used on a page of ${plan.busy} players and ${plan.busy} cards`);
  const busy = await interaction(context, server.url, plan.busy);

  log('long lists: transcripts of 3,600 and 20,000 cues, a feed of 10,000 episodes');
  const lists = await extras(context, server.url, quick ? 3 : 5, log);

  const checked = targets.map((t) => {
    const group = render.find((g) => g.id === t.group);
    const row = group?.variants.find((v) => v.variant === t.variant);
    // The floor of what the target measures drawn: the same DOM and styles, none of our script.
    const floor = group?.variants.find((v) => v.variant === t.floor)?.ratio ?? null;
    return {...t, ratio: row?.ratio ?? null, floor, met: row ? row.ratio <= t.max : false};
  });
  checked.push({
    max: SSR_MAX,
    text: 'server rendering, pages per second, beside a plain template string',
    ratio: ssr.ratio,
    met: ssr.ratio <= SSR_MAX,
  });
  const longest = Math.max(0, ...busy.flatMap((s) => s.tasks));

  // A missed target of ours is profiled: a Chromium trace and a CPU profile of one render, and
  // of its baseline for comparison.
  const profiles = [];
  if (profiling) {
    for (const t of checked.filter((c) => !c.met && c.group)) {
      const group = groups.find((g) => g.id === t.group);
      log(`profiling ${t.variant} (target missed) and ${group.baseline}`);
      profiles.push(await profile(browser, context, server.url, t.variant, group.n));
      profiles.push(await profile(browser, context, server.url, group.baseline, group.n));
    }
  }

  const cpuList = cpus();
  results = {
    date: new Date().toISOString(),
    mode: quick ? 'quick' : 'full',
    machine: {
      os: `${type()} ${release()} ${arch()}`,
      cpus: cpuList.length,
      cpuModel: cpuList[0]?.model,
      memoryGiB: +(totalmem() / 2 ** 30).toFixed(1),
      node: process.version,
    },
    browser: {name: 'Chromium', version: browserVersion, executablePath, headless: true},
    plan,
    sizes: sizes.filter((s) => !s.sizeless && s.id !== 'leaks'),
    render,
    leaks: leak,
    latency: lat,
    interaction: {n: plan.busy, steps: busy, longest, met: longest === 0},
    lists: {cases: lists, targets: extrasTargets(lists)},
    ssr,
    targets: checked,
    profiles,
    seconds: Math.round((performance.now() - started) / 1000),
  };
} finally {
  await browser.close();
  await server.close();
}

writeFileSync(join(benchDir, 'results.json'), JSON.stringify(results, null, 2) + '\n');
writeFileSync(join(benchDir, 'chart.svg'), chart(results));
console.log(table(results));
log(`wrote bench/results.json and bench/chart.svg in ${results.seconds} s`);
