// oembed() and oembedLink() as the package exports them (dist/, built first by `npm test`), and
// the example provider in examples/oembed-server, over real HTTP.
import {after, before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {createServer} from 'node:http';
import {oembed, oembedLink, OEMBED_WIDTH} from 'newsroom-elements/oembed';
import {provider} from '../../examples/oembed-server/server.mjs';

const episode = {title: 'Tides', src: 'https://media.example/tides.mp3', duration: '27:33'};
const base = {
  url: 'https://news.example/episodes/tides',
  episode,
  embedUrl: 'https://player.example/embed.html',
};

/** The attributes of the one <iframe> in `html`. */
function iframe(html) {
  const match = /^<iframe ((?:[a-z-]+="[^"<>]*" ?)+)><\/iframe>$/.exec(html);
  assert.ok(match, `one iframe, every attribute quoted: ${html}`);
  return Object.fromEntries([...match[1].matchAll(/([a-z-]+)="([^"]*)"/g)].map((m) => m.slice(1)));
}
const unescape = (v) =>
  v
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

describe('oembed()', () => {
  it('answers a rich oEmbed 1.0 response with every required field', () => {
    const answer = oembed({...base, providerName: 'Daily Seed'});
    assert.equal(answer.type, 'rich');
    assert.equal(answer.version, '1.0');
    assert.equal(typeof answer.html, 'string');
    assert.ok(Number.isInteger(answer.width) && answer.width > 0);
    assert.ok(Number.isInteger(answer.height) && answer.height > 0);
    assert.equal(answer.width, OEMBED_WIDTH);
    assert.equal(answer.title, 'Tides');
    assert.equal(answer.provider_name, 'Daily Seed');
    assert.equal(answer.provider_url, 'https://news.example/');
    assert.equal('thumbnail_url' in answer, false);
    const attrs = iframe(answer.html);
    assert.equal(attrs.title, 'Tides');
    assert.equal(attrs.loading, 'lazy');
    assert.equal(
      attrs.sandbox,
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    assert.equal(attrs.allow, 'autoplay');
    assert.equal(attrs.width, String(answer.width));
    assert.equal(attrs.height, String(answer.height));
    const src = new URL(unescape(attrs.src));
    assert.equal(src.origin + src.pathname, 'https://player.example/embed.html');
    assert.equal(src.searchParams.get('src'), episode.src);
    assert.equal(src.searchParams.get('duration'), '27:33');
  });

  it('stays within maxwidth and maxheight', () => {
    const answer = oembed({...base, maxwidth: '320', maxheight: 40});
    assert.equal(answer.width, 320);
    assert.equal(answer.height, 40);
    const wide = oembed({...base, maxwidth: 5000, maxheight: 'nonsense'});
    assert.equal(wide.width, OEMBED_WIDTH);
    assert.equal(wide.height, 64);
    // Chapters, a transcript: room for their list.
    const tall = oembed({...base, episode: {...episode, chapters: 'https://media.example/c.json'}});
    assert.equal(tall.height, 400);
  });

  it('gives a thumbnail only with its size, as the specification asks', () => {
    const image = {url: 'https://media.example/tides.jpg', width: 600, height: 600};
    const answer = oembed({...base, episode: {...episode, image}});
    assert.deepEqual(
      [answer.thumbnail_url, answer.thumbnail_width, answer.thumbnail_height],
      [image.url, 600, 600],
    );
    assert.equal(
      'thumbnail_url' in oembed({...base, episode: {...episode, image: image.url}}),
      false,
    );
    const unsafe = {...image, url: 'javascript:alert(1)'};
    assert.equal('thumbnail_url' in oembed({...base, episode: {...episode, image: unsafe}}), false);
  });

  it('escapes what it is given, and refuses URLs that are not http(s)', () => {
    const title = '"><script>alert(1)</script>&';
    const answer = oembed({...base, episode: {...episode, title}});
    assert.equal(answer.html.includes('<script'), false);
    assert.equal(unescape(iframe(answer.html).title), title);
    assert.throws(() => oembed({...base, embedUrl: 'javascript:alert(1)'}), TypeError);
    assert.throws(
      () => oembed({...base, episode: {...episode, src: 'data:audio/mp3,x'}}),
      TypeError,
    );
    assert.throws(() => oembed({...base, url: 'not a url'}), TypeError);
  });
});

describe('oembedLink()', () => {
  it('writes the discovery link, every attribute escaped', () => {
    const link = oembedLink({
      endpoint: 'https://news.example/oembed',
      url: 'https://news.example/episodes/a?b=1&c=2',
      title: 'A "quoted" <title>',
    });
    assert.equal(
      link,
      '<link rel="alternate" type="application/json+oembed" href="https://news.example/oembed?url=https%3A%2F%2Fnews.example%2Fepisodes%2Fa%3Fb%3D1%26c%3D2&amp;format=json" title="A &quot;quoted&quot; &lt;title&gt;">',
    );
    assert.throws(() => oembedLink({endpoint: 'javascript:x', url: base.url}), TypeError);
  });
});

describe('the example provider (examples/oembed-server)', () => {
  let server;
  let origin;
  before(async () => {
    server = createServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${server.address().port}`;
    server.on('request', provider({origin, embedUrl: 'https://player.example/embed.html'}));
  });
  after(() => server.close());

  const ask = (query) => fetch(`${origin}/oembed?${new URLSearchParams(query)}`);

  it('answers ?url=…&format=json with the oEmbed JSON', async () => {
    const response = await ask({url: `${origin}/episodes/tides`, format: 'json', maxwidth: 400});
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^application\/json/);
    const answer = await response.json();
    assert.equal(answer.type, 'rich');
    assert.equal(answer.version, '1.0');
    assert.equal(answer.width, 400);
    assert.equal(answer.title, 'Tides, explained');
    assert.equal(answer.thumbnail_width, 600);
    assert.equal(iframe(answer.html).loading, 'lazy');
  });

  it('answers 501 for XML, 404 for an unknown page, 400 for a bad url', async () => {
    assert.equal((await ask({url: `${origin}/episodes/tides`, format: 'xml'})).status, 501);
    assert.equal((await ask({url: `${origin}/episodes/none`, format: 'json'})).status, 404);
    assert.equal((await ask({url: 'https://elsewhere.example/episodes/tides'})).status, 404);
    assert.equal((await ask({url: '::'})).status, 400);
  });

  it('serves each episode page with its discovery link', async () => {
    const html = await (await fetch(`${origin}/episodes/moscow`)).text();
    const href = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html);
    assert.ok(href, html);
    const answer = await (await fetch(unescape(href[1]))).json();
    assert.equal(answer.title, 'Moscow waits for NATO’s “moves”');
  });
});
