// A web-test-runner middleware that serves the player's feeds, chapters and transcripts the way
// hostile or broken servers do, under /__files/:
//   /__files/stall?id=x&type=feed   the first part of a feed, then nothing; the response is
//                                   ended after 60 s. `type=vtt`: a transcript.
//   /__files/bomb                   a gzip body of 1 MB that expands to 1 GiB of spaces
//   /__files/large                  17 MiB of a feed, with its length in the header
//   /__files/long-feed?n=100000     a long-running show's feed of n episodes (2 s each)
//   /__files/count?id=x             how many requests `id` made, as JSON
import {Buffer} from 'node:buffer';
import {createGzip} from 'node:zlib';

const counts = new Map();
let bomb;

/** 1 GiB of spaces, gzip-compressed (made once, in about two seconds). */
function gzipBomb() {
  bomb ??= new Promise((resolve) => {
    const gzip = createGzip({level: 9});
    const out = [];
    gzip.on('data', (chunk) => out.push(chunk));
    gzip.on('end', () => resolve(Buffer.concat(out)));
    const spaces = Buffer.alloc(2 ** 24, 0x20);
    for (let i = 0; i < 64; i++) gzip.write(spaces);
    gzip.end();
  });
  return bomb;
}

const feedHead =
  '<?xml version="1.0"?>\n<rss version="2.0"><channel><title>Stalled</title>\n<item><title>One</title>';
const vttHead = 'WEBVTT\n\n00:00.000 --> 00:01.000\nThe first cue\n\n';

export async function hostileFiles(ctx, next) {
  if (!ctx.path.startsWith('/__files/')) return next();
  const id = ctx.query.id ?? '';
  if (ctx.path === '/__files/count') {
    ctx.body = {count: counts.get(id) ?? 0};
    return undefined;
  }
  counts.set(id, (counts.get(id) ?? 0) + 1);
  ctx.set('Cache-Control', 'no-store');
  ctx.set('Content-Type', 'application/xml');
  if (ctx.path === '/__files/stall') {
    ctx.respond = false;
    const vtt = ctx.query.type === 'vtt';
    ctx.res.writeHead(200, {'content-type': vtt ? 'text/vtt' : 'application/xml'});
    ctx.res.write(vtt ? vttHead : feedHead);
    const timer = setTimeout(() => ctx.res.destroy(), 60_000);
    ctx.res.on('close', () => clearTimeout(timer));
    return undefined;
  }
  if (ctx.path === '/__files/bomb') {
    ctx.set('Content-Encoding', 'gzip');
    ctx.body = await gzipBomb();
    return undefined;
  }
  if (ctx.path === '/__files/long-feed') {
    const items = Array.from(
      {length: Number(ctx.query.n) || 1000},
      (_, i) => `<item><title>Episode ${i + 1}</title>
<enclosure url="/__podcast/tone.wav?s=2&amp;id=long-${i}" type="audio/wav" length="32044"/>
<itunes:duration>2</itunes:duration></item>`,
    );
    ctx.body = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
<title>A long-running show</title>${items.join('\n')}</channel></rss>`;
    return undefined;
  }
  if (ctx.path === '/__files/large') {
    ctx.body = Buffer.concat([Buffer.from(feedHead), Buffer.alloc(17 * 2 ** 20, 0x20)]);
    return undefined;
  }
  return next();
}
