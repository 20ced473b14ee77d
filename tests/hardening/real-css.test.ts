import {expect, fixture, html} from '@open-wc/testing';
import {resetMouse, sendMouse} from '@web/test-runner-commands';
import type {LitElement} from 'lit';
import '../../src/index.js';
import {nextFrame} from '../helpers.js';

/**
 * The CSS real news sites carry, from the registry (pinned in package.json): the elements keep
 * their layout under each. Tailwind v4 puts its preflight in `@layer base`, as its index.css does.
 */
const PAGES: Record<string, string> = {
  'Tailwind v4 preflight': `@import url('/node_modules/tailwindcss/preflight.css') layer(base);`,
  'Bootstrap 5': `@import url('/node_modules/bootstrap/dist/css/bootstrap.min.css');`,
  'a WordPress-style 62.5% root': `html { font-size: 62.5%; } body { font-size: 1.8rem; }`,
  ...Object.fromEntries(
    ['block', 'grid', 'flex', 'inline-block'].map((display) => [
      `display: ${display} on every tag`,
      `news-article, news-bookmark, news-share, news-icon, podcast-player { display: ${display}; }`,
    ]),
  ),
};

const box = (el: Element) => el.getBoundingClientRect();
const px = (el: Element, property: string) =>
  parseFloat(getComputedStyle(el).getPropertyValue(property));
const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** Loads `css` into the page and waits until its imports have loaded. */
async function usePageCss(css: string): Promise<HTMLStyleElement> {
  const style = document.createElement('style');
  style.textContent = css;
  const loaded = new Promise((resolve) => style.addEventListener('load', resolve));
  document.head.append(style);
  if (css.includes('@import')) await loaded;
  return style;
}

/** Round: as wide as high, with corners at least half its height. */
function expectRound(button: HTMLElement, what: string) {
  const {width, height} = box(button);
  expect(width, `${what}: width ${width}, height ${height}`).to.be.closeTo(height, 0.5);
  expect(px(button, 'border-top-left-radius'), `${what}: its corners`).to.be.at.least(height / 2);
}

/** A frame: a border and a background of its own. */
function expectFrame(frame: HTMLElement, what: string) {
  const style = getComputedStyle(frame);
  expect(px(frame, 'border-top-width'), `${what}: border`).to.be.at.least(1);
  expect(style.borderTopStyle, `${what}: border style`).to.equal('solid');
  expect(style.backgroundColor, `${what}: background`).not.to.equal('rgba(0, 0, 0, 0)');
}

for (const [name, css] of Object.entries(PAGES)) {
  describe(`real page CSS: ${name}`, () => {
    let style: HTMLStyleElement;
    before(async () => (style = await usePageCss(css)));
    after(() => style.remove());

    it('keeps the player one framed row: round buttons, readable text', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 640px">
          <podcast-player src="/__podcast/tone.wav?id=real-css" duration="27:33" download>
          </podcast-player>
          <podcast-player src="/__podcast/tone.wav?id=real-css-2" duration="28:12">
          </podcast-player>
        </div>`,
      );
      const [el, next] = [...wrapper.querySelectorAll<LitElement>('podcast-player')];
      await Promise.all([el.updateComplete, next.updateComplete]);
      await nextFrame();
      const controls = ['play-button', 'back-button', 'forward-button', 'scrubber', 'time']
        .concat(['speed-button', 'mute-button', 'download'])
        .map((part) => $(el, `[part="${part}"]`));
      const middle = (c: HTMLElement) => box(c).top + box(c).height / 2;
      for (const control of controls) {
        expect(middle(control), `${control.getAttribute('part')} on the row`).to.be.closeTo(
          middle(controls[0]),
          1,
        );
      }
      for (const part of ['play-button', 'back-button', 'forward-button', 'mute-button']) {
        expectRound($(el, `[part="${part}"]`), part);
      }
      expect(box($(el, '.play')).height, 'the play button').to.be.at.least(32);
      expect(px($(el, '.time'), 'font-size'), 'the time').to.be.at.least(14);
      expectFrame($(el, '.frame'), 'the player');
      // Two players do not run together: the frame sits inside each one's own box.
      expect(box($(next, '.frame')).top).to.be.at.least(box($(el, '.frame')).bottom);
      expect(box($(el, '.frame')).width, 'as wide as its column').to.be.closeTo(640, 1);
    });

    it('keeps the article card framed, its buttons round and its text readable', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div style="inline-size: 360px">
          <news-article
            headline="Moscow waiting for NATO’s moves"
            href="https://news.example/a"
            section="World"
            lede="NATO and Russia should trust each other more."
            datetime="2010-05-20T15:12:00+04:00"
          ></news-article>
        </div>`,
      );
      const el = wrapper.firstElementChild as LitElement;
      await el.updateComplete;
      await nextFrame();
      const card = $(el, 'article');
      expectFrame(card, 'the card');
      expect(box(card).width, 'as wide as its column').to.be.closeTo(360, 1);
      for (const part of ['headline', 'lede']) {
        expect(px($(el, `[part="${part}"]`), 'font-size'), part).to.be.at.least(14);
      }
      for (const part of ['meta', 'section']) {
        expect(px($(el, `[part="${part}"]`), 'font-size'), part).to.be.at.least(12);
      }
      for (const part of ['bookmark-button', 'share-button']) {
        const button = $(el, `[part="${part}"]`);
        expectRound(button, part);
        expect(box(button).height, part).to.be.at.least(32);
      }
    });

    it('keeps the bookmark and share buttons round and the icon 1em square', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<p style="font-size: 16px">
          <news-bookmark article-id="real-css"></news-bookmark>
          <news-share url="https://news.example/a"></news-share>
          <news-icon name="play"></news-icon>
        </p>`,
      );
      const [bookmark, share, icon] = [...wrapper.children] as LitElement[];
      await Promise.all([bookmark.updateComplete, share.updateComplete, icon.updateComplete]);
      for (const el of [bookmark, share]) {
        const button = $(el, 'button');
        expectRound(button, el.localName);
        expect(box(button).height, el.localName).to.be.at.least(32);
      }
      const svg = box(icon.shadowRoot!.querySelector('svg')!);
      expect([svg.width, svg.height]).to.deep.equal([16, 16]);
    });
  });
}

describe('under the pointer', () => {
  afterEach(() => resetMouse());

  it('tints the player’s round buttons, never a square around their icons', async () => {
    const el = await fixture<LitElement>(
      html`<podcast-player src="/__podcast/tone.wav?id=hover" duration="27:33"></podcast-player>`,
    );
    await nextFrame();
    for (const part of ['play-button', 'back-button', 'mute-button']) {
      const button = $(el, `[part="${part}"]`);
      const {left, top, width, height} = box(button);
      const at = [Math.round(left + width / 2), Math.round(top + height / 2)] as [number, number];
      await sendMouse({type: 'move', position: at});
      const icon = button.querySelector('svg')!;
      expect(icon.matches(':hover'), `${part}: its icon is under the pointer`).to.equal(true);
      expect(getComputedStyle(icon).backgroundColor, part).to.equal('rgba(0, 0, 0, 0)');
      if (part !== 'play-button') {
        const tint = getComputedStyle(button).backgroundColor;
        expect(tint, `${part}: the button is tinted`).not.to.equal('rgba(0, 0, 0, 0)');
      }
    }
  });
});
