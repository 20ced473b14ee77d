import {expect, fixture, html} from '@open-wc/testing';
import type {LitElement} from 'lit';
import '../../src/index.js';
import {until} from '../helpers.js';

/** What careless or hostile site CSS does to pages that embed us. */
const HOSTILE_CSS = `
  * { all: unset; }
  button { display: none !important; }
  svg { width: 1000px !important; height: 1000px !important; fill: red !important; }
  a { pointer-events: none !important; }
  [role], [part] { visibility: hidden !important; }
  article, h1, h2, h3, p, time { display: none !important; font-size: 0 !important; }
  :root { --news-color-text: 12px; --news-radius: red; }
  body { font-size: 16px; display: block; }
`;

const box = (el: Element) => el.getBoundingClientRect();

describe('hostile page CSS', () => {
  let style: HTMLStyleElement;
  beforeEach(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
  });
  afterEach(() => style.remove());

  it('leaves the article card, its buttons and its icons drawn and usable', async () => {
    const wrapper = await fixture(
      html`<div style="display: block; inline-size: 360px">
        <news-article
          style="display: block"
          headline="Moscow waiting for NATO’s moves"
          href="https://news.example/a"
          lede="NATO and Russia should trust each other more."
          datetime="2010-05-20T15:12:00+04:00"
        ></news-article>
      </div>`,
    );
    const el = wrapper.querySelector('news-article')!;
    await el.updateComplete;
    const heading = el.shadowRoot!.querySelector('h2')!;
    expect(box(heading).height).to.be.greaterThan(10);
    expect(getComputedStyle(heading).visibility).to.equal('visible');
    const button = el.shadowRoot!.querySelector<HTMLElement>('[part="bookmark-button"]')!;
    expect(box(button).width).to.be.at.least(24);
    expect(box(button).height).to.be.at.least(24);
    const svg = button.querySelector('svg')!;
    expect(box(svg).width).to.be.below(48);
    expect(box(svg).width).to.be.above(8);
    button.click();
    await el.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
  });

  it('leaves the podcast player’s controls drawn, at least 24 px, and working', async () => {
    const el = await fixture<LitElement>(
      html`<podcast-player src="/__podcast/tone.wav?id=css" duration="27:33"></podcast-player>`,
    );
    const buttons = [...el.shadowRoot!.querySelectorAll('button')];
    expect(buttons.length).to.be.at.least(5);
    for (const button of buttons) {
      expect(box(button).width).to.be.at.least(24);
      expect(box(button).height).to.be.at.least(24);
    }
    expect(box(el.shadowRoot!.querySelector('[role="slider"]')!).width).to.be.greaterThan(20);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[part="mute-button"]')!.click();
    await el.updateComplete;
    expect(el.hasAttribute('muted')).to.equal(true);
  });

  it('keeps a standalone icon at 1em, whatever the page does to svg', async () => {
    const el = await fixture(
      html`<news-icon name="play" style="display: inline-block; font-size: 20px"></news-icon>`,
    );
    await (el as LitElement).updateComplete;
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(box(svg).width).to.equal(20);
  });

  it('still opens the share menu with visible items', async () => {
    delete (Navigator.prototype as {share?: unknown}).share;
    const el = await fixture<LitElement>(
      html`<news-share url="https://news.example/a"></news-share>`,
    );
    el.shadowRoot!.querySelector('button')!.click();
    // The menu's code loads the first time it opens.
    await until(() => !!el.shadowRoot!.querySelector('[role="menu"]:popover-open'), 'the menu');
    const items = [...el.shadowRoot!.querySelectorAll('[role="menuitem"]')];
    expect(items).to.have.length(8);
    for (const item of items) expect(box(item).height).to.be.at.least(24);
  });
});

describe('the hidden attribute', () => {
  it('hides every element, from sight and from screen readers, and shows it again when removed', async () => {
    const wrapper = await fixture(
      html`<div>
        <news-article hidden headline="Tides" href="https://news.example/t"></news-article>
        <news-bookmark hidden article-id="h1"></news-bookmark>
        <news-share hidden url="https://news.example/t"></news-share>
        <podcast-player hidden duration="0:06"></podcast-player>
        <news-icon hidden name="play"></news-icon>
      </div>`,
    );
    const elements = [...wrapper.children] as LitElement[];
    await Promise.all(elements.map((el) => el.updateComplete));
    for (const el of elements) {
      expect(getComputedStyle(el).display, el.localName).to.equal('none');
      expect(box(el).height, el.localName).to.equal(0);
    }
    for (const el of elements) el.hidden = false;
    for (const el of elements) {
      expect(getComputedStyle(el).display, el.localName).not.to.equal('none');
      expect(box(el).height, el.localName).to.be.greaterThan(0);
    }
  });
});
