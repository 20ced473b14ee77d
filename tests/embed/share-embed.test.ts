// "Embed" in the share menu: <news-share embed> copies the embed code, and a <podcast-player>
// with `share` and `embed-src` gives it the code for the episode, at the moment playing.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/share/news-share.js';
import '../../src/podcast/podcast-player.js';
import '../../src/locales/all.js';
import type {NewsShare} from '../../src/share/news-share.js';
import type {PodcastPlayer} from '../../src/podcast/podcast-player.js';
import type {ShareCompleteEvent} from '../../src/share/share-events.js';
import {inEachLanguage, until} from '../helpers.js';

const CODE = '<iframe src="https://player.example/embed.html?src=x" title="A"></iframe>';

/** Replaces navigator.clipboard.writeText (headless cannot grant clipboard permission). */
function mockClipboard() {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
  const written: string[] = [];
  Object.defineProperty(Navigator.prototype, 'clipboard', {
    configurable: true,
    get: () => ({writeText: async (text: string) => void written.push(text)}),
  });
  return {
    written,
    restore: () => Object.defineProperty(Navigator.prototype, 'clipboard', original),
  };
}

const items = (root: ShadowRoot) => [...root.querySelectorAll<HTMLElement>('[role="menuitem"]')];
const embedItem = (root: ShadowRoot) => items(root).at(-1)!;

/** Opens the menu of the share button in `root` and waits for its items. */
async function openMenu(root: ShadowRoot) {
  root.querySelector<HTMLButtonElement>('.share')!.click();
  await until(() => items(root).length > 0, 'the share menu');
}

describe('Embed in the share menu', () => {
  let clipboard: ReturnType<typeof mockClipboard>;
  let sheet: PropertyDescriptor | undefined;
  beforeEach(() => {
    clipboard = mockClipboard();
    sheet = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
  });
  afterEach(() => {
    clipboard.restore();
    if (sheet) Object.defineProperty(Navigator.prototype, 'share', sheet);
    else delete (Navigator.prototype as {share?: unknown}).share;
  });

  it('copies the embed code, says so, and tells the page', async () => {
    // Even where there is a share sheet: it cannot copy an embed code, so the menu opens.
    Object.defineProperty(Navigator.prototype, 'share', {
      configurable: true,
      value: async () => {},
    });
    const el = await fixture<NewsShare>(
      html`<news-share url="https://news.example/a" .embed=${CODE}></news-share>`,
    );
    const root = el.shadowRoot!;
    expect(root.querySelector('.share')).to.have.attribute('aria-haspopup', 'menu');
    await openMenu(root);
    expect(embedItem(root).textContent!.trim()).to.equal('Embed');
    const done = new Promise<ShareCompleteEvent>((resolve) =>
      el.addEventListener('share-complete', resolve, {once: true}),
    );
    embedItem(root).click();
    const event = await done;
    expect([event.shareTarget, event.url]).to.deep.equal(['embed', 'https://news.example/a']);
    expect(clipboard.written).to.deep.equal([CODE]);
    await until(() => /Embed code copied/.test(root.textContent!), 'said');
    await expect(el).to.be.accessible();
  });

  it('offers no Embed without an embed code', async () => {
    const el = await fixture<NewsShare>(
      html`<news-share url="https://news.example/a"></news-share>`,
    );
    await openMenu(el.shadowRoot!);
    expect(items(el.shadowRoot!).map((item) => item.textContent!.trim())).to.not.include('Embed');
  });

  it('gives the player’s episode at the moment playing', async () => {
    const player = await fixture<PodcastPlayer>(
      html`<podcast-player
        share
        embed-src="https://player.example/embed.html"
        src="/media/episode-12.mp3"
        title=${'Tides "and" <times>'}
        duration="27:33"
        lang="fr"
      ></podcast-player>`,
    );
    await until(() => !!player.shadowRoot!.querySelector('news-share'), 'the share button');
    player.seek(90.6);
    await player.updateComplete;
    const share = player.shadowRoot!.querySelector('news-share')!;
    await share.updateComplete;
    const doc = new DOMParser().parseFromString(share.embed, 'text/html');
    const frame = doc.querySelector('iframe')!;
    expect(frame.title).to.equal('Tides "and" <times>');
    expect(frame.getAttribute('loading')).to.equal('lazy');
    expect(frame.getAttribute('sandbox')).to.equal(
      'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox',
    );
    const src = new URL(frame.src);
    expect(src.origin + src.pathname).to.equal('https://player.example/embed.html');
    expect(Object.fromEntries(src.searchParams)).to.deep.equal({
      src: new URL('/media/episode-12.mp3', location.href).href,
      title: 'Tides "and" <times>',
      duration: '1653',
      start: '90',
      lang: 'fr',
    });
    await openMenu(share.shadowRoot!);
    expect(embedItem(share.shadowRoot!).textContent!.trim()).to.equal('Intégrer');
  });

  it('offers no Embed when embed-src is not an http(s) URL', async () => {
    const player = await fixture<PodcastPlayer>(
      html`<podcast-player share embed-src="javascript:alert(1)" src="/a.mp3"></podcast-player>`,
    );
    await until(() => !!player.shadowRoot!.querySelector('news-share'), 'the share button');
    expect(player.shadowRoot!.querySelector('news-share')!.embed).to.equal('');
  });

  inEachLanguage(
    {
      en: 'Embed code copied',
      ru: 'Код для вставки скопирован',
      es: 'Código de inserción copiado',
      fr: 'Code d’intégration copié',
      de: 'Einbettungscode kopiert',
      ar: 'تم نسخ رمز التضمين',
    },
    (lang) => `says it copied the embed code in ${lang}`,
    async (lang, said) => {
      const el = await fixture<NewsShare>(
        html`<news-share lang=${lang} url="https://a.example/" .embed=${CODE}></news-share>`,
      );
      await openMenu(el.shadowRoot!);
      embedItem(el.shadowRoot!).click();
      await until(() => el.shadowRoot!.textContent!.includes(said), `“${said}”`);
    },
  );

  inEachLanguage(
    {
      en: 'Podcast player',
      ru: 'Подкаст-плеер',
      es: 'Reproductor de pódcast',
      fr: 'Lecteur de podcast',
      de: 'Podcast-Player',
      ar: 'مشغّل البودكاست',
    },
    (lang) => `names the frame of an episode without a title in ${lang}`,
    async (lang, name) => {
      const player = await fixture<PodcastPlayer>(
        html`<podcast-player
          share
          lang=${lang}
          embed-src="https://player.example/embed.html"
          src="/media/episode-12.mp3"
        ></podcast-player>`,
      );
      await until(() => !!player.shadowRoot!.querySelector('news-share'), 'the share button');
      const share = player.shadowRoot!.querySelector('news-share')!;
      await until(() => share.embed.includes(`title="${name}"`), `the frame named “${name}”`);
      const frame = new DOMParser()
        .parseFromString(share.embed, 'text/html')
        .querySelector('iframe');
      expect(frame?.title).to.equal(name);
      expect(new URL(frame!.src).searchParams.has('title'), 'no title in the query').to.equal(
        false,
      );
    },
  );
});
