// A web-test-runner middleware for the player's tests: serves generated audio under /__podcast/
// and counts the requests for each `id`, so tests can prove what was fetched and when.
//   /__podcast/tone.wav?id=x&s=6          a 6-second WAV
//   /__podcast/flaky.wav?id=x&fail=404    404 on the first request, the WAV afterwards
//   /__podcast/flaky.wav?id=x&fail=corrupt  bytes that are not audio first, the WAV afterwards
//   /__podcast/tone.wav?id=x&delay=3000   the WAV, after a delay (to see the loading state)
//   /__podcast/flaky.wav?id=x&fail=500    a server error on the first request, the WAV afterwards
//   /__podcast/tone.wav?id=x&truncate=1   a WAV whose header promises more audio than is sent
//   /__podcast/count?id=x                 how many audio requests `id` made, as JSON
import {Buffer} from 'node:buffer';
import {toneWav} from './wav.mjs';

const counts = new Map();

export async function podcastAudio(ctx, next) {
  if (!ctx.path.startsWith('/__podcast/')) return next();
  const id = ctx.query.id ?? '';
  if (ctx.path === '/__podcast/count') {
    ctx.body = {count: counts.get(id) ?? 0};
    return undefined;
  }
  if (!/^\/__podcast\/(tone|flaky)\.wav$/.test(ctx.path)) return next();
  const count = (counts.get(id) ?? 0) + 1;
  counts.set(id, count);
  ctx.set('Cache-Control', 'no-store');
  if (ctx.query.delay) await new Promise((resolve) => setTimeout(resolve, Number(ctx.query.delay)));
  if (ctx.path === '/__podcast/flaky.wav' && count === 1) {
    if (ctx.query.fail === '404' || ctx.query.fail === '500') {
      ctx.status = Number(ctx.query.fail);
      ctx.body = ctx.status === 404 ? 'Not found' : 'Server error';
      return undefined;
    }
    ctx.type = 'audio/wav';
    ctx.body = Buffer.from('RIFF this is not audio at all '.repeat(200));
    return undefined;
  }
  ctx.type = 'audio/wav';
  const wav = Buffer.from(toneWav(Number(ctx.query.s) || 6));
  ctx.body = ctx.query.truncate ? wav.subarray(0, wav.length >> 1) : wav;
  return undefined;
}
