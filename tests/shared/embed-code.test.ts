// src/shared/embed-code.ts: the embed page's URL and the <iframe> a site pastes to show it.
import {expect} from '@open-wc/testing';
import {
  EMBED_PARAMS,
  EMBED_SANDBOX,
  embedCode,
  embedHeight,
  embedUrl,
  escapeAttribute,
  type EmbedParams,
} from '../../src/shared/embed-code.js';

const PAGE = 'https://player.example/embed.html';
const AUDIO = 'https://media.example/tides.mp3';
const HOSTILE = [
  'Fish & chips',
  'say "hi"',
  "it's",
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "' onload='alert(1)",
  'part #2?',
  'x=1&src=javascript:alert(1)#t=9',
  '&quot; &amp; &#34;',
  'Новости 日本語 خبر عاجل 📰',
];

/** What `code` parses to: its elements' names, and the first one's attributes. */
function parse(code: string) {
  const page = new DOMParser().parseFromString(code, 'text/html');
  const elements = [...page.querySelectorAll('head *, body *')];
  const attrs = Object.fromEntries([...elements[0].attributes].map((a) => [a.name, a.value]));
  return {tags: elements.map((e) => e.localName).join(), attrs};
}

describe('embedUrl', () => {
  it('takes only an http(s) page', () => {
    for (const page of ['javascript:alert(1)', 'data:text/html,x', 'ftp://player.example/', ''])
      expect(embedUrl(page, {src: AUDIO}), page).to.equal(undefined);
    const path = new URL('/embed.html', location.href).href;
    expect(embedUrl('/embed.html', {}), 'a path').to.equal(path);
    const url = new URL(embedUrl(`${PAGE}?v=2&title=Old#x`, {title: 'New'})!);
    expect(url.search + url.hash, 'own query kept').to.equal('?v=2&title=New#x');
  });

  it('writes each param given, in the order of EMBED_PARAMS, and leaves out empty ones', () => {
    // Every param, given in the reverse order; numbers as numbers.
    const given: EmbedParams = Object.fromEntries(
      EMBED_PARAMS.map((name, i) => [name, i % 2 ? i : `${name} ${i}`]).reverse(),
    );
    const all = new URL(embedUrl(PAGE, given)!);
    expect([...all.searchParams.keys()].join(), 'order').to.equal(EMBED_PARAMS.join());
    for (const name of EMBED_PARAMS)
      expect(all.searchParams.get(name), name).to.equal(String(given[name]));
    const some = {src: ` ${AUDIO} `, title: '  ', duration: '', lang: undefined, start: 0};
    const query = new URL(embedUrl(PAGE, some)!).search;
    expect(query, 'empty out, trimmed').to.equal(`?src=${encodeURIComponent(AUDIO)}&start=0`);
  });

  it('encodes each value, so no title can add a param or a fragment', () => {
    for (const title of HOSTILE) {
      const url = embedUrl(PAGE, {src: AUDIO, title})!;
      expect(/["'<> #]/.test(url), `no raw quote, bracket, space or #: ${title}`).to.equal(false);
      const parsed = new URL(url);
      expect([...parsed.searchParams.keys()].join(), `params: ${title}`).to.equal('src,title');
      expect(parsed.searchParams.get('title'), `title: ${title}`).to.equal(title);
      expect(parsed.searchParams.get('src'), `src: ${title}`).to.equal(AUDIO);
      expect(parsed.hash, `hash: ${title}`).to.equal('');
    }
  });
});

describe('embedHeight', () => {
  it('is the one row, or taller with chapters, a transcript or a feed', () => {
    expect(embedHeight({}), 'nothing').to.equal(64);
    expect(embedHeight({src: AUDIO, title: 'T', duration: 60, start: 5}), 'audio').to.equal(64);
    expect(embedHeight({src: AUDIO, chapters: ''}), 'empty chapters').to.equal(64);
    expect(embedHeight({chapters: 'https://c.example/c.json'}), 'chapters').to.equal(400);
    expect(embedHeight({transcript: 'https://t.example/t.vtt'}), 'transcript').to.equal(400);
    expect(embedHeight({feed: 'https://f.example/rss', episode: 3}), 'feed').to.equal(400);
  });
});

describe('escapeAttribute', () => {
  it('leaves nothing that could end a quoted attribute, and reads back as written', () => {
    for (const value of [...HOSTILE, '&amp;lt;', 'a\nb\tc', '']) {
      const escaped = escapeAttribute(value);
      expect(/["<>]|&(?!amp;|quot;|lt;|gt;)/.test(escaped), `escaped: ${value}`).to.equal(false);
      const read = parse(`<p title="${escaped}" id="x"></p>`).attrs;
      expect(read.title, `reads back: ${value}`).to.equal(value);
    }
    expect(escapeAttribute('<a href="?a=1&b=2">'), 'each entity').to.equal(
      '&lt;a href=&quot;?a=1&amp;b=2&quot;&gt;',
    );
  });
});

describe('embedCode', () => {
  const src = embedUrl(PAGE, {src: AUDIO, title: 'Tides'})!;
  const frame = {src, title: 'Tides', loading: 'lazy', sandbox: EMBED_SANDBOX, allow: 'autoplay'};

  it('is one lazy, sandboxed iframe named for screen readers, at the size given', () => {
    const fixed = parse(embedCode({src, title: 'Tides', width: 639.6, height: 400.4}));
    expect(fixed.tags, 'one iframe').to.equal('iframe');
    const size = {width: '640', height: '400', style: 'border:0'};
    expect(fixed.attrs, 'fixed size').to.deep.equal({...frame, ...size});
    const fluid = parse(embedCode({src, title: '', height: 64}));
    const fills = {title: 'Podcast player', height: '64', style: 'border:0;width:100%'};
    expect(fluid.attrs, 'fluid, untitled').to.deep.equal({...frame, ...fills});
  });

  it('lets no hostile src or title add an element or an attribute', () => {
    for (const value of HOSTILE) {
      const hostile = {src: `${PAGE}?t=${value}`, title: value};
      const code = parse(embedCode({...hostile, width: 300, height: 64}));
      expect(code.tags, `one iframe: ${value}`).to.equal('iframe');
      const size = {width: '300', height: '64', style: 'border:0'};
      expect(code.attrs, `attributes: ${value}`).to.deep.equal({...frame, ...hostile, ...size});
    }
  });
});
