// newsroom-elements/react in a real React 19 app (react-dom/client): props reach the elements,
// events reach the handlers, and unmounting leaves nothing behind.
import {expect} from '@open-wc/testing';
import {createElement as h, useState, type ReactNode} from 'react';
import {createRoot, type Root} from 'react-dom/client';
import {flushSync} from 'react-dom';
import {
  NewsArticle,
  NewsBookmark,
  NewsIcon,
  NewsShare,
  PodcastPlayer,
} from '../../src/react/index.js';
import type {BookmarkChangeEvent} from '../../src/bookmark/news-bookmark.js';
import type {ShareRequestEvent} from '../../src/share/news-share.js';
import type {IconErrorEvent} from '../../src/icons/news-icon.js';
import {until, wavUrl} from '../podcast/helpers.js';
import {bookmarks} from '../../src/bookmark/bookmark-store.js';

let container: HTMLElement;
let root: Root;

function mount(app: ReactNode): void {
  flushSync(() => root.render(app));
}

const inner = (host: Element, selector: string) =>
  host.shadowRoot!.querySelector<HTMLElement>(selector)!;

describe('newsroom-elements/react', () => {
  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
  });
  afterEach(() => {
    root.unmount();
    container.remove();
  });

  it('passes props to <news-article> and renders its children as the body', async () => {
    mount(
      h(
        NewsArticle,
        {
          layout: 'full',
          headline: 'Tides',
          href: 'https://news.example/tides',
          articleId: 'react-tides',
          headingLevel: 3,
        },
        h('p', null, 'Twice a day the sea comes in.'),
      ),
    );
    const el = container.querySelector('news-article')!;
    await el.updateComplete;
    expect(el.layout).to.equal('full');
    expect(el.articleId).to.equal('react-tides');
    expect(inner(el, 'h3[part="headline"]').textContent).to.equal('Tides');
    expect(el.querySelector('p')!.assignedSlot).to.exist;
  });

  it('delivers bookmark-change to onBookmarkChange, and a veto reverts the toggle', async () => {
    const seen: BookmarkChangeEvent[] = [];
    mount(
      h(NewsBookmark, {
        articleId: 'react-veto',
        onBookmarkChange: (event: BookmarkChangeEvent) => {
          seen.push(event);
          event.preventDefault();
        },
      }),
    );
    const el = container.querySelector('news-bookmark')!;
    await el.updateComplete;
    inner(el, 'button').click();
    await el.updateComplete;
    expect(seen.map((e) => [e.articleId, e.bookmarked])).to.deep.equal([['react-veto', true]]);
    expect(inner(el, 'button').getAttribute('aria-pressed')).to.equal('false');
  });

  it('delivers share-request to onShareRequest and icon-error to onIconError', async () => {
    const requests: ShareRequestEvent[] = [];
    const errors: IconErrorEvent[] = [];
    mount(
      h('div', null, [
        h(NewsShare, {
          key: 's',
          url: 'https://news.example/tides',
          title: 'Tides',
          onShareRequest: (event: ShareRequestEvent) => {
            requests.push(event);
            event.preventDefault();
          },
        }),
        h(NewsIcon, {
          key: 'i',
          name: 'no-such-react-icon',
          onIconError: (e: IconErrorEvent) => errors.push(e),
        }),
      ]),
    );
    const share = container.querySelector('news-share')!;
    await share.updateComplete;
    inner(share, 'button').click();
    expect(requests.map((e) => e.url)).to.deep.equal(['https://news.example/tides']);
    await until(() => errors.length === 1, 'icon-error');
    expect(errors[0].name).to.equal('no-such-react-icon');
  });

  it('delivers the player events to onPlay, onRateChange and onPause', async () => {
    const seen: string[] = [];
    const record = (event: Event) => seen.push(event.type);
    mount(
      h(PodcastPlayer, {
        src: wavUrl(4),
        title: 'Episode',
        declaredDuration: '1:35',
        onPlay: record,
        onPause: record,
        onRateChange: record,
      }),
    );
    const el = container.querySelector('podcast-player')!;
    await el.updateComplete;
    expect(el.title).to.equal('Episode');
    expect(inner(el, '[part="time"]').textContent).to.contain('1:35');
    await el.play();
    await until(() => seen.includes('play'), 'play');
    inner(el, '[part="speed-button"]').click();
    await until(() => seen.includes('ratechange'), 'ratechange');
    el.pause();
    await until(() => seen.includes('pause'), 'pause');
  });

  it('works with the plain tags too: React 19 sets properties and adds on<event> listeners', async () => {
    const seen: BookmarkChangeEvent[] = [];
    mount(
      h('news-bookmark', {
        articleId: 'react-plain-tag',
        headline: 'Plain',
        'onbookmark-change': (event: BookmarkChangeEvent) => {
          seen.push(event);
          event.preventDefault();
        },
      }),
    );
    const el = container.querySelector('news-bookmark')!;
    await el.updateComplete;
    expect(el.articleId).to.equal('react-plain-tag');
    expect(el.hasAttribute('articleId')).to.equal(false); // a property, not an attribute
    inner(el, 'button').click();
    expect(seen.map((e) => e.articleId)).to.deep.equal(['react-plain-tag']);
  });

  it('updates the elements when state changes, and unmounting lets every element go', async () => {
    const calls: boolean[] = [];
    let toggle!: () => void;
    function App() {
      const [level, setLevel] = useState(2);
      toggle = () => setLevel((l) => l + 1);
      return h('div', null, [
        h(NewsArticle, {
          key: 'a',
          headline: 'Tides',
          href: 'https://news.example/tides',
          articleId: 'react-unmount',
          headingLevel: level,
          onBookmarkChange: (event: BookmarkChangeEvent) => calls.push(event.bookmarked),
        }),
        h(PodcastPlayer, {key: 'p', src: wavUrl(4)}),
      ]);
    }
    mount(h(App));
    const el = container.querySelector('news-article')!;
    const player = container.querySelector('podcast-player')!;
    await el.updateComplete;
    expect(inner(el, '[part="headline"]').localName).to.equal('h2');
    flushSync(() => toggle());
    await el.updateComplete;
    expect(inner(el, '[part="headline"]').localName).to.equal('h3');

    const bookmark = inner(el, '[part="bookmark-button"]');
    bookmark.click();
    expect(calls).to.deep.equal([true]);
    expect(bookmarks.has('react-unmount')).to.equal(true);
    await player.play();
    await until(() => !player.paused, 'playing');

    root.unmount();
    expect(container.childElementCount).to.equal(0);
    // The player stopped with its element, and the bookmark no longer follows the store.
    await until(() => player.paused, 'paused after unmount');
    await bookmarks.set('react-unmount', false);
    await el.updateComplete;
    expect(bookmark.getAttribute('aria-pressed')).to.equal('true');
    root = createRoot(container); // for afterEach
  });
});
