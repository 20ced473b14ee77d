// src/podcast/audio-source.ts: an episode's audio as the player finds it: the key its position is
// remembered under, its <source> children, whether there is anything to play, and where it starts.
import {expect, fixture, html} from '@open-wc/testing';
import {episodeKey, hasSource, sourcesOf, startOf} from '../../src/podcast/audio-source.js';

/** A host as the player is on a server: no DOM to read its children from. */
const onServer = {localName: 'podcast-player'} as unknown as Element;

describe('episode keys', () => {
  it('are one absolute URL per file, without its #t= fragment', () => {
    const file = 'https://cdn.example/shows/tides/ep12.mp3?id=12';
    for (const written of [file, `${file}#t=90`, `${file}#t=npt:1:30,2:00`, `  ${file}#x  `])
      expect(episodeKey(written), written).to.equal(file);
    expect(
      episodeKey('HTTPS://CDN.Example/shows/../shows/tides/ep12.mp3?id=12'),
      'case, ..',
    ).to.equal(file);
    expect(episodeKey('/audio/ep 1.mp3#t=5'), 'a path').to.equal(
      new URL('/audio/ep%201.mp3', location.href).href,
    );
    const next = 'https://cdn.example/shows/tides/ep13.mp3?id=13';
    expect(episodeKey(`${next}#t=90`), 'another episode').to.equal(next);
  });

  it('keep blob: URLs the page made, and refuse every other scheme and non-URL', () => {
    const blob = URL.createObjectURL(new Blob(['RIFF'], {type: 'audio/wav'}));
    try {
      expect(episodeKey(`${blob}#t=3`), 'blob:').to.equal(blob);
    } finally {
      URL.revokeObjectURL(blob);
    }
    const refused = [
      'javascript:alert(1)//.mp3',
      'data:audio/mpeg;base64,SUQzBAA=',
      'vbscript:msgbox(1)',
      'ftp://files.example/ep.mp3',
      'http://[bad',
      '',
      '   ',
      null,
      undefined,
    ];
    for (const bad of refused) expect(episodeKey(bad), String(bad)).to.equal('');
  });
});

describe('source children', () => {
  it('lists the player’s <source> elements in order, and none when it has none', async () => {
    const el = await fixture(
      html`<div>
        <source src="/ep12.opus" type="audio/ogg; codecs=opus" />
        <span></span>
        <source src="/ep12.mp3" type="audio/mpeg" />
      </div>`,
    );
    expect(sourcesOf(el).map((s) => s.getAttribute('src'))).to.deep.equal([
      '/ep12.opus',
      '/ep12.mp3',
    ]);
    expect(sourcesOf(el).every((s) => s instanceof HTMLSourceElement)).to.be.true;
    expect(sourcesOf(await fixture(html`<div><span></span></div>`)), 'none').to.deep.equal([]);
    expect(sourcesOf(onServer), 'on a server').to.deep.equal([]);
  });

  it('finds audio in a checked src or in a <source> that is http(s) or blob:', async () => {
    const host = async (...srcs: string[]) => {
      const el = await fixture(html`<div></div>`);
      for (const src of srcs) el.append(Object.assign(document.createElement('source'), {src}));
      return el;
    };
    const blob = URL.createObjectURL(new Blob(['RIFF'], {type: 'audio/wav'}));
    const cases: [string, Element, string | undefined, boolean][] = [
      ['a src', await host(), 'https://cdn.example/ep.mp3', true],
      ['nothing', await host(), undefined, false],
      ['an empty src', await host(), '', false],
      ['a <source> by path', await host('/ep.mp3'), undefined, true],
      ['a blob: <source>', await host(blob), undefined, true],
      ['a javascript: <source>', await host('javascript:alert(1)'), undefined, false],
      ['a data: <source>', await host('data:audio/wav;base64,UklGRg=='), undefined, false],
      ['a bad one, then a good one', await host('javascript:x()', '/ep.mp3'), undefined, true],
      ['a server, which cannot tell', onServer, undefined, true],
    ];
    URL.revokeObjectURL(blob);
    for (const [label, el, src, expected] of cases)
      expect(hasSource(el, src), label).to.equal(expected);
  });
});

describe('where an episode starts', () => {
  it('at `start` when it is set, else at the URL’s #t=, else at 0', () => {
    const cases: [number, string, number][] = [
      [30, 'https://cdn.example/ep.mp3#t=90', 30],
      [0, 'https://cdn.example/ep.mp3#t=90', 90],
      [NaN, '/ep.mp3#t=90', 90],
      [0, '/ep.mp3#t=1:30', 90],
      [0, '/ep.mp3#t=npt:1:02:03', 3723],
      [0, '/ep.mp3#t=12.5,20', 12.5],
      [0, '/ep.mp3#chapter=2&t=45', 45],
      [0, '/ep.mp3?t=5#t=20', 20],
      [0, '/ep.mp3#t=10&t=20', 20], // Media Fragments: the last t= counts
      [0, '/ep.mp3', 0],
      [0, '/ep.mp3?t=90', 0], // a query, not the media fragment
      [0, '/ep.mp3#start=90', 0],
      [0, '/ep.mp3#t=,20', 0],
      [0, '/ep.mp3#t=soon', 0],
      [0, '/ep.mp3#t=1:99', 0],
      [0, '', 0],
    ];
    for (const [start, src, expected] of cases)
      expect(startOf(start, src), `${start} ${src}`).to.equal(expected);
  });
});
