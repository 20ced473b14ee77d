// demo/seed-theme.css: the seed site's look, made only of documented custom properties and
// parts, and what it looks like, light, dark and right-to-left (with the pinned test fonts).
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {visualDiff} from '@web/test-runner-visual-regression';
import '../../src/index.js';
import '../../src/locales/ar.js';
import type {NewsArticle} from '../../src/article/news-article.js';
import type {PodcastPlayer} from '../../src/podcast/podcast-player.js';
import {usePinnedFonts} from '../pinned-fonts.js';
import {nextFrame, screenshotSuite} from '../helpers.js';

interface Declaration {
  tagName?: string;
  cssParts?: {name: string}[];
  cssProperties?: {name: string}[];
}

const theme = fetch('/demo/seed-theme.css').then((r) => r.text());
const documented = fetch('/custom-elements.json')
  .then((r) => r.json())
  .then((manifest: {modules: {declarations?: Declaration[]}[]}) =>
    manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName),
  );

const shadowPart = (el: Element, name: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
const text = (node: Element | null) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

async function seedPage(dir: 'ltr' | 'rtl', lang = 'en') {
  const style = document.createElement('style');
  style.textContent = await theme;
  const wrapper = await fixture<HTMLElement>(
    html`<div
      class="seed"
      dir=${dir}
      lang=${lang}
      style="inline-size: 560px; padding: 16px; display: grid; gap: 16px; background: var(--news-color-surface); color: var(--news-color-text)"
    >
      <news-article
        layout="full"
        heading-level="1"
        article-id="seed-theme-test"
        href="https://news.example/world/nato"
        headline="Moscow waiting for NATO’s moves on missile defense"
        datetime="2010-05-20T15:12:00+04:00"
        time-zone="Europe/Moscow"
        date-format="{day} {month}, {year} {hour}:{minute}"
        lede="NATO and Russia should trust each other more."
        tags="NATO, Russia"
        tag-href="/tags/{tag}"
      >
        <p>Ahead of the visit, the Alliance addressed Moscow's fears over the issue.</p>
      </news-article>
      <podcast-player
        src="/__podcast/tone.wav?id=seed-1"
        duration="27:33"
        title="Moscow waiting for NATO’s moves on missile defense, part 1"
      ></podcast-player>
      <podcast-player
        src="/__podcast/tone.wav?id=seed-2"
        duration="28:12"
        title="Moscow waiting for NATO’s moves on missile defense, part 2"
      ></podcast-player>
    </div>`,
  );
  wrapper.prepend(style);
  await usePinnedFonts(wrapper);
  // The theme sets one sans-serif for headlines too: the pinned one, in the screenshots.
  wrapper.style.setProperty('--news-font-family-heading', `'Pinned Sans'`);
  const article = wrapper.querySelector<NewsArticle>('news-article')!;
  const players = [...wrapper.querySelectorAll<PodcastPlayer>('podcast-player')];
  // The date pattern's code loads on first use; then the date reads as on the seed page.
  while (!text(shadowPart(article, 'date')).includes(',')) await nextFrame();
  await Promise.all([article, ...players].map((el) => el.updateComplete));
  await nextFrame();
  return {wrapper, article, players};
}

describe('demo/seed-theme.css', () => {
  screenshotSuite();

  it('uses only the documented custom properties and parts', async () => {
    const css = await theme;
    const elements = await documented;
    const properties = new Set(elements.flatMap((d) => (d.cssProperties ?? []).map((p) => p.name)));
    const set = [...css.matchAll(/(--[\w-]+)\s*:/g)].map((m) => m[1]);
    expect(set.length, 'custom properties set').to.be.greaterThan(5);
    for (const name of set) expect(properties, name).to.include(name);
    const parts = [...css.matchAll(/([\w-]+)::part\(([\w-]+)\)/g)];
    expect(parts.length, 'parts styled').to.be.greaterThan(5);
    for (const [, tag, part] of parts) {
      const element = elements.find((d) => d.tagName === tag);
      expect(element, tag).to.exist;
      expect(
        element!.cssParts!.map((p) => p.name),
        `${tag}::part(${part})`,
      ).to.include(part);
    }
    // Nothing reaches inside by other means: no private --_ names, no ::slotted, no :host.
    expect(css).to.not.match(/--_|::slotted|:host/);
  });

  it('gives the seed’s date line, hides the reading time, labels the steps in seconds', async () => {
    const {article, players} = await seedPage('ltr');
    expect(text(shadowPart(article, 'date'))).to.equal('20 May, 2010 15:12');
    // The date line stands above the headline, as on the seed page.
    expect(shadowPart(article, 'meta').getBoundingClientRect().bottom).to.be.at.most(
      shadowPart(article, 'headline').getBoundingClientRect().top,
    );
    expect(getComputedStyle(shadowPart(article, 'reading-time')).display).to.equal('none');
    expect(shadowPart(article, 'tag').querySelector('a')!.getAttribute('href')).to.equal(
      new URL('/tags/NATO', location.href).href,
    );
    const back = shadowPart(players[0], 'back-button');
    expect(text(back)).to.equal('15');
    expect(getComputedStyle(shadowPart(players[0], 'step-icon')).display).to.equal('none');
    // The button keeps its name: the label shown is no substitute for it.
    expect(back.getAttribute('aria-label')).to.equal('Back 15 seconds');
    expect(text(shadowPart(players[0], 'time'))).to.equal('0:00 / 27:33');
    await expect(article).to.be.accessible();
    for (const player of players) await expect(player).to.be.accessible();
  });

  it('looks like the seed site, light, dark and right-to-left', async () => {
    await emulateMedia({colorScheme: 'light'});
    await visualDiff((await seedPage('ltr')).wrapper, 'seed-theme-light');
    await emulateMedia({colorScheme: 'dark'});
    await visualDiff((await seedPage('ltr')).wrapper, 'seed-theme-dark');
    await emulateMedia({colorScheme: 'light'});
    await visualDiff((await seedPage('rtl', 'ar')).wrapper, 'seed-theme-rtl');
  });
});
