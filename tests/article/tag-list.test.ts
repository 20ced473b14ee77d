// src/article/tag-list.ts: an article's tags, read from one attribute, and drawn as links.
import {expect} from '@open-wc/testing';
import {render} from 'lit';
import {parseTags, tagList} from '../../src/article/tag-list.js';
import {captureConsole} from '../helpers.js';

/** The list `tagList` draws, in a container of its own. */
function draw(tags: string[], pattern: unknown) {
  const container = document.createElement('div');
  render(tagList('Tags', tags, pattern), container);
  return container;
}
const hrefs = (container: Element) =>
  [...container.querySelectorAll('a')].map((a) => a.getAttribute('href'));
const page = (path: string) => new URL(path, location.href).href;

describe('parseTags', () => {
  it('splits at commas only, trims each tag, and keeps the rest as written', () => {
    for (const [value, expected] of [
      ['NATO, Russia,, missile defense', ['NATO', 'Russia', 'missile defense']],
      [' \u00a0NATO\u3000,\n Russia\t', ['NATO', 'Russia']],
      ['a; b | c', ['a; b | c']],
      ['NATO, NATO, nato', ['NATO', 'NATO', 'nato']],
      ['Россия, 潮汐, المد', ['Россия', '潮汐', 'المد']],
      ['<img src=x onerror=alert(1)>, a&b', ['<img src=x onerror=alert(1)>', 'a&b']],
    ] as const) {
      expect(parseTags(value), JSON.stringify(value)).to.deep.equal(expected);
    }
  });

  it('has no tags for nothing, and none made of dots alone', () => {
    for (const none of ['', ' , ,, ', '.', '..', ' ... ', '., ..', null, undefined]) {
      expect(parseTags(none), JSON.stringify(none)).to.deep.equal([]);
    }
    expect(parseTags('.net, a.b, ..x, . .'), 'dots among other characters').to.deep.equal([
      '.net',
      'a.b',
      '..x',
      '. .',
    ]);
  });

  it('reads whatever a script set, and never throws', () => {
    expect(parseTags(['NATO', 'Russia']), 'an array').to.deep.equal(['NATO', 'Russia']);
    expect(parseTags(42), 'a number').to.deep.equal(['42']);
    expect(parseTags(Symbol('x')), 'a Symbol').to.deep.equal(['Symbol(x)']);
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    expect(parseTags(hostile), 'toString throws').to.deep.equal([]);
  });
});

describe('tagList', () => {
  it('links each tag where {tag} stands, the tag URL-encoded', () => {
    const tags = ['missile defense', 'a/b?c#d&e', 'Россия', '100%', 'it\'s "x"', '\uD83C'];
    const list = draw(tags, '/tags/{tag}');
    expect(list.querySelector('ul')!.getAttribute('aria-label')).to.equal('Tags');
    expect(hrefs(list)).to.deep.equal([
      page('/tags/missile%20defense'),
      page('/tags/a%2Fb%3Fc%23d%26e'),
      page('/tags/%D0%A0%D0%BE%D1%81%D1%81%D0%B8%D1%8F'),
      page('/tags/100%25'),
      page("/tags/it's%20%22x%22"),
      page('/tags/%EF%BF%BD'),
    ]);
    const query = draw(['a b'], 'https://news.example/t/{tag}?q={tag}');
    expect(hrefs(query), 'every {tag}').to.deep.equal(['https://news.example/t/a%20b?q=a%20b']);
  });

  it('draws tags as text, whatever they hold', () => {
    const list = draw(['<b>Tides</b><img src="/tl-probe.png">', 'a&amp;b'], '/tags/{tag}');
    const names = [...list.querySelectorAll('a')].map((a) => a.textContent!.trim());
    expect(names).to.deep.equal(['<b>Tides</b><img src="/tl-probe.png">', 'a&amp;b']);
    expect(list.querySelectorAll('b, img'), 'no element made from a tag').to.have.length(0);
    expect(list.querySelectorAll('a svg'), 'one icon each').to.have.length(2);
  });

  it('links nowhere without a pattern or with an unsafe one', async () => {
    const errors = await captureConsole(['error'], () => {
      for (const pattern of [
        undefined,
        null,
        '',
        'javascript:alert("{tag}")',
        '//evil.example/{tag}',
      ]) {
        const list = draw(['NATO'], pattern);
        expect(list.querySelectorAll('li'), String(pattern)).to.have.length(1);
        expect(hrefs(list), String(pattern)).to.deep.equal([null]);
      }
    });
    expect(errors, 'refusals are said').to.have.length(2);
  });

  it('draws nothing for no tags', () => {
    expect(draw([], '/tags/{tag}').querySelectorAll('ul')).to.have.length(0);
  });
});
