import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../src/bookmark/news-bookmark.js';
import '../../src/locales/all.js';
import type {NewsBookmark} from '../../src/bookmark/news-bookmark.js';
import {
  BOOKMARKS_KEY,
  bookmarks,
  localBookmarkStore,
  type BookmarkStore,
} from '../../src/bookmark/bookmark-store.js';
import {captureWarnings, iconName, inEachLanguage, nextEvent, settle} from '../helpers.js';

const button = (el: NewsBookmark) => el.shadowRoot!.querySelector('button')!;
const stored = (key = BOOKMARKS_KEY) => JSON.parse(localStorage.getItem(key) ?? 'null');

async function bookmark(markup = html`<news-bookmark article-id="a1"></news-bookmark>`) {
  const el = await fixture<NewsBookmark>(markup);
  await bookmarks.ready;
  await el.updateComplete;
  return el;
}

describe('<news-bookmark>', () => {
  beforeEach(async () => {
    localStorage.clear();
    bookmarks.useStore(localBookmarkStore());
    await bookmarks.ready;
  });

  it('is a real toggle button with a localised name, off by default', async () => {
    const el = await bookmark();
    expect(button(el).type).to.equal('button');
    expect(button(el)).to.have.attribute('aria-pressed', 'false');
    expect(button(el)).to.have.attribute('aria-label', 'Bookmark');
    expect(iconName(button(el).querySelector('svg'))).to.equal('bookmark');
    await expect(el).to.be.accessible();
  });

  it('names the article it bookmarks when given a headline', async () => {
    const el = await bookmark(
      html`<news-bookmark article-id="a1" headline=${'Tides <b>rise</b>'}></news-bookmark>`,
    );
    expect(button(el)).to.have.attribute('aria-label', 'Bookmark: Tides <b>rise</b>');
  });

  it('toggles on click, reflects the attribute, fires bookmark-change and stores it', async () => {
    const el = await bookmark();
    const change = nextEvent(el, 'bookmark-change');
    button(el).click();
    const event = await change;
    await el.updateComplete;
    expect(event.articleId).to.equal('a1');
    expect(event.bookmarked).to.equal(true);
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(el).to.have.attribute('bookmarked');
    expect(button(el)).to.have.attribute('aria-pressed', 'true');
    expect(iconName(button(el).querySelector('svg'))).to.equal('bookmark-filled');
    expect(stored()).to.deep.equal(['a1']);
    await expect(el).to.be.accessible();
    button(el).click();
    await el.updateComplete;
    expect(el).not.to.have.attribute('bookmarked');
    expect(stored()).to.deep.equal([]);
  });

  it('toggles with Enter and Space from the keyboard', async () => {
    const el = await bookmark();
    button(el).focus();
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(el.bookmarked).to.equal(true);
    await sendKeys({press: 'Space'});
    await el.updateComplete;
    expect(el.bookmarked).to.equal(false);
  });

  it('reverts the toggle when the page vetoes it', async () => {
    const el = await bookmark();
    el.addEventListener('bookmark-change', (e) => e.preventDefault());
    button(el).click();
    await el.updateComplete;
    expect(button(el)).to.have.attribute('aria-pressed', 'false');
    expect(el.bookmarked).to.equal(false);
    expect(localStorage.getItem(BOOKMARKS_KEY)).to.equal(null);
  });

  it('fires nothing when script sets the property, but stores it', async () => {
    const el = await bookmark();
    let fired = 0;
    el.addEventListener('bookmark-change', () => fired++);
    el.bookmarked = true;
    await el.updateComplete;
    expect(fired).to.equal(0);
    expect(button(el)).to.have.attribute('aria-pressed', 'true');
    expect(stored()).to.deep.equal(['a1']);
  });

  it('stores a script’s change under the article and in the store set just before it', async () => {
    const el = await bookmark();
    el.articleId = 'a2';
    el.bookmarked = true;
    expect(stored()).to.deep.equal(['a2']);
    await el.updateComplete;
    expect(button(el)).to.have.attribute('aria-pressed', 'true');
    el.storage = 'none';
    el.articleId = 'a3';
    el.bookmarked = true;
    expect(stored()).to.deep.equal(['a2']);
    await el.updateComplete;
    expect(button(el)).to.have.attribute('aria-pressed', 'true');
    expect(bookmarks.has('a3')).to.equal(false);
  });

  it('changes every button for the same article together, and no other', async () => {
    const wrapper = await fixture(
      html`<div>
        <news-bookmark article-id="a1"></news-bookmark>
        <news-bookmark article-id="a1"></news-bookmark>
        <news-bookmark article-id="b2"></news-bookmark>
      </div>`,
    );
    const [one, two, other] = [...wrapper.querySelectorAll('news-bookmark')];
    await bookmarks.ready;
    button(one).click();
    await Promise.all([one.updateComplete, two.updateComplete, other.updateComplete]);
    expect(two.bookmarked).to.equal(true);
    expect(button(two)).to.have.attribute('aria-pressed', 'true');
    expect(other.bookmarked).to.equal(false);
  });

  it('follows another tab through the storage event', async () => {
    const el = await bookmark();
    localStorage.setItem(BOOKMARKS_KEY, JSON.stringify(['a1']));
    window.dispatchEvent(new StorageEvent('storage', {key: BOOKMARKS_KEY}));
    await el.updateComplete;
    expect(el.bookmarked).to.equal(true);
    localStorage.setItem(BOOKMARKS_KEY, JSON.stringify([]));
    window.dispatchEvent(new StorageEvent('storage', {key: BOOKMARKS_KEY}));
    await el.updateComplete;
    expect(el.bookmarked).to.equal(false);
  });

  it('keeps what another tab wrote when both write', async () => {
    const el = await bookmark();
    localStorage.setItem(BOOKMARKS_KEY, JSON.stringify(['from-other-tab']));
    button(el).click();
    await settle();
    expect(stored()).to.have.members(['from-other-tab', 'a1']);
  });

  it('goes on in memory, warning once, when storage throws', async () => {
    const key = 'test:throwing';
    const {getItem, setItem} = Storage.prototype;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const warnings = await captureWarnings(async () => {
        bookmarks.useStore(localBookmarkStore(key));
        await bookmarks.ready;
        const el = await bookmark();
        button(el).click();
        await el.updateComplete;
        button(el).click();
        button(el).click();
        await el.updateComplete;
        expect(el.bookmarked).to.equal(true);
        expect(bookmarks.has('a1')).to.equal(true);
      });
      expect(
        warnings.filter((w) => w.includes(key) && w.includes('cannot be written')),
      ).to.have.length(1);
    } finally {
      Object.assign(Storage.prototype, {getItem, setItem});
    }
  });

  it('never overwrites stored data it does not understand', async () => {
    const key = 'test:corrupt';
    localStorage.setItem(key, '{"not": "a list"');
    const warnings = await captureWarnings(async () => {
      bookmarks.useStore(localBookmarkStore(key));
      const el = await bookmark();
      button(el).click();
      await el.updateComplete;
      expect(el.bookmarked).to.equal(true);
    });
    expect(localStorage.getItem(key)).to.equal('{"not": "a list"');
    expect(warnings.some((w) => w.includes(key))).to.equal(true);
  });

  it('uses a site’s own async store', async () => {
    const calls: Array<[string, boolean]> = [];
    const store: BookmarkStore = {
      load: async () => ['from-account'],
      set: async (id, on) => {
        calls.push([id, on]);
      },
    };
    bookmarks.useStore(store);
    const el = await bookmark(html`<news-bookmark article-id="from-account"></news-bookmark>`);
    expect(el.bookmarked).to.equal(true);
    button(el).click();
    await settle();
    expect(calls).to.deep.equal([['from-account', false]]);
    expect(localStorage.getItem(BOOKMARKS_KEY)).to.equal(null);
  });

  it('keeps a storage="none" bookmark on the page only', async () => {
    const el = await bookmark(html`<news-bookmark article-id="a1" storage="none"></news-bookmark>`);
    button(el).click();
    await el.updateComplete;
    expect(el.bookmarked).to.equal(true);
    expect(localStorage.getItem(BOOKMARKS_KEY)).to.equal(null);
    expect(bookmarks.has('a1')).to.equal(false);
  });

  it('gives the page list, has, clear and a change event', async () => {
    const el = await bookmark();
    const changed = new Promise<readonly string[]>((resolve) =>
      bookmarks.addEventListener('change', (e) => resolve((e as Event & {ids: string[]}).ids), {
        once: true,
      }),
    );
    button(el).click();
    expect(await changed).to.deep.equal(['a1']);
    expect(bookmarks.has('a1')).to.equal(true);
    expect(bookmarks.list()).to.deep.equal(['a1']);
    await bookmarks.clear();
    await el.updateComplete;
    expect(bookmarks.list()).to.deep.equal([]);
    expect(el.bookmarked).to.equal(false);
    expect(stored()).to.deep.equal([]);
  });

  it('listens on window only while a bookmark is on the page', async () => {
    const {addEventListener, removeEventListener} = window;
    let listening = 0;
    window.addEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      if (type === 'storage') listening++;
      return (addEventListener as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.addEventListener;
    window.removeEventListener = function (this: Window, type: string, ...rest: unknown[]) {
      if (type === 'storage') listening--;
      return (removeEventListener as (...a: unknown[]) => void).call(this, type, ...rest);
    } as typeof window.removeEventListener;
    try {
      const el = await bookmark();
      expect(listening).to.equal(1);
      el.remove();
      expect(listening).to.equal(0);
      document.body.append(el);
      expect(listening).to.equal(1);
      el.remove();
      expect(listening).to.equal(0);
    } finally {
      Object.assign(window, {addEventListener, removeEventListener});
    }
  });

  const labels = {
    en: 'Bookmark',
    ru: 'В закладки',
    es: 'Guardar',
    fr: 'Enregistrer',
    de: 'Merken',
    ar: 'حفظ',
  };
  inEachLanguage(
    labels,
    (lang) => `is labelled in ${lang}`,
    async (lang, label) => {
      const el = await bookmark(html`<news-bookmark lang=${lang} article-id="a1"></news-bookmark>`);
      expect(button(el)).to.have.attribute('aria-label', label);
    },
  );

  it('works without an article id, on its own', async () => {
    const el = await bookmark(html`<news-bookmark></news-bookmark>`);
    button(el).click();
    await el.updateComplete;
    expect(el.bookmarked).to.equal(true);
    expect(localStorage.getItem(BOOKMARKS_KEY)).to.equal(null);
  });
});
