// The demo pages as a publisher would use the library: a page with only the one-file bundle in a
// <script type="module"> tag (dist/newsroom-elements.bundle.js, written by `npm run build`,
// which `npm test` runs first), and a Vue 3 app.
import {expect} from '@open-wc/testing';
import {until} from '../podcast/helpers.js';
import {axeViolations} from './axe.js';
import {DEMO_PAGES, docsPages, open as openAt} from './frame.js';

/** Opens `path` in an iframe of this page and resolves once it has loaded. */
async function open(path: string): Promise<{frame: HTMLIFrameElement; win: Window; doc: Document}> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 900px; block-size: 700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return {frame, win: frame.contentWindow!, doc: frame.contentDocument!};
}

const TAGS = ['news-icon', 'news-article', 'news-bookmark', 'news-share', 'podcast-player'];
const shadow = (el: Element | null, selector: string) =>
  el?.shadowRoot?.querySelector<HTMLElement>(selector) ?? null;

describe('demo/plain.html: one script tag, no build step', () => {
  it('renders every element from the bundle alone', async () => {
    const {frame, win, doc} = await open('/demo/plain.html');
    try {
      await until(() => TAGS.every((tag) => win.customElements.get(tag)), 'the elements defined');
      await until(
        () => !!shadow(doc.querySelector('news-article[layout="full"]'), '[part="body"]'),
        'the articles drawn',
      );
      const scripts = win.performance
        .getEntriesByType('resource')
        .filter((r) => (r as PerformanceResourceTiming).initiatorType === 'script')
        .map((r) => new URL(r.name).pathname)
        .filter((path) => !path.startsWith('/__web-dev-server')); // the test runner's own
      expect(scripts).to.deep.equal(['/dist/newsroom-elements.bundle.js']);

      expect(shadow(doc.querySelector('news-icon'), 'svg')!.getAttribute('aria-label')).to.equal(
        'Radio',
      );
      const card = doc.querySelector('news-article[layout="card"]')!;
      expect(shadow(card, '[part="headline"] a')!.textContent).to.contain('NATO');
      const full = doc.querySelector('news-article[layout="full"]')!;
      expect(full.querySelector('p')!.assignedSlot).to.exist;
      // The reading time: its word counter loads, from beside the bundle, with the full article.
      await until(
        () => /min read/.test(shadow(full, '[part="meta"]')?.textContent ?? ''),
        'the reading time',
      );
      expect(shadow(doc.querySelector('main > p > news-bookmark'), 'button')).to.exist;
      expect(shadow(doc.querySelector('main > p > news-share'), 'button')).to.exist;
      const player = doc.querySelector('podcast-player')!;
      expect(shadow(player, '[part="time"]')!.textContent).to.contain('0:36');
      expect(await axeViolations(frame)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('the one-file bundle in other languages', () => {
  it('speaks a page’s language from the start, loading its translation', async () => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'inline-size: 600px; block-size: 300px';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
    // The elements stand on the page before the bundle defines them, as on a real page.
    frame.srcdoc = `<!doctype html><html lang="ru"><body>
      <podcast-player src="/demo/media/episode-1.ogg" duration="0:36"></podcast-player>
      <script type="module" src="/dist/newsroom-elements.bundle.js"></script></body></html>`;
    document.body.append(frame);
    await loaded;
    try {
      const win = frame.contentWindow!;
      const player = frame.contentDocument!.querySelector('podcast-player')!;
      const play = () => shadow(player, '[part="play-button"]')?.getAttribute('aria-label');
      await until(() => play() === 'Воспроизвести', 'the player in Russian');
      const files = win.performance
        .getEntriesByType('resource')
        .map((r) => new URL(r.name).pathname)
        .filter((path) => /\/newsroom-elements\.\w+\.js$/.test(path));
      expect(files).to.include('/dist/newsroom-elements.ru.js');
      expect(files.filter((f) => /\.(es|fr|de|ar)\.js$/.test(f))).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('loads a translation when its language is first spoken, and only that one', async () => {
    const {frame, win, doc} = await open('/demo/plain.html');
    try {
      await until(() => TAGS.every((tag) => win.customElements.get(tag)), 'the elements defined');
      const player = doc.querySelector('podcast-player')!;
      const play = () => shadow(player, '[part="play-button"]')?.getAttribute('aria-label');
      await until(() => play() === 'Play', 'the player drawn in English');
      const loaded = () =>
        win.performance
          .getEntriesByType('resource')
          .map((r) => new URL(r.name).pathname)
          .filter((path) => /\/newsroom-elements\.(ru|es|fr|de|ar)\.js$/.test(path));
      expect(loaded(), 'an English page loads no translation').to.deep.equal([]);
      doc.documentElement.lang = 'ru';
      await until(() => play() === 'Воспроизвести', 'the player redrawn in Russian');
      const full = doc.querySelector('news-article[layout="full"]')!;
      await until(
        () => /чтения/.test(shadow(full, '[part="meta"]')?.textContent ?? ''),
        'the article redrawn in Russian',
      );
      expect(loaded()).to.deep.equal(['/dist/newsroom-elements.ru.js']);
      // A second language, on one element only: its file too, and the rest stay Russian.
      player.setAttribute('lang', 'de');
      await until(() => play() === 'Abspielen', 'the player in German');
      expect(loaded().sort()).to.deep.equal([
        '/dist/newsroom-elements.de.js',
        '/dist/newsroom-elements.ru.js',
      ]);
      expect(shadow(full, '[part="meta"]')!.textContent).to.match(/чтения/);
    } finally {
      frame.remove();
    }
  });
});

describe('demo/vue.html: a Vue 3 app', () => {
  it('renders the elements with the props Vue binds, and hands their events to Vue', async () => {
    const {frame, doc} = await open('/demo/vue.html');
    try {
      await until(() => doc.querySelectorAll('news-article').length === 3, 'three stories');
      const [first] = doc.querySelectorAll('news-article');
      await first.updateComplete;
      // Bound as a property (Vue sets known properties), drawn at the bound level.
      expect(first.headingLevel).to.equal(2);
      expect(first.articleId).to.equal('vue-nato');
      expect(shadow(first, 'h2[part="headline"]')!.textContent).to.equal(
        'Moscow waiting for NATO’s moves',
      );
      expect(shadow(first, '[part="section"]')!.textContent).to.equal('World');

      const bookmark = shadow(first, '[part="bookmark-button"]') as HTMLElement;
      // Left over from an earlier run:
      if (bookmark.getAttribute('aria-pressed') === 'true') bookmark.click();
      const saved = doc.querySelector('.vue-saved')!;
      const before = saved.textContent;
      bookmark.click();
      await until(() => saved.textContent !== before, 'Vue to count the bookmark');
      expect(saved.textContent).to.match(/Saved: 1/);
      bookmark.click();
      await until(() => /Saved: 0/.test(saved.textContent!), 'Vue to count the removal');

      const player = doc.querySelector('podcast-player')!;
      await player.updateComplete;
      expect(player.stepBack).to.equal(10);
      expect(player.declaredDuration).to.equal('0:36');
      expect(shadow(player, '[part="time"]')!.textContent).to.contain('0:36');
      expect(await axeViolations(frame)).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});

describe('demo: the menu', () => {
  it('on every demo page, links every demo page and every element’s docs page', async () => {
    const wanted = [...DEMO_PAGES, ...(await docsPages())];
    for (const path of DEMO_PAGES) {
      const {frame, doc} = await openAt(path);
      try {
        const links = [...doc.querySelectorAll<HTMLAnchorElement>('header nav a[href]')].map(
          (a) => new URL(a.href).pathname,
        );
        const missing = wanted.filter((page) => page !== path && !links.includes(page));
        expect(missing, `${path}: pages its menu does not link`).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    }
  });
});
