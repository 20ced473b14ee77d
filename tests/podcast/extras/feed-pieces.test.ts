// src/podcast/extras/feed-pieces.ts: a feed read as XML (mended once if it must be), and a long
// RSS feed cut into pieces that each parse on their own.
import {expect} from '@open-wc/testing';
import {cutFeed, readXml} from '../../../src/podcast/extras/feed-pieces.js';

const ITUNES = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
const head = `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE rss [<!ENTITY show "Harbour Talk">]>
<rss version="2.0" xmlns:itunes="${ITUNES}"><channel>`;
const titles = (doc: Document | undefined) =>
  [...(doc?.querySelectorAll('item > title') ?? [])].map((t) => t.textContent);

describe('reading feeds as XML', () => {
  it('reads a well-formed feed as written (its DTD’s entities too)', () => {
    const doc = readXml(`\ufeff${head}<title>&show; &amp; friends</title></channel></rss>`);
    expect(doc?.querySelector('channel > title')?.textContent).to.equal('Harbour Talk & friends');
  });

  it('mends a feed with the mistakes podcast apps forgive', () => {
    const doc = readXml(`<rss version="2.0"><channel><title>Q&A&nbsp;Hour</title>
<itunes:duration>27:33</itunes:duration></channel></rss>`);
    expect(doc?.querySelector('title')?.textContent, 'a bare & and &nbsp;').to.equal(
      'Q&A\u00a0Hour',
    );
    expect(doc?.querySelector('duration')?.namespaceURI, 'an undeclared prefix').to.equal(ITUNES);
  });

  it('gives nothing for what is not XML even mended', () => {
    const cases = [
      ['empty', ''],
      ['an error page', '<!DOCTYPE html><html><body><p>Not found<br></body></html>'],
      ['JSON', '{"items": []}'],
      ['cut off', `${head}<title>Harbour Talk</title><item><title>Ep`],
      ['white space before <?xml', `\n${head}</channel></rss>`],
      ['a stray <', '<rss><channel><title>5 < 6</title></channel></rss>'],
    ];
    for (const [label, text] of cases)
      expect(readXml(text!)?.documentElement.localName, label).to.equal(undefined);
  });
});

describe('cutting long feeds', () => {
  const item = (i: number) =>
    `<item><title>Episode ${i}</title><itunes:duration>${i}</itunes:duration>` +
    `<itunes:author>&show;</itunes:author><description><![CDATA[<p>Q&A ${i}</p>]]></description>` +
    `<enclosure url="https://cdn.example/e${i}.mp3?a=1&amp;b=2" type="audio/mpeg"/></item>\n`;

  it('cuts between the channel and its items, each piece a feed of its own', () => {
    const two =
      '<item xml:lang="en"><title>Two</title><itunes:author>&show;</itunes:author></item>';
    const one = '<item><title>One</title></item>';
    const after = '<itunes:image href="/cover.jpg"/></channel></rss>';
    const [channel, ...items] =
      cutFeed(`${head}<title>&show;</title>\n${two}\n${one}\n${after}`) ?? [];
    expect(channel, 'the channel, with what follows its items').to.equal(
      `${head}<title>&show;</title>\n\n${after}`,
    );
    expect(items, 'the items, in the feed’s opening tags').to.deep.equal([
      `${head}${two}\n${one}</channel></rss>`,
    ]);
    expect(titles(readXml(items[0]!))).to.deep.equal(['Two', 'One']);
  });

  it('cuts a long feed into pieces of whole items, every item once and in order', () => {
    const all = Array.from({length: 3000}, (_, i) => item(i));
    const pieces = cutFeed(`${head}<title>&show;</title>${all.join('')}</channel></rss>`) ?? [];
    expect(pieces.length, 'several pieces of items').to.be.greaterThan(2);
    expect(pieces[0], 'the channel has no items').to.not.include('<item');
    const read = pieces.slice(1).map((piece) => readXml(piece));
    for (const [i, doc] of read.entries()) {
      expect(pieces[i + 1]!.length, `piece ${i} is small`).to.be.below(300_000);
      expect(doc?.querySelector('duration')?.namespaceURI, `piece ${i}'s namespaces`).to.equal(
        ITUNES,
      );
      expect(doc?.querySelector('author')?.textContent, `piece ${i}'s entities`).to.equal(
        'Harbour Talk',
      );
    }
    expect(read.flatMap(titles)).to.deep.equal(all.map((_, i) => `Episode ${i}`));
  });

  it('does not cut what has no items to cut between', () => {
    const cases = [
      ['an RSS feed without items', `${head}<title>Soon</title></channel></rss>`],
      [
        'an Atom feed',
        '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>A</title></entry></feed>',
      ],
      ['items outside a channel', '<rss><item><title>A</title></item></rss>'],
      ['empty', ''],
    ];
    for (const [label, xml] of cases) expect(cutFeed(xml!), label).to.equal(undefined);
  });
});
