// A web-test-runner middleware for the embed page's tests: serves src/embed/embed.html with its
// own policy repeated as a header plus a `report-uri`, so that any violation of it is reported
// here (a frame's violations cannot be heard from outside it); and keeps the reports.
//   /__embed/reports?mark=x     the reports whose document URL contains `x`, as JSON
//   /__embed/report             where the browser posts them
//   /__embed/violate?mark=x     a page that breaks the policy (the suite's proof that reports come)
//   /__embed/tone.wav?id=x&s=60 a WAV, answering Range requests as audio hosts do (seekable)
//   /__embed/count?id=x         how many audio requests `id` made, as JSON
import {readFileSync} from 'node:fs';
import {Buffer} from 'node:buffer';
import {toneWav} from '../../scripts/tone-wav.mjs';

const page = new URL('../../src/embed/embed.html', import.meta.url);
/** The policy in the page's own <meta http-equiv>. */
export const embedPolicy = () =>
  /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(page, 'utf8'))[1];

const reports = [];
const counts = new Map();

/** A WAV tone, whole or the range asked for. */
function tone(ctx) {
  const id = String(ctx.query.id ?? '');
  counts.set(id, (counts.get(id) ?? 0) + 1);
  const wav = Buffer.from(toneWav(Number(ctx.query.s) || 6));
  const range = /^bytes=(\d+)-(\d*)$/.exec(ctx.get('range'));
  ctx.set('Accept-Ranges', 'bytes');
  ctx.set('Cache-Control', 'no-store');
  ctx.type = 'audio/wav';
  if (!range) {
    ctx.body = wav;
    return;
  }
  const start = Number(range[1]);
  const end = Math.min(Number(range[2] || wav.length - 1), wav.length - 1);
  ctx.status = 206;
  ctx.set('Content-Range', `bytes ${start}-${end}/${wav.length}`);
  ctx.body = wav.subarray(start, end + 1);
}

export async function embedPage(ctx, next) {
  if (ctx.path === '/__embed/report' && ctx.method === 'POST') {
    const chunks = [];
    for await (const chunk of ctx.req) chunks.push(chunk);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}');
    reports.push(body['csp-report'] ?? body);
    ctx.status = 204;
    return undefined;
  }
  if (ctx.path === '/__embed/tone.wav') return tone(ctx);
  if (ctx.path === '/__embed/count') {
    ctx.body = {count: counts.get(String(ctx.query.id ?? '')) ?? 0};
    return undefined;
  }
  if (ctx.path === '/__embed/reports') {
    const mark = String(ctx.query.mark ?? '');
    ctx.body = reports.filter((r) => String(r['document-uri'] ?? '').includes(mark));
    return undefined;
  }
  // The page's script, as the build names it: here its source, compiled by the test server.
  if (ctx.path === '/src/embed/embed.js') ctx.url = '/src/embed/embed.ts';
  if (ctx.path === '/__embed/violate') {
    ctx.type = 'html';
    ctx.body = '<!doctype html><title>Breaks the policy</title><script>1</script>';
  } else {
    await next();
  }
  if (ctx.path === '/src/embed/embed.html' || ctx.path === '/__embed/violate') {
    ctx.set('Content-Security-Policy', `${embedPolicy()}; report-uri /__embed/report`);
    ctx.set('Cache-Control', 'no-store');
  }
  return undefined;
}
