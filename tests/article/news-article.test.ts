import {expect, fixture, html} from '@open-wc/testing';
import sinon from 'sinon';
import {emulateMedia, setViewport} from '@web/test-runner-commands';
import {visualDiff} from '@web/test-runner-visual-regression';
import '../../src/article/news-article.js';
import '../../src/locales/all.js';
import type {NewsArticle} from '../../src/article/news-article.js';
import {bookmarks, localBookmarkStore} from '../../src/bookmark/bookmark-store.js';
import {iconName, inEachLanguage, nextFrame, until, type Language} from '../helpers.js';
import {usePinnedFonts} from '../pinned-fonts.js';

const root = (el: NewsArticle) => el.shadowRoot!;
const part = (el: NewsArticle, name: string) =>
  root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

const SEED = {
  headline: 'Moscow waiting for NATO’s moves on missile defense',
  lede: 'NATO and Russia should trust each other more – that is the message from the chief of the Alliance.',
  datetime: '2010-05-20T15:12:00+04:00',
};

/** A body of `words` words in paragraphs, with a quote. */
const body = (words: number) => {
  const paragraph = Array.from({length: 50}, (_, i) => `word${i}`).join(' ');
  return html`${Array.from({length: Math.floor(words / 50)}, () => html`<p>${paragraph}</p>`)}
    <blockquote>“We hope, this will clear up any confusion,” Lavrov said.</blockquote>`;
};

