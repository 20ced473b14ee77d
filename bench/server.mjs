// A small static server on 127.0.0.1 for the bench pages: the harness, the pre-built bundles in
// .build/, generated HTML pages and a generated WAV (with HTTP Range support, as a real server).
import {createServer} from 'node:http';
import {existsSync, readFileSync} from 'node:fs';
import {join, normalize} from 'node:path';
import {benchDir, buildDir} from './build.mjs';
import {toneWav} from '../scripts/tone-wav.mjs';

/** Which bundle (in .build/) each variant's page loads; baselines load none. */
export const pageBundles = {
  'static-card': [],
  'news-article': ['news-article'],
  'news-article-drawn': ['news-article'],
  'news-article-floor': ['news-article'],
  'native-audio': [],
  'podcast-player': ['podcast-player'],
  'podcast-player-drawn': ['podcast-player'],
  'podcast-player-floor': ['podcast-player'],
  'media-chrome': ['media-chrome'],
  'inline-svg': [],
  'news-icon': ['news-icon'],
  'news-icon-floor': ['news-icon'],
  'sl-icon': ['sl-icon'],
  'ion-icon': ['ion-icon'],
  leaks: ['leaks'],
  latency: ['podcast-player'],
  busy: ['all'],
  extras: ['podcast-player'],
};

/** A card's look for the static baseline: about what a site's stylesheet gives an <article>. */
const STATIC_CSS = `.card{display:grid;gap:.5rem;padding:1rem;border-radius:.5rem;background:#fff;
font:16px/1.5 system-ui,sans-serif;color:#1a1a1a;max-width:40rem}.card h2{font-size:1.25rem;margin:0}
.card a{color:inherit;text-decoration:none}.section{color:#b00;text-transform:uppercase;font-size:.75rem;margin:0}
.meta,.lede{color:#555;margin:0}.meta{display:flex;gap:.5rem;font-size:.875rem}.actions{display:flex;gap:.5rem}`;

function page(variant) {
  const bundles = pageBundles[variant] ?? [];
  const tags = bundles
    .flatMap((id) => {
      const css = existsSync(join(buildDir, id, 'bundle.css'))
        ? [`<link rel="stylesheet" href="/build/${id}/bundle.css">`]
        : [];
      return [...css, `<script type="module" src="/build/${id}/bundle.js"></script>`];
    })
    .join('\n');
  const player =
    variant === 'latency'
      ? '<podcast-player src="/audio.wav" title="Latency" duration="10:00"></podcast-player>'
      : '';
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>bench: ${variant}</title>
<style>${STATIC_CSS}</style>
${tags}
<script type="module" src="/harness.js"></script>
</head><body><main id="root">${player}</main></body></html>`;
}

const types = {'.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html; charset=utf-8'};

/** Podcasting 2.0 chapters for the 10-minute audio: one every 50 seconds. */
const chapters = JSON.stringify({
  version: '1.2.0',
  chapters: Array.from({length: 12}, (_, i) => ({startTime: i * 50, title: `Part ${i + 1}`})),
});

/** A WebVTT transcript for it, as a host writes one: a cue every two seconds, with speakers. */
const stamp = (s) =>
  `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}.000`;
const transcript = `WEBVTT\n\n${Array.from(
  {length: 300},
  (_, i) =>
    `${stamp(i * 2)} --> ${stamp(i * 2 + 2)}\n<v ${i % 2 ? 'Guest' : 'Host'}>Sentence ${i + 1} of what was said on the show.`,
).join('\n\n')}\n`;

/** A WebVTT transcript of `n` three-second cues (hours past 24 too), for the long-list bench. */
export function longTranscript(n) {
  const at = (s) =>
    `${String(Math.floor(s / 3600)).padStart(2, '0')}:${new Date(s * 1000).toISOString().slice(14, 23)}`;
  const cues = Array.from(
    {length: n},
    (_, i) =>
      `${at(i * 3)} --> ${at(i * 3 + 2.5)}\n<v ${i % 2 ? 'Guest' : 'Host'}>Sentence ${i + 1} of what was said on the show, as long as a spoken sentence tends to be.`,
  );
  return `WEBVTT\n\n${cues.join('\n\n')}\n`;
}

/** An RSS podcast feed of `n` episodes, each with audio, a length and a short description. */
export function longFeed(n) {
  const items = Array.from(
    {length: n},
    (_, i) => `<item><title>Episode ${n - i}: the week in review</title>
