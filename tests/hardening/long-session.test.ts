import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {PodcastPlayer} from '../../src/podcast/podcast-player.js';
import type {NewsArticle} from '../../src/article/news-article.js';
import {until} from '../podcast/helpers.js';

const PLAYERS = 500;
const CARDS = 500;
const MINUTES = 60;

/** Counts listeners added to and removed from window and document while the test runs. */
function countListeners() {
  const targets = [window, document] as EventTarget[];
  const live = new Map<EventTarget, number>(targets.map((t) => [t, 0]));
  const {addEventListener, removeEventListener} = EventTarget.prototype;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    ...args: Parameters<typeof addEventListener>
  ) {
    if (live.has(this)) live.set(this, live.get(this)! + 1);
    return addEventListener.apply(this, args);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    ...args: Parameters<typeof removeEventListener>
  ) {
    if (live.has(this)) live.set(this, live.get(this)! - 1);
    return removeEventListener.apply(this, args);
  };
  return {
    now: () => [...live.values()].reduce((a, b) => a + b, 0),
    restore: () => Object.assign(EventTarget.prototype, {addEventListener, removeEventListener}),
  };
}

/**
 * The page's heap after garbage collection: the least of ten readings, each once the renderer is
 * idle, since the renderer's heap also holds what other test pages leave behind until their own collection (a
 * page closing as this one measures once added 1.7 MB to a reading). A leak of ours is in every
 * reading, so the least still shows it.
 */
async function heap(): Promise<number> {
  const gc = (window as {gc?: () => void}).gc!;
  let least = Infinity;
  for (let i = 0; i < 10; i++) {
    gc();
    await new Promise((r) => requestIdleCallback(r, {timeout: 1000}));
    least = Math.min(
      least,
      (performance as Performance & {memory: {usedJSHeapSize: number}}).memory.usedJSHeapSize,
    );
  }
  return least;
}

describe('a long session', function () {
  this.timeout(120_000);

  it('500 players and 500 cards through an hour of use keep listeners and heap flat', async () => {
    expect((window as {gc?: unknown}).gc, 'run with --expose-gc').to.be.a('function');
    const listeners = countListeners();
    const page = await fixture<HTMLElement>(
      html`<main style="display: grid; grid-template-columns: repeat(4, 1fr)"></main>`,
    );
    const make = () => {
      for (let i = 0; i < PLAYERS; i++) {
        const player = document.createElement('podcast-player');
        player.src = `/__podcast/tone.wav?id=long-${i % 3}&s=2`;
        player.declaredDuration = '27:33';
        player.title = `Episode ${i}`;
        player.resume = i % 5 === 0;
        page.append(player);
      }
      for (let i = 0; i < CARDS; i++) {
        const card = document.createElement('news-article');
        card.headline = `Story ${i}`;
        card.href = `https://news.example/${i}`;
        card.datetime = '2010-05-20T15:12:00+04:00';
        page.append(card);
      }
    };
    let seed = 7;
    const random = (n: number) => (seed = (seed * 48271) % 2147483647) % n;
    const rebuild = async () => {
      page.replaceChildren();
      make();
      await Promise.all([...page.children].map((el) => (el as PodcastPlayer).updateComplete));
    };

    const session = async (minutes: number) => {
      for (let minute = 0; minute < minutes; minute++) {
        const players = [...page.querySelectorAll('podcast-player')];
        const cards = [...page.querySelectorAll('news-article')];
        // A listener plays a little of one episode, for real.
        if (minute % 10 === 0) {
          const player = players[random(players.length)];
          await player.play();
          await until(() => !player.paused, 'playing');
          player.pause();
        }
        // Seeks, speed, mute, the remaining-time toggle, on many players (time fast-forwarded).
        for (let i = 0; i < 25; i++) {
          const player = players[random(players.length)];
          player.seek(random(1653));
          player.playbackRate = [0.75, 1, 1.5, 2][random(4)];
          player.muted = !player.muted;
          player.showRemaining = !player.showRemaining;
        }
        // Bookmarks toggled on cards.
        for (let i = 0; i < 10; i++) {
          const card = cards[random(cards.length)] as NewsArticle;
          card.shadowRoot!.querySelector<HTMLElement>('[part="bookmark-button"]')?.click();
        }
        // A tenth of the page removed and added back, as a feed re-renders.
        for (let i = 0; i < (PLAYERS + CARDS) / 10; i++) {
          const el = page.children[random(page.children.length)];
          el.remove();
          page.append(el);
        }
        await new Promise((r) => setTimeout(r, 0));
      }
    };

    try {
      // A few warm-up minutes first, so that one-time costs (compiled code, template and
      // formatter caches) are in the baseline; then the hour; both end on a fresh page.
      await rebuild();
      await session(5);
      await rebuild();
      const baselineHeap = await heap();
      const baselineListeners = listeners.now();
      await session(MINUTES);
      await rebuild();
      const endHeap = await heap();
      const growth = (endHeap - baselineHeap) / baselineHeap;
      console.log(
        `long session: heap ${(baselineHeap / 1e6).toFixed(1)} MB → ${(endHeap / 1e6).toFixed(1)} MB (${(growth * 100).toFixed(1)}%), listeners on window/document ${baselineListeners} → ${listeners.now()}`,
      );
      expect(listeners.now()).to.be.at.most(baselineListeners);
      expect(growth).to.be.below(0.05);
    } finally {
      listeners.restore();
      page.replaceChildren();
      localStorage.clear();
    }
  });
});
