// src/podcast/extras/feed.ts: an RSS podcast feed read into episodes, as a host publishes one
// (tests/podcast/fixtures/feed.xml: relative URLs, iTunes and Podcasting 2.0 tags, bad items).
import {expect} from '@open-wc/testing';
import {MAX_EPISODES, parseFeed} from '../../../src/podcast/extras/feed.js';

const base = new URL('/tests/podcast/fixtures/feed.xml', location.href).href;
const feed = async () => await parseFeed(await (await fetch(base)).text(), base);

describe('feeds', () => {
  it('reads the show and each item (RSS title first): audio, length, artwork, chapters, transcript', async () => {
    const {title, episodes} = await feed();
    expect(title).to.equal('RT Podcasts & Friends');
    expect(episodes.map((e) => e.title)).to.deep.equal([
      'Missile defense: <b>what</b> Moscow waits for',
      'No audio here',
      'The second episode',
      'Third, without a duration',
    ]);
    const [first, none, second, third] = episodes;
    expect(first!.src).to.equal(new URL('/__podcast/tone.wav?s=2&id=feed-one', base).href);
    expect(first!.duration).to.equal(2);
    expect(first!.chapters).to.equal(new URL('chapters.json', base).href);
    // Of several transcripts, the format read best (WebVTT over SRT).
    expect(first!.transcript).to.equal(new URL('transcript.vtt', base).href);
    expect(first!.artwork, "the show's artwork").to.equal(new URL('cover.png', base).href);
    expect(none!.src, 'an item without an enclosure').to.equal('');
    expect(second!.duration).to.equal(3);
    expect(second!.artwork).to.equal('https://example.com/second.png');
    expect(third!.src, 'a javascript: enclosure').to.equal('');
    expect(third!.duration).to.be.NaN;
  });

  it('refuses what is not a feed', async () => {
    for (const source of ['', '<html><body>Not a feed</body></html>', '{"items": []}'])
      expect(await parseFeed(source, base).catch((e: unknown) => e), source).to.be.instanceOf(
        Error,
      );
  });
});

