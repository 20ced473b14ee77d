// src/podcast/extras/feed-repair.ts: the XML mistakes podcast apps forgive (undeclared prefixes,
// HTML entities, bare ampersands) mended, so that feeds written with them can be read.
import {expect} from '@open-wc/testing';
import {repairFeed, wellKnown} from '../../../src/podcast/extras/feed-repair.js';

const parse = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

/** The mended feed as the browser's XML parser reads it; fails the test if it cannot. */
function mended(source: string) {
  expect(parse(source).querySelector('parsererror')?.localName, 'broken as written').to.equal(
    'parsererror',
  );
  const doc = parse(repairFeed(source));
  expect(doc.querySelector('parsererror')?.textContent, 'mended').to.equal(undefined);
  const text = (name: string) => doc.getElementsByTagName(name)[0]?.textContent;
  return {doc, text, ns: (name: string) => doc.getElementsByTagName(name)[0]?.namespaceURI};
}

describe('feed repair', () => {
  it('declares the prefixes a feed uses undeclared, on its root', () => {
    const source = `\ufeff<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:podcast="https://podcastindex.org/namespace/1.0">
<channel><title>Harbour Talk</title><itunes:author>Harbour Radio</itunes:author>
<googleplay:block>no</googleplay:block><spotify:limit recentCount="5"/><podcast:locked>no</podcast:locked>
<item><title>Ep 1</title><content:encoded>Notes</content:encoded><dc:creator>Ann</dc:creator>
<media:content url="https://cdn.example/1.mp3"/><atom:link href="https://feeds.example/h" rel="self"/>
</item></channel></rss>`;
    const {ns} = mended(source);
    const cases: [string, string][] = [
      ['itunes:author', wellKnown.itunes!],
      ['googleplay:block', wellKnown.googleplay!],
      ['content:encoded', wellKnown.content!],
      ['dc:creator', wellKnown.dc!],
      ['media:content', wellKnown.media!],
      ['atom:link', 'http://www.w3.org/2005/Atom'],
      ['podcast:locked', 'https://podcastindex.org/namespace/1.0'],
      ['spotify:limit', 'urn:x-undeclared:spotify'],
    ];
    for (const [name, uri] of cases) expect(ns(name), name).to.equal(uri);
    expect(repairFeed(source).match(/xmlns:podcast=/g), 'declared once').to.have.length(1);
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom"><itunes:duration>90</itunes:duration></feed>`;
    expect(mended(atom).ns('itunes:duration'), 'on an Atom root').to.equal(wellKnown.itunes);
  });

  it('reads bare ampersands and HTML entities in text as HTML does', () => {
    const {text} = mended(`<rss version="2.0"><channel>
<title>Q&A with AT&T &amp; friends</title>
<description>Weekly&nbsp;news &mdash; it&rsquo;s back&hellip; &copy 2024 caf&eacute;&#8482; &#x2014;</description>
<copyright>&unknown; &amp &lt 3 &gt&#9;4</copyright>
</channel></rss>`);
    expect(text('title'), 'bare &').to.equal('Q&A with AT&T & friends');
    expect(text('description'), 'entities').to.equal(
      'Weekly\u00a0news — it’s back… © 2024 café™ —',
    );
    expect(text('copyright'), 'unknown, and without ;').to.equal('&unknown; & < 3 >\t4');
  });

  it('reads references XML only knows in lower case as HTML reads them', () => {
    const {text} = mended(`<rss version="2.0"><channel>
<title>Q&AMP;A &LT;live&GT; &QUOT;Harbour&QUOT;</title><description>&#X41;&#x4a;&#X2014;</description>
</channel></rss>`);
    expect(text('title'), 'upper-case names').to.equal('Q&A <live> "Harbour"');
    expect(text('description'), 'an upper-case X; hex digits in either case').to.equal('AJ—');
  });

  it('writes characters XML has no place for, referred to or raw, as U+FFFD', () => {
    const {text} = mended(`<rss version="2.0"><channel>
<title>A&#0;B&#1;C&#x1F;D&#xFFFE;E&#xD800;F&#x1F600;&#9;G</title>
<description>raw\u0001control\u000bs and \uffff</description>
</channel></rss>`);
    expect(text('title'), 'references').to.equal('A\ufffdB\ufffdC\ufffdD\ufffdE\ufffdF😀\tG');
    expect(text('description'), 'raw').to.equal('raw\ufffdcontrol\ufffds and \ufffd');
  });

  it('keeps a URL’s & in attributes, where only a reference ended by ; is one', () => {
    const url =
      'https://dts.podtrac.example/redirect.mp3/cdn.example/ep12.mp3?updated=1700000000&copy=2&lang=en&reg=eu';
    const {doc} = mended(`<rss><channel><item><title>Ep 12</title>
<enclosure url="${url}" length="0" type="audio/mpeg"/>
<media:thumbnail url="https://img.example/a.jpg?w=300&h=300" title="Rock &amp; Roll &ndash; Live"/>
</item></channel></rss>`);
    const attr = (tag: string, name: string) =>
      doc.getElementsByTagName(tag)[0]?.getAttribute(name);
    expect(attr('enclosure', 'url'), 'a query with &copy= and &reg=').to.equal(url);
    expect(attr('media:thumbnail', 'url')).to.equal('https://img.example/a.jpg?w=300&h=300');
    expect(attr('media:thumbnail', 'title'), 'references ended by ;').to.equal(
      'Rock & Roll – Live',
    );
  });

  it('copies CDATA as it is, mending only what lies between', () => {
    const notes = '<p>Q&A &nbsp;&mdash; <a href="https://x.example/?a=1&b=2">notes</a></p>';
    const source = `<rss><channel><title><![CDATA[A&B]]> & <![CDATA[C&nbsp;D]]></title>
<item><description><![CDATA[${notes}]]></description></item></channel></rss>`;
    const {text} = mended(source);
    expect(repairFeed(source)).to.include(`<![CDATA[${notes}]]>`);
    expect(text('description'), 'CDATA').to.equal(notes);
    expect(text('title'), 'between CDATA').to.equal('A&B & C&nbsp;D');
  });

  it('leaves a well-formed feed as it is', () => {
    const source = `<?xml version="1.0"?>
<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
<channel><title>Tides &amp; Times &#8212; &lt;live&gt;</title><itunes:explicit>false</itunes:explicit>
<item><enclosure url="https://cdn.example/e.mp3?a=1&amp;b=2" type="audio/mpeg"/>
<description><![CDATA[Q&A]]></description></item></channel></rss>`;
    expect(parse(source).querySelector('parsererror')?.textContent, 'well-formed').to.equal(
      undefined,
    );
    expect(repairFeed(source)).to.equal(source);
  });
});
