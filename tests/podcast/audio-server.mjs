// A web-test-runner middleware for the player's tests: serves generated audio under /__podcast/
// and counts the requests for each `id`, so tests can prove what was fetched and when.
//   /__podcast/tone.wav?id=x&s=6          a 6-second WAV
//   /__podcast/flaky.wav?id=x&fail=404    404 on the first request, the WAV afterwards
//   /__podcast/flaky.wav?id=x&fail=corrupt  bytes that are not audio first, the WAV afterwards
//   /__podcast/tone.wav?id=x&delay=3000   the WAV, after a delay (to see the loading state)
//   /__podcast/flaky.wav?id=x&fail=500    a server error on the first request, the WAV afterwards
//   /__podcast/tone.wav?id=x&truncate=1   a WAV whose header promises more audio than is sent
//   /__podcast/tone.wav?id=x&s=30&stall=2&resume=4000
//                                         the first 2 s of audio, then nothing (a stalled network);
//                                         the rest 4 s later with `resume`, else the response is
//                                         ended after 20 s
//   /__podcast/count?id=x                 how many audio requests `id` made, as JSON
import {Buffer} from 'node:buffer';
import {toneWav} from '../../scripts/tone-wav.mjs';

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
  if (ctx.query.stall) {
    // Written to the socket directly: the dev server's own middleware would wait for the end of
    // a streamed body before sending any of it. 8,000 samples of 2 bytes a second, after the
    // 44-byte header.
    const cut = 44 + Number(ctx.query.stall) * 16000;
    const rest = Number(ctx.query.resume);
    ctx.respond = false;
    // As a real host answers a media element's `Range: bytes=0-`: partial content, seekable.
    ctx.res.writeHead(206, {
      'content-type': 'audio/wav',
      'content-length': String(wav.length),
      'content-range': `bytes 0-${wav.length - 1}/${wav.length}`,
      'accept-ranges': 'bytes',
      'cache-control': 'no-store',
    });
    ctx.res.write(wav.subarray(0, cut));
    const timer = setTimeout(
      () => (rest ? ctx.res.end(wav.subarray(cut)) : ctx.res.destroy()),
      rest || 20000,
    );
    ctx.res.on('close', () => clearTimeout(timer));
    return undefined;
  }
  ctx.body = ctx.query.truncate ? wav.subarray(0, wav.length >> 1) : wav;
  return undefined;
}
