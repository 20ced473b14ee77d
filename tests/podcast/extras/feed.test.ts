// src/podcast/extras/feed.ts: an RSS podcast feed read into episodes, as a host publishes one
// (tests/podcast/fixtures/feed.xml: relative URLs, iTunes and Podcasting 2.0 tags, bad items).
import {expect} from '@open-wc/testing';
import {parseFeed} from '../../../src/podcast/extras/feed.js';

const base = new URL('/tests/podcast/fixtures/feed.xml', location.href).href;
const feed = async () => parseFeed(await (await fetch(base)).text(), base);

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

  it('refuses what is not a feed', () => {
    for (const source of ['', '<html><body>Not a feed</body></html>', '{"items": []}'])
      expect(() => parseFeed(source, base), source).to.throw();
  });
});
