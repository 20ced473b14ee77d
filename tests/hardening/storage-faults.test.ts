import {expect, fixture, html} from '@open-wc/testing';
import '../../src/bookmark/news-bookmark.js';
import type {NewsBookmark} from '../../src/bookmark/news-bookmark.js';
import {bookmarks, localBookmarkStore} from '../../src/bookmark/bookmark-store.js';
import {captureWarnings, settle} from '../helpers.js';

const KEY = 'hardening:bookmarks';
const toggle = async (el: NewsBookmark) => {
  el.shadowRoot!.querySelector('button')!.click();
  await el.updateComplete;
};

/** `stored` in localStorage under KEY, the default store on it, and buttons for `ids`. */
async function twoBookmarks(stored: string[], ...ids: [string, string]) {
  localStorage.setItem(KEY, JSON.stringify(stored));
  bookmarks.useStore(localBookmarkStore(KEY));
  await bookmarks.ready;
  const wrapper = await fixture(
    html`<div>${ids.map((id) => html`<news-bookmark article-id=${id}></news-bookmark>`)}</div>`,
  );
  return [...wrapper.querySelectorAll('news-bookmark')] as [NewsBookmark, NewsBookmark];
}

describe('storage faults', () => {
  const {getItem, setItem} = Storage.prototype;
  afterEach(() => Object.assign(Storage.prototype, {getItem, setItem}));
  beforeEach(() => localStorage.clear());

  it('loses nothing while storage is full, and saves everything once it has room again', async () => {
    const [a, b] = await twoBookmarks(['kept-from-before'], 'a', 'b');
    await captureWarnings(async () => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
      await toggle(a);
      expect(a.bookmarked).to.equal(true);
      expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['kept-from-before']);
      Storage.prototype.setItem = setItem;
      await toggle(b);
    });
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.have.members(['kept-from-before', 'a', 'b']);
  });

  it('recovers when storage that threw on every read works again', async () => {
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    await captureWarnings(async () => {
      bookmarks.useStore(localBookmarkStore(`${KEY}:denied`));
      await bookmarks.ready;
      const el = await fixture<NewsBookmark>(html`<news-bookmark article-id="c"></news-bookmark>`);
      await toggle(el);
      expect(el.bookmarked).to.equal(true);
    });
    Storage.prototype.getItem = getItem;
    expect(JSON.parse(localStorage.getItem(`${KEY}:denied`)!)).to.deep.equal(['c']);
  });

  it('takes cleared storage as no bookmarks, in this tab and then in the others', async () => {
    const [a, c] = await twoBookmarks(['a', 'b'], 'a', 'c');
    expect(a.bookmarked).to.equal(true);
    // A sign-out in this tab wipes local data: the next toggle writes no cleared id back.
    localStorage.clear();
    await toggle(c);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal(['c']);
    // Another tab removes the key: this one hears it, and shows nothing bookmarked.
    localStorage.removeItem(KEY);
    window.dispatchEvent(new StorageEvent('storage', {key: KEY, newValue: null}));
    await settle();
    await Promise.all([a.updateComplete, c.updateComplete]);
    expect([a.bookmarked, c.bookmarked]).to.deep.equal([false, false]);
    expect(a.shadowRoot!.querySelector('button')).to.have.attribute('aria-pressed', 'false');
  });

  it('saves again once a foreign value written by another tab is replaced by a valid one', async () => {
    bookmarks.useStore(localBookmarkStore(KEY));
    await bookmarks.ready;
    const el = await fixture<NewsBookmark>(html`<news-bookmark article-id="d"></news-bookmark>`);
    await captureWarnings(async () => {
      localStorage.setItem(KEY, '{"not": "ours"}');
      await toggle(el);
      expect(localStorage.getItem(KEY), 'left untouched').to.equal('{"not": "ours"}');
    });
    localStorage.setItem(KEY, JSON.stringify(['e']));
    await toggle(el);
    await toggle(el);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.have.members(['e', 'd']);
  });

  it('merges two tabs writing at once instead of losing one', async () => {
    bookmarks.useStore(localBookmarkStore(KEY));
    await bookmarks.ready;
    const el = await fixture<NewsBookmark>(html`<news-bookmark article-id="mine"></news-bookmark>`);
    // The other tab writes between our read of the page state and our write.
    localStorage.setItem(KEY, JSON.stringify(['theirs']));
    await toggle(el);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.have.members(['theirs', 'mine']);
    window.dispatchEvent(new StorageEvent('storage', {key: KEY}));
    expect(bookmarks.list()).to.have.members(['theirs', 'mine']);
  });
});
