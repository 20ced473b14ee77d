// src/embed/params.ts: the embed page's query (and #t=), checked: only what passes is set.
import {expect} from '@open-wc/testing';
import {readParams} from '../../src/embed/params.js';

const isColor = (value: string) => CSS.supports('color', value);
/** The settings for `query` (a string or name → value) and `hash`. */
const read = (query: string | Record<string, string>, hash = '') =>
  readParams(new URLSearchParams(query), hash, isColor);

describe('readParams', () => {
  it('sets nothing from an empty or unrelated query', () => {
    expect(read(''), 'empty').to.deep.equal({});
    expect(read('?a=1&src&title=%20%20&lang=&theme=', '#'), 'blank values').to.deep.equal({});
  });

  it('takes http(s) URLs, resolved against the page, and nothing else', () => {
    const urls = {
      src: ' https://a.example/1.mp3 ',
      chapters: '/c.json',
      transcript: 'HTTP://A.example/t.vtt',
      feed: 'https://a.example/feed?x=1&y=2',
    };
    expect(read(urls)).to.deep.equal({
      src: 'https://a.example/1.mp3',
      chapters: new URL('/c.json', location.href).href,
      transcript: 'http://a.example/t.vtt',
      feed: 'https://a.example/feed?x=1&y=2',
    });
    for (const bad of ['javascript:alert(1)', 'data:audio/wav;base64,AA', 'blob:x', 'http://[x']) {
      expect(read({src: bad, chapters: bad, transcript: bad, feed: bad}), bad).to.deep.equal({});
    }
  });

  it('takes a title as text, trimmed, cut at 300 characters without splitting one', () => {
    const hostile = '<img src=x onerror=alert(1)> & "Приливы" 🌊';
    expect(read({title: `  ${hostile}\n`}).title, 'hostile').to.equal(hostile);
    const long = read({title: '🌊'.repeat(400)}).title!;
    expect([...long], '300 code points').to.have.length(300);
    expect(long, 'whole emoji').to.equal('🌊'.repeat(300));
    expect(read({title: 'a'.repeat(300)}).title, 'exactly 300').to.equal('a'.repeat(300));
  });

  it('takes a duration and a start as seconds, m:ss or h:mm:ss, below 10⁷ s', () => {
    for (const [value, seconds] of [
      ['90', 90],
      ['1:30', 90],
      ['1:02:03', 3723],
      [' 12.5 ', 12.5],
      ['9999999', 9999999],
    ] as const) {
      expect(read({duration: value}).duration, `duration ${value}`).to.equal(String(seconds));
      expect(read({start: value}).start, `start ${value}`).to.equal(seconds);
    }
    for (const bad of ['0', '-5', '1:99', 'soon', '1e3', '10000000', 'Infinity', '90s', '']) {
      expect(read({duration: bad, start: bad}), bad).to.deep.equal({});
    }
  });

  it('takes the start from #t= before ?start=', () => {
    expect(read({start: '5'}, '#t=1:05').start, '#t=').to.equal(65);
    expect(read({start: '5'}, '#x=1&t=9').start, '&t= in the hash').to.equal(9);
    expect(read({}, '#t=10,20').start, 'a media fragment range').to.equal(10);
    expect(read({start: '5'}, '#at=9').start, 'not a t= of its own').to.equal(5);
    expect(read({start: '5'}, '#t=soon').start, 'no digits').to.equal(5);
    expect(read({start: '5'}, '#t=1:99').start, 'no time').to.equal(5);
    expect(read({start: '5'}, '#t=0').start, '#t=0: from the beginning').to.equal(undefined);
  });

  it('counts episodes from 1 in the query and from 0 in the settings, up to 10000', () => {
    for (const [value, episode] of [
      ['1', 0],
      [' 3 ', 2],
      ['10000', 9999],
    ] as const) {
      expect(read({episode: value}).episode, value).to.equal(episode);
    }
    for (const bad of [
      '0',
      '-1',
      '1.5',
      '10001',
      'two',
      'NaN',
      '',
      '0x10',
      '1e3',
      '+2',
      '00000002',
    ]) {
      expect(read({episode: bad}), bad).to.deep.equal({});
    }
  });

  it('takes one of our languages in any case, and a known theme', () => {
    expect(read({lang: 'AR', theme: 'dark'}), 'AR, dark').to.deep.equal({
      lang: 'ar',
      theme: 'dark',
    });
    expect(read({lang: 'Es', theme: 'Dark'}), 'Es, Dark').to.deep.equal({
      lang: 'es',
      theme: 'dark',
    });
    expect(read({lang: ' ru ', theme: 'auto'}), 'ru, auto').to.deep.equal({
      lang: 'ru',
      theme: 'auto',
    });
    for (const bad of ['xx', 'en-US', 'english', 'constructor', 'neon', 'dark;', 'light dark']) {
      expect(read({lang: bad, theme: bad}), bad).to.deep.equal({});
    }
  });

  it('takes a colour as the accent, and nothing that could end its declaration', () => {
    for (const color of ['#c8102e', 'rgb(10, 92, 255)', 'oklch(60% 0.2 30)', 'RebeccaPurple']) {
      expect(read({accent: color}).accent, color).to.equal(color);
    }
    for (const bad of ['notacolor', 'url(x)', 'red;color:blue', `rgb(${' '.repeat(60)}1 2 3)`]) {
      expect(read({accent: bad}), bad).to.deep.equal({});
    }
    // Even where the page's own check would let anything through.
    const asked: string[] = [];
    const yes = (value: string) => asked.push(value) > 0;
    for (const bad of ['red;x:y', 'red}', 'a{', 'r\\65 d', 'a'.repeat(64)]) {
      expect(readParams(new URLSearchParams({accent: bad}), '', yes), bad).to.deep.equal({});
    }
    expect(asked, 'never asked').to.deep.equal([]);
  });
});
