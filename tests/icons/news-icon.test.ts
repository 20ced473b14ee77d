import {expect, fixture, html} from '@open-wc/testing';
import {svg} from 'lit';
import '../../src/icons/all.js';
import {NewsIcon, registerIcons} from '../../src/icons/news-icon.js';
import {iconCatalog} from './catalog.js';
import {captureWarnings, nextEvent} from '../helpers.js';

const SEED_NAMES = [
  'bookmark-b',
  'bookmark',
  'camera',
  'check',
  'chevron down',
  'chevron left',
  'chevron right',
  'chevron up',
  'close',
  'v-compress',
  'download',
  'edit',
  'v-expand',
  'fb',
  'file',
  'filter',
  'flag ru',
  'full chevron down',
  'full chevron left',
  'full chevron right',
  'full chevron up',
  'gp',
  'ins',
  'mail',
  'move',
  'music',
  'muted',
  'nomuted',
  'ok',
  'v-pause',
  'v-play',
  'search',
  'share',
  'sign in',
  'sign up',
  'stepback',
  'stepfor',
  'swipe down',
  'tag',
  'tags',
  'tg',
  'trash',
  'tw',
  'vk',
  'yt',
  'wt',
  'fm',
];

const drawn = (el: NewsIcon) => el.shadowRoot!.querySelector('svg')!;
const box = (el: Element) => el.getBoundingClientRect();

