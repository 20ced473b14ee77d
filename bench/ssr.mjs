#!/usr/bin/env node
// Server rendering throughput: pages per second of scripts/ssr/page.mjs (a full article and two
// players, rendered by @lit-labs/ssr from dist/) beside the same markup from a plain template
// string (the page cut at its headline, joined again around each new one, escaped). Runs in its
// own Node process (the render installs Lit's DOM shim); prints JSON.
//
//   node bench/ssr.mjs [--pages N] [--runs N]
import {escapeHtml, renderPage} from '../scripts/ssr/page.mjs';

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const pages = arg('--pages', 200);
const runs = arg('--runs', 7);
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const headline = (i) => `Story ${i}: the council approves the new riverside park`;

// The plain template: the server-rendered page, with its headline as the only hole.
const MARK = 'Story 0: the council approves the new riverside park';
const chunks = (await renderPage({headline: MARK})).split(MARK);
const plain = (text) => chunks.join(escapeHtml(text));
if ((await renderPage({headline: headline(7)})) !== plain(headline(7)))
  throw new Error('the plain template does not write the same page');

/**
 * Pages per second of `render` over `count` pages. The plain template is timed over fifty times
 * as many, so that each sample lasts long enough (a tenth of a second or more) to be steady.
 */
async function rate(render, count = pages) {
  const started = performance.now();
  let bytes = 0;
  for (let i = 0; i < count; i++) bytes += (await render(headline(i))).length;
  if (!bytes) throw new Error('nothing rendered');
  return count / ((performance.now() - started) / 1000);
}

const lit = (text) => renderPage({headline: text});
const plainPages = pages * 50;
await rate(lit); // warm-up: Lit prepares each template once
await rate(plain, plainPages);
const samples = {lit: [], plain: []};
for (let r = 0; r < runs; r++) {
  samples.lit.push(await rate(lit));
  samples.plain.push(await rate(plain, plainPages));
}
const result = {
  pages,
  runs,
  bytes: chunks.join(MARK).length,
  lit: median(samples.lit),
  plain: median(samples.plain),
  litRange: [Math.min(...samples.lit), Math.max(...samples.lit)],
};
result.ratio = result.plain / result.lit;
console.log(JSON.stringify(result));