<guid>episode-${n - i}</guid><enclosure url="/audio.wav?e=${n - i}" type="audio/wav" length="9600044"/>
<itunes:duration>10:00</itunes:duration>
<description>&lt;p&gt;What happened in week ${n - i}, &lt;em&gt;told&lt;/em&gt; in ten minutes.&lt;/p&gt;</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"><channel>
<title>A long-running show</title>
${items.join('\n')}
</channel></rss>
`;
}

/**
 * Hostile inputs (issue 15) that froze the page with the old parsers, each about 1 MB:
 * `voices` a WebVTT cue of `<v <v <v…`, `srt-voices` the same in SRT, `amp` a cue of `&amp&amp…`;
 * a feed whose one description is `lt` (`<a<a<a…` without `>`) or `nested` (100,000 nested `<b>`).
 */
export function hostileFile(kind) {
  const huge = (unit) => unit.repeat(Math.ceil(1_000_000 / unit.length));
  const next = '\n\n00:01.000 --> 00:02.000\nThe next cue\n';
  if (kind === 'voices') return `WEBVTT\n\n00:00.000 --> 00:01.000\n${huge('<v ')}x${next}`;
  if (kind === 'amp') return `WEBVTT\n\n00:00.000 --> 00:01.000\n${huge('&amp')}${next}`;
  if (kind === 'srt-voices') {
    return `1\n00:00:00,000 --> 00:00:01,000\n${huge('<v ')}x\n\n2\n00:00:01,000 --> 00:00:02,000\nThe next cue\n`;
  }
  const notes =
    kind === 'nested' ? `${'<b>'.repeat(100_000)}deep${'</b>'.repeat(100_000)}` : huge('<a');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>A hostile show</title>
<item><title>The one episode</title><enclosure url="/audio.wav" type="audio/wav"/>
<description><![CDATA[${notes}]]></description></item></channel></rss>
`;
}

/** Starts the server on a free port; resolves with {url, close, requests}. */
export function serve() {
  const wav = toneWav(600);
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const path = url.pathname;
    const send = (status, body, type, extra = {}) => {
      res.writeHead(status, {'content-type': type, 'cache-control': 'no-store', ...extra});
      res.end(body);
    };
    if (path.startsWith('/page/')) return send(200, page(path.slice(6)), types['.html']);
    if (path === '/harness.js') {
      return send(200, readFileSync(join(benchDir, 'pages', 'harness.js')), types['.js']);
    }
    if (path.startsWith('/build/')) {
      const file = normalize(join(buildDir, path.slice(7)));
      if (!file.startsWith(buildDir) || !existsSync(file))
        return send(404, 'not found', 'text/plain');
      return send(
        200,
        readFileSync(file),
        types[file.slice(file.lastIndexOf('.'))] ?? 'application/octet-stream',
      );
    }
    if (path === '/audio.wav') {
      const range = /bytes=(\d*)-(\d*)/.exec(req.headers.range ?? '');
      if (!range) return send(200, wav, 'audio/wav', {'accept-ranges': 'bytes'});
      const start = range[1] ? Number(range[1]) : wav.length - Number(range[2]);
      const end =
        range[1] && range[2] ? Math.min(Number(range[2]), wav.length - 1) : wav.length - 1;
      return send(206, wav.subarray(start, end + 1), 'audio/wav', {
        'accept-ranges': 'bytes',
        'content-range': `bytes ${start}-${end}/${wav.length}`,
      });
    }
    if (path === '/chapters.json') return send(200, chapters, 'application/json+chapters');
    if (path === '/transcript.vtt') return send(200, transcript, 'text/vtt');
    const n = Math.min(Number(url.searchParams.get('n')) || 0, 200000);
    if (path === '/long.vtt') return send(200, longTranscript(n), 'text/vtt');
    if (path === '/long-feed.xml') return send(200, longFeed(n), 'application/rss+xml');
    const kind = url.searchParams.get('kind');
    if (path === '/hostile.vtt') return send(200, hostileFile(kind), 'text/vtt');
    if (path === '/hostile-feed.xml') return send(200, hostileFile(kind), 'application/rss+xml');
    if (path === '/favicon.ico') return send(204, '', 'image/x-icon');
    return send(404, 'not found', 'text/plain');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      resolve({url: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r))});
    });
  });
}