async function card(attributes: Partial<Record<string, string>> = {}) {
  const el = document.createElement('news-article');
  for (const [key, value] of Object.entries({
    ...SEED,
    href: 'https://news.example/nato',
    ...attributes,
  })) {
    if (value !== undefined) el.setAttribute(key, value);
  }
  const wrapper = await fixture(html`<div style="inline-size: 360px"></div>`);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

async function fullArticle(lang = 'en', extra = '') {
  const wrapper = await fixture(
    html`<div lang=${lang} dir=${lang === 'ar' ? 'rtl' : 'ltr'}>
      <news-article
        layout="full"
        headline=${SEED.headline}
        href="https://news.example/nato"
        datetime=${SEED.datetime}
        time-zone="Europe/Moscow"
        lede=${SEED.lede}
        author="RT"
        section="World"
        tags="NATO, Russia, missile defense"
        class=${extra}
      >
        ${body(460)}
      </news-article>
    </div>`,
  );
  const el = wrapper.querySelector('news-article')!;
  await el.updateComplete;
  return el;
}

describe('<news-article>', () => {
  beforeEach(async () => {
    localStorage.clear();
    bookmarks.useStore(localBookmarkStore());
    await bookmarks.ready;
  });
  afterEach(async () => {
    await emulateMedia({colorScheme: 'light'});
  });

  describe('card layout', () => {
    it('is an article with a heading that links to the story', async () => {
      const el = await card();
      const article = root(el).querySelector('article')!;
      expect(article).to.exist;
      const heading = root(el).querySelector('h2')!;
      expect(heading).to.have.attribute('part', 'headline');
      const link = heading.querySelector('a')!;
      expect(link.href).to.equal('https://news.example/nato');
      expect(text(link)).to.equal(SEED.headline);
      expect(text(part(el, 'lede'))).to.equal(SEED.lede);
      await expect(el).to.be.accessible();
    });

    it('gives screen readers nothing for a decorative image (no image-alt), not an empty figure', async () => {
      const el = await card({image: '/never-loads.jpg'});
      const box = part(el, 'image')!;
      expect(box.querySelector('img')!.alt).to.equal('');
      // A plain box: no figure (which would be announced, empty) and no role of its own.
      expect(box.matches('figure, [role], [aria-label]')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('draws the image in a box reserved before it loads, with its alt text', async () => {
      const el = await card({
        image: '/never-loads.jpg',
        'image-alt': 'Missile launchers in a field',
      });
      const figure = part(el, 'image')!;
      const img = figure.querySelector('img')!;
      expect(img.alt).to.equal('Missile launchers in a field');
      expect(img.getAttribute('loading')).to.equal('lazy');
      const box = figure.getBoundingClientRect();
      expect(box.width).to.be.greaterThan(300);
      expect(box.height).to.be.closeTo((box.width * 9) / 16, 1);
      expect(part(el, 'image')!.compareDocumentPosition(root(el).querySelector('h2')!)).to.equal(
        Node.DOCUMENT_POSITION_FOLLOWING,
      );
    });

    it('shows the section, the author and the date in a <time>', async () => {
      const el = await card({
        section: 'World',
        author: 'Anna Petrova',
        'time-zone': 'Europe/Moscow',
      });
      expect(text(part(el, 'section'))).to.equal('World');
      const time = part(el, 'meta')!.querySelector('time')!;
      expect(time.getAttribute('datetime')).to.equal('2010-05-20T11:12:00.000Z');
      expect(text(time)).to.equal('May 20, 2010 at 3:12 PM');
      expect(text(part(el, 'meta'))).to.contain('By Anna Petrova');
    });

    it('reads a time without an offset on the clocks of its time-zone, for every reader', async () => {
      for (const [datetime, zone, utc, shown] of [
        [
          '2010-05-20T15:12',
          'Europe/Moscow',
          '2010-05-20T11:12:00.000Z',
          'May 20, 2010 at 3:12 PM',
        ],
        [
          '2010-05-20T15:12',
          'America/New_York',
          '2010-05-20T19:12:00.000Z',
          'May 20, 2010 at 3:12 PM',
        ],
        // Either side of New York's clock changes.
        [
          '2010-03-14T12:00',
          'America/New_York',
          '2010-03-14T16:00:00.000Z',
          'March 14, 2010 at 12:00 PM',
        ],
        [
          '2010-11-07T12:00:30.5',
          'America/New_York',
          '2010-11-07T17:00:30.500Z',
          'November 7, 2010 at 12:00 PM',
        ],
      ]) {
        const el = await card({datetime, 'time-zone': zone, 'structured-data': ''});
        const time = part(el, 'meta')!.querySelector('time')!;
        expect(time.getAttribute('datetime'), `${datetime} in ${zone}`).to.equal(utc);
        expect(text(time)).to.equal(shown);
        const jsonLd = JSON.parse(
          el.querySelector('script[type="application/ld+json"]')!.textContent!,
        );
        expect(jsonLd.datePublished).to.equal(utc);
      }
      // No zone, or one that does not exist: the reader's own clock, as before.
      const reader = await card({datetime: '2010-05-20T15:12', 'time-zone': 'Mars/Olympus'});
      expect(part(reader, 'meta')!.querySelector('time')!.getAttribute('datetime')).to.equal(
        new Date('2010-05-20T15:12').toISOString(),
      );
    });

    it('follows the time-zone attribute', async () => {
      const el = await card({'time-zone': 'America/New_York'});
      expect(text(part(el, 'meta')!.querySelector('time'))).to.equal('May 20, 2010 at 7:12 AM');
    });

    it('says how long ago with date-style="relative"', async () => {
      const el = await card({
        datetime: new Date(Date.now() - 2 * 3600_000).toISOString(),
        'date-style': 'relative',
      });
      const time = part(el, 'meta')!.querySelector('time')!;
      expect(text(time)).to.equal('2 hours ago');
      expect(time.title).to.match(/\d{4}/);
    });

    /** Counts the card's redraws from now on (a controller is told of each). */
    const redraws = (el: NewsArticle) => {
      const count = {n: 0};
      el.addController({hostUpdated: () => count.n++});
      return count;
    };
    const ago = (seconds: number) => new Date(Date.now() - seconds * 1000).toISOString();

    describe('as time passes', () => {
      // The clock is faked (setTimeout and Date): time passes when a test says so, however fast or
      // slow the machine is.
      let clock: sinon.SinonFakeTimers;
      beforeEach(() => {
        clock = sinon.useFakeTimers({
          now: Date.now(),
          toFake: ['setTimeout', 'clearTimeout', 'Date'],
        });
      });
      afterEach(() => clock.restore());

      /** Lets `ms` pass, then waits for the redraws it caused. */
      const pass = async (ms: number, ...cards: NewsArticle[]) => {
        await clock.tickAsync(ms);
        await Promise.all(cards.map((c) => c.updateComplete));
      };

      it('keeps a relative date true as time passes, redrawing only when the words change', async () => {
        const el = await card({datetime: ago(59.3), 'date-style': 'relative'});
        const time = part(el, 'meta')!.querySelector('time')!;
        expect(text(time)).to.equal('59 seconds ago');
        const count = redraws(el);
        await pass(100, el); // 59.4 s
        expect(text(time), 'not yet a minute').to.equal('59 seconds ago');
        expect(count.n).to.equal(0);
        await pass(200, el); // 59.6 s
        expect(text(time)).to.equal('1 minute ago');
        expect(count.n, 'one redraw as the minute comes round').to.equal(1);
        await pass(29_800, el); // 89.4 s
        expect(count.n, 'none more: the next change is at a minute and a half').to.equal(1);
        await pass(700, el); // 90.1 s
        expect(text(time)).to.equal('2 minutes ago');
        expect(count.n).to.equal(2);
        const fixed = await card({datetime: ago(59.3)});
        const still = redraws(fixed);
        // 48 days ago reads "2 months ago" for 27 days more: longer than a timer can wait (24.8
        // days), which must neither make it spin nor fire early.
        const old = await card({datetime: ago(48 * 86400), 'date-style': 'relative'});
        const weeks = redraws(old);
        await pass(86_400_000, fixed, old);
        expect(still.n, 'an absolute date never needs a redraw').to.equal(0);
        expect(weeks.n, 'a date weeks ago is not redrawn every moment').to.equal(0);
        expect(text(part(old, 'meta')!.querySelector('time'))).to.equal('2 months ago');
      });

      it('lets a removed card be, and brings its relative date up to date when it comes back', async () => {
        const el = await card({datetime: ago(10), 'date-style': 'relative'});
        const wrapper = el.parentElement!;
        expect(text(part(el, 'meta')!.querySelector('time'))).to.equal('10 seconds ago');
        el.remove();
        const count = redraws(el);
        await pass(60_000);
        expect(count.n, 'no redraws while off the page').to.equal(0);
        wrapper.append(el);
        await el.updateComplete;
        expect(text(part(el, 'meta')!.querySelector('time'))).to.equal('1 minute ago');
        // Taken off the page with an update still pending (a new lede), or as soon as it arrives.
        el.lede = 'Changed';
        el.remove();
        const fresh = document.createElement('news-article');
        Object.assign(fresh, {headline: 'Fresh', datetime: ago(5), dateStyle: 'relative'});
        wrapper.append(fresh);
        fresh.remove();
        // The updates that were pending run once; after them, nothing more.
        await Promise.all([el.updateComplete, fresh.updateComplete]);
        const [gone, alsoGone] = [redraws(el), redraws(fresh)];
        await pass(3_600_000);
        expect(gone.n + alsoGone.n, 'no redraws once off the page, pending update or not').to.equal(
          0,
        );
        wrapper.append(el);
        el.dateStyle = 'absolute';
        await el.updateComplete;
        const after = redraws(el);
        await pass(3_600_000, el);
        expect(after.n, 'switched to absolute: no more redraws').to.equal(0);
      });
    });

    it('names its bookmark after the headline, keyed by its id (or its href), and passes its link to share', async () => {
      const el = await card({'article-id': 'story-42'});
      const bookmark = part(el, 'bookmark-button') as HTMLButtonElement;
      expect(bookmark.getAttribute('aria-label')).to.equal(`Bookmark: ${SEED.headline}`);
      expect(bookmark.getAttribute('aria-pressed')).to.equal('false');
      // The toggle is drawn in the card itself: no nested element, no shadow root of its own.
      expect(root(el).querySelector('news-bookmark')).to.equal(null);
      await bookmarks.set('story-42', true);
      await el.updateComplete;
      expect(bookmark.getAttribute('aria-pressed')).to.equal('true');
      await bookmarks.set('story-42', false);
      expect(root(el).querySelector('news-share')).to.equal(null);
      const requests: string[][] = [];
      el.addEventListener('share-request', (e) => {
        requests.push([e.url, e.title, e.text]);
        e.preventDefault();
      });
      (part(el, 'share-button') as HTMLButtonElement).click();
      expect(requests).to.deep.equal([['https://news.example/nato', SEED.headline, SEED.lede]]);
      const byHref = await card();
      await bookmarks.set('https://news.example/nato', true);
      await byHref.updateComplete;
      expect(part(byHref, 'bookmark-button')!.getAttribute('aria-pressed')).to.equal('true');
      await bookmarks.set('https://news.example/nato', false);
    });

    it('bookmarks the story from the card, follows a change of id, and passes axe bookmarked', async () => {
      const el = await card({'article-id': 'story-42'});
      const events: boolean[] = [];
      el.addEventListener('bookmark-change', (e) => events.push(e.bookmarked));
      (part(el, 'bookmark-button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(bookmarks.has('story-42')).to.equal(true);
      expect(events).to.deep.equal([true]);
      expect(part(el, 'bookmark-button')!.getAttribute('aria-pressed')).to.equal('true');
      await expect(el).to.be.accessible();
      el.articleId = 'story-43';
      await el.updateComplete;
      expect(part(el, 'bookmark-button')!.getAttribute('aria-pressed')).to.equal('false');
      await bookmarks.set('story-42', false);
    });

    it('opens its share menu in the card from the keyboard, shares from it, and passes axe open', async () => {
      const el = await card();
      const done: string[] = [];
      el.addEventListener('share-complete', (e) => done.push(e.shareTarget));
      const button = part(el, 'share-button') as HTMLButtonElement;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      button.focus();
      button.dispatchEvent(new KeyboardEvent('keydown', {key: 'ArrowDown', bubbles: true}));
      // The menu's code loads the first time it opens.
      await until(() => !!part(el, 'share-menu')?.matches(':popover-open'), 'the menu to open');
      const menu = part(el, 'share-menu')!;
      expect(menu.matches(':popover-open')).to.equal(true);
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      // Anchored under its button (the anchor exists only while the menu is open).
      const [at, below] = [button, menu].map((n) => n.getBoundingClientRect());
      expect(below.top).to.be.closeTo(at.bottom, 8);
      expect(below.left).to.be.closeTo(at.left, 8);
      const items = [...root(el).querySelectorAll<HTMLElement>('[part="share-item"]')];
      expect(items).to.have.length(8);
      expect(root(el).activeElement).to.equal(items[0]);
      await expect(el).to.be.accessible();
      const mail = items.find((i) => i.getAttribute('href')?.startsWith('mailto:'))!;
      mail.addEventListener('click', (e) => e.preventDefault());
      mail.click();
      await el.updateComplete;
      expect(done).to.deep.equal(['mail']);
      expect(part(el, 'share-menu')).to.equal(null);
      expect(root(el).activeElement).to.equal(button);
    });

    it('keeps the bookmark’s knobs and a 24 px minimum in the card', async () => {
      const el = await card({'article-id': 'story-44'});
      el.style.setProperty('--news-bookmark-size', '10px');
      el.style.setProperty('--news-bookmark-color', 'rgb(0, 128, 0)');
      const button = part(el, 'bookmark-button')!;
      expect(button.getBoundingClientRect().width).to.equal(24);
      el.style.setProperty('--news-bookmark-size', '40px');
      expect(button.getBoundingClientRect().width).to.equal(40);
      (button as HTMLButtonElement).click();
      await el.updateComplete;
      expect(getComputedStyle(button).color).to.equal('rgb(0, 128, 0)');
      await bookmarks.set('story-44', false);
    });

    it('has no tags and no body in a card', async () => {
      const el = await card({tags: 'a, b'});
      expect(part(el, 'tags')).to.equal(null);
      expect(root(el).querySelector('slot')).to.equal(null);
    });

    it('fits 280 px without overflowing', async () => {
      const el = await card({
        image: '/x.jpg',
        section: 'World',
        author: 'A very long author name indeed',
      });
      el.parentElement!.style.inlineSize = '280px';
      el.headline = 'Supercalifragilisticexpialidociousness'.repeat(3);
      await el.updateComplete;
      expect(el.scrollWidth).to.be.at.most(280);
      expect(root(el).querySelector('article')!.scrollWidth).to.be.at.most(280);
    });
  });

  describe('full layout', () => {
    it('is drawn in full when set by property, as frameworks do: layout reflects', async () => {
      const el = await card();
      el.layout = 'full';
      await el.updateComplete;
      expect(el).to.have.attribute('layout', 'full');
      // A full article is never skipped off screen: its height is the reader's scrollbar.
      expect(getComputedStyle(el).contentVisibility).to.equal('visible');
      expect(root(el).querySelector('article.full')).to.exist;
    });

    it('keeps the body in the light DOM, slotted', async () => {
      const el = await fullArticle();
      const quote = el.querySelector('blockquote')!;
      expect(quote.parentElement).to.equal(el);
      expect(quote.assignedSlot).to.equal(root(el).querySelector('[part="body"] slot'));
      expect(document.body.innerText).to.contain('Lavrov said.');
      expect(getComputedStyle(quote).borderInlineStartWidth).to.equal('4px');
    });

    it('has a plain heading, the date, the reading time, the lede, actions and tags', async () => {
      const el = await fullArticle();
      const heading = root(el).querySelector('h2')!;
      expect(heading.querySelector('a[href]')).to.equal(null);
      expect(text(heading)).to.equal(SEED.headline);
      expect(text(part(el, 'meta'))).to.equal(
        'By RT · May 20, 2010 at 3:12 PM · 2 min read'.replace(/ · /g, ' '),
      );
      expect(
        part(el, 'actions')!.querySelectorAll('[part="bookmark-button"], [part="share-button"]'),
      ).to.have.length(2);
      const tags = [...part(el, 'tags')!.querySelectorAll('li')];
      expect(tags.map(text)).to.deep.equal(['NATO', 'Russia', 'missile defense']);
      expect(iconName(tags[0].querySelector('svg'))).to.equal('tag');
      await expect(el).to.be.accessible();
    });

    it('recounts the reading time when text inside the body is edited in place', async () => {
      const el = await fullArticle();
      const words = [...el.querySelector('p')!.childNodes].find(
        (n) => n.nodeType === Node.TEXT_NODE && n.textContent!.trim(),
      )!;
      (words as Text).data = 'word '.repeat(1200);
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(part(el, 'meta'))).to.contain('7 min read');
    });

    it('recounts the reading time when the body changes', async () => {
      const el = await fullArticle();
      for (const p of el.querySelectorAll('p')) p.remove();
      const long = document.createElement('p');
      long.textContent = 'word '.repeat(1150);
      el.append(long);
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(part(el, 'meta'))).to.contain('5 min read');
    });

    const dates: Record<Language, [string, string]> = {
      en: ['20, 2010', 'min read'],
      ru: ['20 мая 2010', 'чтения'],
      es: ['20 de mayo de 2010', 'de lectura'],
      fr: ['20 mai 2010', 'de lecture'],
      de: ['20. Mai 2010', 'Lesezeit'],
      ar: ['مايو', 'للقراءة'],
    };
    inEachLanguage(
      dates,
      (lang) => `writes the date and reading time in ${lang}`,
      async (lang, [date, reading]) => {
        const el = await fullArticle(lang);
        const meta = text(part(el, 'meta'));
        expect(meta).to.contain(date);
        expect(meta).to.contain(reading);
        expect(part(el, 'tags')!.getAttribute('aria-label')).to.not.equal(
          lang === 'en' ? '' : 'Tags',
        );
      },
    );
  });

  describe('attributes', () => {
    for (const level of [1, 2, 3, 4, 5, 6]) {
      it(`draws an h${level} for heading-level="${level}"`, async () => {
        const el = await card({'heading-level': String(level)});
        expect(root(el).querySelector(`h${level}[part="headline"]`)).to.exist;
      });
    }

    for (const bad of ['9', '0', '-1', 'two', '']) {
      it(`falls back to h2 for heading-level="${bad}"`, async () => {
        const el = await card({'heading-level': bad});
        expect(root(el).querySelector('h2[part="headline"]')).to.exist;
      });
    }

    it('draws a card for an unknown layout', async () => {
      const el = await card({layout: 'magazine'});
      expect(root(el).querySelector('article.card')).to.exist;
      expect(root(el).querySelector('h2 a')).to.exist;
    });

    it('renders nothing broken without a headline, date or anything', async () => {
      const el = document.createElement('news-article');
      document.body.append(el);
      await el.updateComplete;
      expect(root(el).querySelector('article')).to.exist;
      expect(root(el).querySelector('h2')).to.equal(null);
      expect(part(el, 'meta')).to.equal(null);
      el.remove();
    });

    it('leaves out an invalid or non-ISO date', async () => {
      for (const datetime of [
        'the twentieth of May',
        'May 20',
        '20/05/2010',
        '2010-13-45',
        // Days no month has, which Date would quietly roll on into the next month.
        '2010-02-30',
        '2010-04-31T10:00+03:00',
        '2011-02-29',
      ]) {
        const el = await card({datetime});
        expect(root(el).querySelector('time'), datetime).to.equal(null);
      }
    });

    it('takes a leap day in a leap year', async () => {
      const el = await card({datetime: '2012-02-29'});
      expect(text(root(el).querySelector('time'))).to.equal('February 29, 2012');
    });

    it('shows a date without a time as that day, in every time zone', async () => {
      const el = await card({datetime: '2010-05-20', 'time-zone': 'America/New_York'});
      expect(text(root(el).querySelector('time'))).to.equal('May 20, 2010');
    });

    it('offers no share without a link, and no bookmark without an id or a link', async () => {
      const idOnly = await card({href: '', 'article-id': 'story-7'});
      await bookmarks.set('story-7', true);
      await idOnly.updateComplete;
      expect(part(idOnly, 'bookmark-button')!.getAttribute('aria-pressed')).to.equal('true');
      await bookmarks.set('story-7', false);
      expect(part(idOnly, 'share-button')).to.equal(null);
      const neither = await card({href: ''});
      expect(part(neither, 'actions')!.children).to.have.length(0);
    });

    it('lets an English headline read left to right inside a right-to-left page', async () => {
      const el = await card({});
      expect(root(el).querySelector('h2')).to.have.attribute('dir', 'auto');
      expect(part(el, 'lede')).to.have.attribute('dir', 'auto');
    });

    it('survives an unknown time zone', async () => {
      const el = await card({'time-zone': 'Mars/Olympus_Mons'});
      expect(text(root(el).querySelector('time'))).to.match(/2010/);
    });

    it('shows markup inside attributes as text, never as markup', async () => {
      const evil = '<img src=x onerror="window.__hacked=1"><b>bold</b>';
      const el = await card({
        headline: evil,
        lede: evil,
        section: evil,
        author: evil,
        tags: evil,
        layout: 'full',
      });
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect(text(root(el).querySelector('h2'))).to.equal(evil);
      expect((window as {__hacked?: number}).__hacked).to.equal(undefined);
    });

    it('never links to or loads an unsafe URL', async () => {
      const el = await card({
        href: 'javascript:alert(1)',
        image: 'data:image/svg+xml,<svg onload=alert(1)>',
      });
      expect(root(el).querySelector('h2 a[href]')).to.equal(null);
      expect(part(el, 'image')).to.equal(null);
    });
  });

  describe('structured data', () => {
    const jsonLd = (el: NewsArticle) =>
      el.querySelector<HTMLScriptElement>('script[type="application/ld+json"]');

    it('adds NewsArticle JSON-LD to the light DOM', async () => {
      const el = await card({
        'structured-data': '',
        author: 'RT',
        image: '/photo.jpg',
        section: 'World',
      });
      const data = JSON.parse(jsonLd(el)!.text);
      expect(data).to.include({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: SEED.headline,
      });
      expect(data.datePublished).to.equal('2010-05-20T11:12:00.000Z');
      expect(data.url).to.equal('https://news.example/nato');
      expect(data.author).to.deep.equal({'@type': 'Person', name: 'RT'});
      expect(data.image).to.deep.equal([new URL('/photo.jpg', location.href).href]);
      expect(jsonLd(el)!.assignedSlot).to.equal(null);
    });

    it('settles: writing the JSON-LD does not wake the body’s word counter into a loop', async () => {
      const el = await fullArticle();
      el.structuredData = true;
      await el.updateComplete;
      let updates = 0;
      const update = el.requestUpdate.bind(el);
      el.requestUpdate = ((...args: Parameters<typeof update>) => {
        updates++;
        return update(...args);
      }) as typeof el.requestUpdate;
      // A loop would run on mutation records and updates: a few rendering steps would show it.
      for (let i = 0; i < 3; i++) await nextFrame();
      expect(updates).to.equal(0);
      expect(jsonLd(el)).to.exist;
    });

    it('cannot be broken out of by any input', async () => {
      const evil = '</script><script>window.__escaped=1</script><!--';
      const el = await card({'structured-data': '', headline: evil, author: evil, tags: evil});
      const script = jsonLd(el)!;
      expect(script.text.toLowerCase()).not.to.contain('</script');
      expect(script.text).not.to.contain('<!--');
      expect(JSON.parse(script.text).headline).to.equal(evil);
      expect(el.querySelectorAll('script')).to.have.length(1);
      expect((window as {__escaped?: number}).__escaped).to.equal(undefined);
    });

    it('follows attribute changes, and removes only its own script', async () => {
      const el = await card({'structured-data': ''});
      const theirs = document.createElement('script');
      theirs.type = 'application/ld+json';
      theirs.text = '{"@type":"Organization"}';
      el.append(theirs);
      el.headline = 'Updated';
      await el.updateComplete;
      expect(
        JSON.parse(el.querySelector<HTMLScriptElement>('script[data-news-article]')!.text).headline,
      ).to.equal('Updated');
      el.structuredData = false;
      await el.updateComplete;
      expect(el.querySelector('script[data-news-article]')).to.equal(null);
      expect(theirs.isConnected).to.equal(true);
    });
  });

  describe('themes and directions', () => {
    for (const scheme of ['light', 'dark'] as const) {
      for (const dir of ['ltr', 'rtl']) {
        it(`passes axe and matches its screenshots, ${scheme}, ${dir}`, async () => {
          await setViewport({width: 900, height: 1200});
          await emulateMedia({colorScheme: scheme});
          const lang = dir === 'rtl' ? 'ar' : 'en';
          const wrapper = await fixture(
            html`<div
              lang=${lang}
              dir=${dir}
              style="color-scheme: light dark; background: Canvas; padding: 16px; inline-size: 760px"
            >
              <news-article
                id="card"
                style="inline-size: 320px"
                headline=${SEED.headline}
                href="https://news.example/nato"
                datetime=${SEED.datetime}
                time-zone="Europe/Moscow"
                lede=${SEED.lede}
                section="World"
              ></news-article>
              <news-article
                id="full"
                layout="full"
                headline=${SEED.headline}
                href="https://news.example/nato"
                datetime=${SEED.datetime}
                time-zone="Europe/Moscow"
                lede=${SEED.lede}
                author="RT"
                tags="NATO, Russia"
                style="margin-block-start: 24px"
                ><p>Anders Rasmussen has been pushing hard for Russian involvement.</p>
                <blockquote>
                  “We hope, this will clear up any confusion,” Lavrov said.
                </blockquote></news-article
              >
            </div>`,
          );
          await usePinnedFonts(wrapper as HTMLElement);
          const [cardEl, fullEl] = [...wrapper.querySelectorAll('news-article')];
          await Promise.all([cardEl.updateComplete, fullEl.updateComplete]);
          const surface = getComputedStyle(root(cardEl).querySelector('article')!).backgroundColor;
          expect(surface).to.equal(scheme === 'dark' ? 'rgb(21, 23, 28)' : 'rgb(255, 255, 255)');
          await expect(wrapper).to.be.accessible();
          await visualDiff(cardEl, `article-card-${scheme}-${dir}`);
          await visualDiff(fullEl, `article-full-${scheme}-${dir}`);
        });
      }
    }
  });
});
