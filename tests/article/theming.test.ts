// What a publisher's theme reaches in <news-article>: parts, links, the date's format, alignment.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/article/news-article.js';
import type {NewsArticle} from '../../src/article/news-article.js';

const part = (el: NewsArticle, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function article(attributes: Record<string, string>, css = '') {
  const wrapper = await fixture<HTMLElement>(
    html`<div style="inline-size: 900px">
      <news-article
        headline="Moscow waiting for NATO’s moves on missile defense"
        href="https://news.example/nato"
        datetime="2010-05-20T15:12:00+04:00"
        time-zone="Europe/Moscow"
        section="World"
        tags="NATO, Russia"
      >
        <p>${'word '.repeat(300)}</p>
      </news-article>
    </div>`,
  );
  wrapper.prepend(Object.assign(document.createElement('style'), {textContent: css}));
  const el = wrapper.querySelector('news-article')!;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  await el.updateComplete;
  return el;
}

describe('<news-article> theming', () => {
  it('names its frame, date, reading time and each tag as parts a theme restyles or hides', async () => {
    const el = await article(
      {layout: 'full'},
      `news-article::part(reading-time) { display: none }
       news-article::part(tag) { border-radius: 0 }
       news-article::part(frame) { outline: 3px solid red }`,
    );
    expect(part(el, 'frame').localName).to.equal('article');
    expect(getComputedStyle(part(el, 'frame')).outlineWidth).to.equal('3px');
    expect(part(el, 'date').localName).to.equal('time');
    expect(text(part(el, 'reading-time'))).to.equal('1 min read');
    expect(getComputedStyle(part(el, 'reading-time')).display).to.equal('none');
    const tags = [...el.shadowRoot!.querySelectorAll('[part~="tag"]')];
    expect(tags.map(text)).to.deep.equal(['NATO', 'Russia']);
    expect(getComputedStyle(tags[0]).borderRadius).to.equal('0px');
    await expect(el).to.be.accessible();
  });

  it('aligns the full layout to its container when the frame part says so', async () => {
    const centred = await article({layout: 'full'});
    const frame = part(centred, 'frame').getBoundingClientRect();
    expect(frame.left - centred.getBoundingClientRect().left).to.be.greaterThan(50);
    const aligned = await article(
      {layout: 'full'},
      `news-article::part(frame) { margin-inline: 0 }`,
    );
    expect(part(aligned, 'frame').getBoundingClientRect().left).to.equal(
      aligned.getBoundingClientRect().left,
    );
  });

  it('links the section label to section-href, checked as every link is', async () => {
    const el = await article({'section-href': '/world'});
    const link = part(el, 'section').querySelector('a')!;
    expect(link.href).to.equal(new URL('/world', location.href).href);
    expect(text(link)).to.equal('World');
    await expect(el).to.be.accessible();
    const errors = console.error;
    console.error = () => {};
    try {
      el.setAttribute('section-href', 'javascript:alert(1)');
      await el.updateComplete;
    } finally {
      console.error = errors;
    }
    expect(part(el, 'section').querySelector('a[href]')).to.equal(null);
    expect(text(part(el, 'section'))).to.equal('World');
  });

  it('links each tag to its page through tag-href, encoded, checked as every link is', async () => {
    const el = await article({
      layout: 'full',
      tags: 'NATO, missile defense, a/b?&#',
      'tag-href': '/tags/{tag}/',
    });
    const links = [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="tag"] a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(
      ['/tags/NATO/', '/tags/missile%20defense/', '/tags/a%2Fb%3F%26%23/'].map(
        (path) => new URL(path, location.href).href,
      ),
    );
    expect(links.map(text)).to.deep.equal(['NATO', 'missile defense', 'a/b?&#']);
    // Each link holds the tag icon, beside its text, and the list still reads as a named list.
    const icon = links[0].querySelector('svg')!.getBoundingClientRect();
    const link = links[0].getBoundingClientRect();
    expect(icon.right, 'the icon before the text').to.be.lessThan(link.right - 10);
    expect(link.height, 'one line').to.be.lessThan(2 * icon.height);
    expect(part(el, 'tags').getAttribute('aria-label')).to.equal('Tags');
    await expect(el).to.be.accessible();
    el.setAttribute('tag-href', 'https://news.example/topics?t={tag}&sort=new');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="tag"] a')!.href).to.equal(
      'https://news.example/topics?t=NATO&sort=new',
    );
    const errors: unknown[] = [];
    const log = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      el.setAttribute('tag-href', 'javascript:alert("{tag}")');
      await el.updateComplete;
    } finally {
      console.error = log;
    }
    expect(el.shadowRoot!.querySelectorAll('[part~="tag"] a[href]')).to.have.length(0);
    expect(errors.length, 'a refused link is reported').to.be.greaterThan(0);
    // A tag that is no well-formed text (a lone surrogate) still links, to its mended form.
    el.setAttribute('tag-href', '/tags/{tag}');
    el.tags = 'a\uD800b';
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="tag"] a')!.href).to.equal(
      new URL('/tags/a%EF%BF%BDb', location.href).href,
    );
    // A "tag" of dots alone is none: in a link it would climb the path (/tags/.. is /).
    el.tags = 'NATO, .., ., missile defense, a/b?&#';
    await el.updateComplete;
    expect([...el.shadowRoot!.querySelectorAll('[part~="tag"]')].map(text)).to.deep.equal([
      'NATO',
      'missile defense',
      'a/b?&#',
    ]);
    el.removeAttribute('tag-href');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('[part~="tag"] a[href]')).to.have.length(0);
    expect([...el.shadowRoot!.querySelectorAll('[part~="tag"]')].map(text)).to.have.length(3);
  });

  it('writes the date in the pattern of date-format, and in the language’s own when invalid', async () => {
    const el = await article({'date-format': '{day} {month}, {year} {hour}:{minute}'});
    expect(text(part(el, 'date'))).to.equal('20 May, 2010 15:12');
    expect(part(el, 'date').getAttribute('datetime')).to.equal('2010-05-20T11:12:00.000Z');
    el.setAttribute('date-format', '{day} {nonsense}');
    await el.updateComplete;
    expect(text(part(el, 'date'))).to.equal('May 20, 2010 at 3:12 PM');
  });

  it('keeps the full date, in its pattern, as the tooltip of a relative date', async () => {
    const el = await article({
      'date-format': '{day} {month}, {year} {hour}:{minute}',
      'date-style': 'relative',
    });
    expect(part(el, 'date').title).to.equal('20 May, 2010 15:12');
    expect(text(part(el, 'date'))).to.match(/ago/);
  });
});