describe('<news-icon>', () => {
  it('knows every one of the 47 seed sprite names', () => {
    expect(SEED_NAMES).to.have.length(47);
    expect(iconCatalog).to.have.length(47);
  });

  for (const name of SEED_NAMES) {
    it(`draws the seed icon "${name}"`, async () => {
      const el = await fixture<NewsIcon>(
        html`<news-icon name=${name} style="font-size: 24px"></news-icon>`,
      );
      const svgEl = drawn(el);
      expect(svgEl.children.length, 'shapes inside the svg').to.be.greaterThan(0);
      const bbox = svgEl.getBBox();
      expect(bbox.width * bbox.height, 'drawn area').to.be.greaterThan(4);
    });
  }

  for (const {name} of iconCatalog) {
    it(`draws the canonical icon "${name}"`, async () => {
      const el = await fixture<NewsIcon>(html`<news-icon name=${name}></news-icon>`);
      expect(drawn(el).children.length).to.be.greaterThan(0);
    });
  }

  it('gives the same drawing for a seed name and its canonical name', async () => {
    const a = await fixture<NewsIcon>(html`<news-icon name="v-play"></news-icon>`);
    const b = await fixture<NewsIcon>(html`<news-icon name="play"></news-icon>`);
    expect(drawn(a).innerHTML).to.equal(drawn(b).innerHTML);
  });

  it('is 1em square, following font-size and the --news-icon-size knob', async () => {
    const el = await fixture<NewsIcon>(
      html`<news-icon name="play" style="font-size: 32px"></news-icon>`,
    );
    expect(box(el).width).to.equal(32);
    expect(box(el).height).to.equal(32);
    el.style.setProperty('--news-icon-size', '48px');
    expect(box(el).width).to.equal(48);
    expect(box(drawn(el)).height).to.equal(48);
  });

  it('is 1em square inside another component’s shadow root too, keeping that root’s own sheets', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({mode: 'open'});
    const own = new CSSStyleSheet();
    own.replaceSync('p { color: rgb(1, 2, 3); }');
    root.adoptedStyleSheets = [own];
    const p = document.createElement('p');
    const el = document.createElement('news-icon');
    el.name = 'play';
    el.style.fontSize = '24px';
    p.append('Text ', el);
    root.append(p);
    expect(box(el).width).to.equal(24);
    expect(box(el).height).to.equal(24);
    expect(box(drawn(el)).width).to.equal(24);
    expect(root.adoptedStyleSheets[0]).to.equal(own);
    expect(getComputedStyle(root.querySelector('p')!).color).to.equal('rgb(1, 2, 3)');
    // A page that replaces its sheets wholesale: the drawing keeps its size meanwhile, and the
    // box comes back with the next icon placed there.
    root.adoptedStyleSheets = [own];
    expect(getComputedStyle(el).display).to.equal('inline');
    expect(box(drawn(el)).width).to.equal(24);
    expect(box(drawn(el)).height).to.equal(24);
    root.querySelector('p')!.append(document.createElement('news-icon'));
    expect(getComputedStyle(el).display).to.equal('inline-block');
    expect(box(el).height).to.equal(24);
    expect(root.adoptedStyleSheets.filter((s) => s !== own)).to.have.length(1);
  });

  it('lets the page’s rules override its box, layered ones too once its layer comes first, and hides when hidden', async () => {
    const style = document.createElement('style');
    style.textContent = `:where(news-icon.block) { display: block; vertical-align: middle; }
      @layer news-icon, utilities;
      @layer utilities { .size-2em { inline-size: 2em; block-size: 2em; } }`;
    document.head.append(style);
    try {
      const wrapper = await fixture(
        html`<div>
          <news-icon class="block" name="play"></news-icon><news-icon name="play" hidden></news-icon
          ><news-icon class="size-2em" name="play" style="font-size: 10px"></news-icon>
        </div>`,
      );
      const [block, hidden, sized] = wrapper.querySelectorAll('news-icon');
      expect(box(sized).width).to.equal(20);
      expect(box(sized).height).to.equal(20);
      expect(getComputedStyle(block).display).to.equal('block');
      expect(getComputedStyle(block).verticalAlign).to.equal('middle');
      expect(getComputedStyle(hidden).display).to.equal('none');
      expect(box(hidden).width).to.equal(0);
    } finally {
      style.remove();
    }
  });

  it('draws in the current text colour', async () => {
    const el = await fixture<NewsIcon>(
      html`<news-icon name="play" style="color: rgb(200, 16, 46)"></news-icon>`,
    );
    const shape = drawn(el).querySelector('path, polygon, rect, circle')!;
    const painted = getComputedStyle(shape);
    expect([painted.fill, painted.stroke]).to.include('rgb(200, 16, 46)');
  });

  it('is hidden from assistive technology when decorative', async () => {
    const el = await fixture<NewsIcon>(html`<news-icon name="share"></news-icon>`);
    expect(drawn(el)).to.have.attribute('aria-hidden', 'true');
    expect(drawn(el)).not.to.have.attribute('role');
    await expect(el).to.be.accessible();
  });

  it('is an image with an accessible name when labelled', async () => {
    const el = await fixture<NewsIcon>(
      html`<news-icon name="share" label="Share this story"></news-icon>`,
    );
    expect(drawn(el)).to.have.attribute('role', 'img');
    expect(drawn(el)).to.have.attribute('aria-label', 'Share this story');
    expect(drawn(el)).not.to.have.attribute('aria-hidden');
    await expect(el).to.be.accessible();
  });

  it('keeps an unknown name to an empty box of the same size, warns once and fires icon-error', async () => {
    const warnings = await captureWarnings(async () => {
      const el = document.createElement('news-icon');
      el.style.fontSize = '20px';
      el.name = 'no-such-icon';
      const error = nextEvent(el, 'icon-error');
      document.body.append(el);
      expect((await error).name).to.equal('no-such-icon');
      expect(drawn(el).children).to.have.length(0);
      expect(box(el).width).to.equal(20);
      expect(box(el).height).to.equal(20);
      const again = await fixture<NewsIcon>(html`<news-icon name="no-such-icon"></news-icon>`);
      expect(drawn(again).children).to.have.length(0);
      el.remove();
    });
    expect(warnings.filter((w) => w.includes('no-such-icon'))).to.have.length(1);
  });

  it('raises no false alarm when the icon is registered just after the element connects', async () => {
    let errors = 0;
    const warnings = await captureWarnings(async () => {
      const el = document.createElement('news-icon');
      el.name = 'registered-late';
      el.addEventListener('icon-error', () => errors++);
      document.body.append(el);
      registerIcons({'registered-late': svg`<circle cx="12" cy="12" r="4"/>`});
      await new Promise((r) => setTimeout(r));
      expect(drawn(el).querySelector('circle')).to.exist;
      el.remove();
    });
    expect(errors).to.equal(0);
    expect(warnings.filter((w) => w.includes('registered-late'))).to.deep.equal([]);
  });

  it('mirrors direction-bearing icons in right-to-left, but not transport icons', async () => {
    const wrapper = await fixture(
      html`<div dir="rtl">
        <news-icon name="chevron-right"></news-icon><news-icon name="play"></news-icon>
        <news-icon name="step-forward"></news-icon>
      </div>`,
    );
    const [chevron, play, step] = [...wrapper.querySelectorAll('news-icon')] as NewsIcon[];
    await Promise.all([chevron, play, step].map((i) => i.updateComplete));
    expect(getComputedStyle(drawn(chevron)).transform).to.equal('matrix(-1, 0, 0, 1, 0, 0)');
    expect(getComputedStyle(drawn(play)).transform).to.equal('none');
    expect(getComputedStyle(drawn(step)).transform).to.equal('none');
    wrapper.setAttribute('dir', 'ltr');
    expect(getComputedStyle(drawn(chevron)).transform).to.equal('none');
  });

  it('redraws icons already on the page when registerIcons replaces them', async () => {
    const el = await fixture<NewsIcon>(html`<news-icon name="camera"></news-icon>`);
    const before = drawn(el).innerHTML;
    registerIcons({camera: svg`<circle cx="12" cy="12" r="7" data-test="replaced"/>`});
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(drawn(el).innerHTML).not.to.equal(before);
    expect(drawn(el).querySelector('[data-test="replaced"]')).to.exist;
  });

  it('adds new icons with registerIcons, by alias too, and refuses anything but an svg template', async () => {
    const el = await fixture<NewsIcon>(html`<news-icon name="podcast"></news-icon>`);
    registerIcons({podcast: svg`<rect x="4" y="4" width="16" height="16" rx="2"/>`});
    await new Promise((r) => setTimeout(r));
    await el.updateComplete;
    expect(drawn(el).querySelector('rect')).to.exist;
    expect(() => registerIcons({bad: '<script>' as never})).to.throw(TypeError, /svg/);
    // Data shaped like a template (as JSON gives it) is not one: its strings are no literal's.
    const forged = JSON.parse(
      '{"_$litType$": 2, "strings": ["<circle r=\\"9\\"/>"], "values": []}',
    );
    expect(() => registerIcons({forged})).to.throw(TypeError, /svg/);
    expect(() => registerIcons({bare: {_$litType$: 2} as never})).to.throw(TypeError, /svg/);
    expect(() => registerIcons({none: null as never})).to.throw(TypeError, /svg/);
  });

  it('makes no network request, whatever it draws', async () => {
    const before = performance.getEntriesByType('resource').length;
    await fixture(
      html`<div>${SEED_NAMES.map((n) => html`<news-icon name=${n}></news-icon>`)}</div>`,
    );
    expect(performance.getEntriesByType('resource').length).to.equal(before);
  });
});