describe('feeds as real hosts publish them', () => {
  const sloppy = new URL('/tests/podcast/fixtures/feed-sloppy.xml', location.href).href;
  const original = async () => (await fetch(base)).text();

  it('reads a feed with a byte-order mark and blank lines before <?xml', async () => {
    for (const lead of ['\n', '\r\n\r\n', '  \t\n', '\ufeff', '\ufeff\n'])
      expect(
        (await parseFeed(lead + (await original()), base)).episodes,
        JSON.stringify(lead),
      ).to.have.length(4);
  });

  it('reads the iTunes namespace in any letter case, and with https', async () => {
    for (const uri of [
      'http://www.itunes.com/DTDs/Podcast-1.0.dtd',
      'https://www.itunes.com/dtds/podcast-1.0.dtd',
      'http://www.itunes.com/dtds/podcast-1.0.dtd/',
    ]) {
      const source = (await original()).replace('http://www.itunes.com/dtds/podcast-1.0.dtd', uri);
      const {episodes} = await parseFeed(source, base);
      expect(episodes[0]!.duration, uri).to.equal(2);
      expect(episodes[0]!.artwork, uri).to.equal(new URL('cover.png', base).href);
    }
  });

  it('reads undeclared prefixes, HTML entities, broken entities and bare ampersands', async () => {
    const {title, episodes} = await parseFeed(await (await fetch(sloppy)).text(), sloppy);
    expect(title).to.equal('Sloppy Radio \u00a0Weekly');
    const [twelve] = episodes;
    expect(twelve!.title).to.equal('Episode 12: Q&A — your questions');
    expect(twelve!.duration).to.equal(3723);
    expect(twelve!.src).to.equal('https://cdn.sloppy.example/ep12.mp3?src=rss&ref=feed');
    expect(twelve!.transcript).to.equal('https://sloppy.example/ep12.vtt');
    expect(twelve!.artwork).to.equal('https://sloppy.example/cover.jpg');
    expect(twelve!.description).to.equal('<p>Show notes</p>gt; © Sloppy Radio');
  });

  it('keeps a URL with bare & intact while mending a feed (HTML entities end with ; there)', async () => {
    const url = 'https://cdn.example/a.mp3?id=1&timestamp=5&region=eu&param=x&copy=2&quot=3';
    const source = `<rss><channel><title>Q&amp;A &nbsp;Weekly</title><item><title>One &mdash; two</title>
<enclosure url="${url}" type="audio/mpeg" title="&quot;Quoted&quot; &amp; fine"/></item></channel></rss>`;
    const {title, episodes} = await parseFeed(source, base);
    expect(episodes[0]!.src).to.equal(url);
    expect(episodes[0]!.title).to.equal('One — two');
    expect(title).to.equal('Q&A \u00a0Weekly');
  });

  it('reads RSS in a default namespace (UserLand’s, or a stray Atom one)', async () => {
    for (const ns of ['http://backend.userland.com/rss2', 'http://www.w3.org/2005/Atom']) {
      const source = `<rss version="2.0" xmlns="${ns}"><channel><title>Namespaced</title>
<item><title>One</title><enclosure url="/one.mp3" type="audio/mpeg"/></item></channel></rss>`;
      const {title, episodes} = await parseFeed(source, base);
      expect([title, episodes.map((e) => e.title)], ns).to.deep.equal(['Namespaced', ['One']]);
    }
  });

  it('plays an enclosure of any type but a picture when it is the only one', async () => {
    const item = (type: string) =>
      `<item><title>${type}</title><enclosure url="/e.bin" type="${type}"/></item>`;
    const source = `<rss><channel><title>Types</title>${item('application/octet-stream')}${item('application/ogg')}${item('image/jpeg')}</channel></rss>`;
    const {episodes} = await parseFeed(source, base);
    expect(episodes.map((e) => !!e.src)).to.deep.equal([true, true, false]);
  });

  it('takes audio from video enclosures and Media RSS content, never an image', async () => {
    const {episodes} = await parseFeed(await (await fetch(sloppy)).text(), sloppy);
    expect(episodes.map((e) => e.src)).to.deep.equal([
      'https://cdn.sloppy.example/ep12.mp3?src=rss&ref=feed',
      'https://cdn.sloppy.example/ep11.mp4',
      'https://cdn.sloppy.example/ep10.m4a',
      'https://cdn.sloppy.example/ep9-low.mp3',
    ]);
  });

  it(`keeps the first ${MAX_EPISODES} episodes of a feed of 100,000`, async () => {
    const item = (i: number) =>
      `<item><title>Episode ${i}</title><enclosure url="/e${i}.mp3" type="audio/mpeg"/></item>`;
    const items = Array.from({length: 100_000}, (_, i) => item(i)).join('');
    const {episodes} = await parseFeed(
      `<rss><channel><title>Long</title>${items}</channel></rss>`,
      base,
    );
    expect(episodes).to.have.length(MAX_EPISODES);
    expect(episodes.at(-1)!.title).to.equal(`Episode ${MAX_EPISODES - 1}`);
  });

  it('reads an Atom podcast feed: enclosure links, logo, summary or content', async () => {
    const atom = new URL('/tests/podcast/fixtures/feed-atom.xml', location.href).href;
    const {title, episodes} = await parseFeed(await (await fetch(atom)).text(), atom);
    expect(title).to.equal('Atom Hour');
    expect(episodes.map((e) => [e.title, e.src, e.duration, e.description])).to.deep.equal([
      [
        'Atom episode two',
        new URL('/audio/two.mp3', atom).href,
        1692,
        '<p>Notes of episode two</p>',
      ],
      ['Atom episode one', 'https://cdn.atom.example/one.mp3', NaN, '<p>Notes of episode one</p>'],
    ]);
    expect(episodes[0]!.artwork).to.equal(new URL('/art/atom-hour.jpg', atom).href);
  });

  describe('a long feed, read in pieces', () => {
    const item = (i: number, notes = `Notes of episode ${i}.`) =>
      `<item><title>Episode ${i}</title><itunes:duration>${i}</itunes:duration>` +
      `<enclosure url="/e${i}.mp3" type="audio/mpeg"/><description><![CDATA[<p>${notes}</p>]]></description></item>\n`;
    const long = (items: string[]) =>
      `<?xml version="1.0"?>\n<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">` +
      `<channel><title>Long</title>${items.join('')}<itunes:image href="/cover.jpg"/></channel></rss>`;

    it('reads every item, and what the channel says after its items', async () => {
      const items = Array.from({length: 6000}, (_, i) => item(i));
      const {title, episodes} = await parseFeed(long(items), base);
      expect(title).to.equal('Long');
      expect(episodes).to.have.length(6000);
      expect(episodes.map((e) => e.duration)).to.deep.equal(items.map((_, i) => i));
      expect(episodes[5999]!.artwork).to.equal(new URL('/cover.jpg', base).href);
    });

    it('reads a feed whose CDATA holds "</item>" whole', async () => {
      const items = Array.from({length: 6000}, (_, i) =>
        item(i, i === 3000 ? 'A tag in the notes: </item> and <item>.' : `Notes ${i}.`),
      );
      const {episodes} = await parseFeed(long(items), base);
      expect(episodes).to.have.length(6000);
      expect(episodes[3000]!.description).to.equal(
        '<p>A tag in the notes: </item> and <item>.</p>',
      );
      expect(episodes[3001]!.title).to.equal('Episode 3001');
    });
  });
});
