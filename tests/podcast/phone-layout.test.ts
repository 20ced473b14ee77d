import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys, setViewport} from '@web/test-runner-commands';
import '../../src/podcast/podcast-player.js';
import '../../src/article/news-article.js';
import '../../src/share/news-share.js';
import type {PodcastPlayer} from '../../src/podcast/podcast-player.js';
import {nextFrame} from '../helpers.js';
import {click, part, root, until, wavUrl} from './helpers.js';

const FIXTURES = '/tests/podcast/fixtures';
const CORE = ['play-button', 'back-button', 'forward-button', 'scrubber', 'time']
  .concat(['speed-button', 'mute-button', 'download'])
  .map((name) => `[part="${name}"]`);
const EXTRAS = ['chapters-button', 'transcript-button', 'episodes-button', 'share']
  .map((name) => `[part="${name}"]`)
  .join(', ');

const box = (el: Element) => el.getBoundingClientRect();
/** The rows `controls` sit on: their vertical middles, to the pixel, and how many on each. */
function rows(controls: Element[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const control of controls) {
    const middle = Math.round(box(control).top + box(control).height / 2);
    const row = [...counts.keys()].find((m) => Math.abs(m - middle) <= 2) ?? middle;
    counts.set(row, (counts.get(row) ?? 0) + 1);
  }
  return counts;
}

/** What a reader on a phone must see, whatever is open. */
function expectPhoneLayout(el: PodcastPlayer, what: string) {
  const frame = root(el).querySelector<HTMLElement>('.frame')!;
  const core = CORE.flatMap((s) => [...root(el).querySelectorAll(s)]);
  const extras = [...root(el).querySelectorAll(EXTRAS)];
  // The chapter's title is no control, but a button beside it is not alone on its row.
  const title = [...root(el).querySelectorAll('[part="chapter"]')];
  expect(rows(core).size, `${what}: rows of the player's own controls`).to.be.at.most(2);
  expect(rows([...core, ...extras]).size, `${what}: rows of controls`).to.be.at.most(2);
  const withTitle = rows([...core, ...extras, ...title]);
  for (const [row, count] of rows([...core, ...extras])) {
    const beside = [...withTitle].find(([m]) => Math.abs(m - row) <= 2)![1];
    expect(beside, `${what}: the control alone on the row at ${row} px`).to.be.at.least(2);
    if (count === 1) expect(title.length, `${what}: the title beside it`).to.equal(1);
  }
  const style = getComputedStyle(frame);
  const inner =
    frame.clientWidth - parseFloat(style.paddingInlineStart) - parseFloat(style.paddingInlineEnd);
  expect(box(part(el, 'scrubber')).width, `${what}: the seek slider`).to.be.at.least(0.6 * inner);
  const {left, right} = box(frame);
  for (const control of [...core, ...extras, ...title]) {
    const where = box(control);
    expect(where.left, `${what}: ${control.getAttribute('part')}`).to.be.at.least(left - 0.5);
    expect(where.right, `${what}: ${control.getAttribute('part')}`).to.be.at.most(right + 0.5);
  }
  // What the open panels hold stays inside the player too: the search, its count, each cue.
  for (const inside of root(el).querySelectorAll('.panel, .panel .search > *, .panel li')) {
    const where = box(inside);
    if (!where.width) continue;
    expect(where.right, `${what}: ${inside.className || inside.localName}`).to.be.at.most(
      right + 0.5,
    );
  }
  expect(right, `${what}: the player`).to.be.at.most(innerWidth);
  expect(document.documentElement.scrollWidth, `${what}: the page`).to.be.at.most(innerWidth);
}

describe('on a phone', () => {
  after(() => setViewport({width: 800, height: 600}));

  for (const width of [320, 390, 430]) {
    describe(`${width} px wide`, () => {
      before(() => setViewport({width, height: 800}));

      it('lays the player out in two rows, with panels closed and open', async () => {
        const el = await fixture<PodcastPlayer>(
          html`<podcast-player
            src=${wavUrl(6)}
            duration="1:02:03"
            chapters="${FIXTURES}/chapters.json"
            transcript="${FIXTURES}/transcript.vtt"
            download
            share
          ></podcast-player>`,
        );
        await until(() => !!part(el, 'transcript-button'), 'the transcript');
        await el.updateComplete;
        await nextFrame();
        expectPhoneLayout(el, 'panels closed');
        await click(part(el, 'chapters-button'));
        await el.updateComplete;
        expectPhoneLayout(el, 'chapters open');
        await click(part(el, 'transcript-button'));
        await el.updateComplete;
        expectPhoneLayout(el, 'chapters and transcript open');
        part<HTMLInputElement>(el, 'search').focus();
        await sendKeys({type: 'the'});
        await el.updateComplete;
        await sendKeys({press: 'Enter'});
        await el.updateComplete;
        expectPhoneLayout(el, 'after a transcript search');
      });

      it('keeps a feed player with every panel in two rows, naming each glyph', async () => {
        const el = await fixture<PodcastPlayer>(
          html`<podcast-player
            feed="${FIXTURES}/feed.xml"
            chapters="${FIXTURES}/chapters.json"
            transcript="${FIXTURES}/transcript.vtt"
            download
            share
          ></podcast-player>`,
        );
        await until(
          () => !!part(el, 'episodes-button') && !!part(el, 'transcript-button'),
          'panels',
        );
        await el.updateComplete;
        await nextFrame();
        expectPhoneLayout(el, 'a feed player');
        for (const [panel, name] of [
          ['chapters', 'Chapters'],
          ['transcript', 'Transcript'],
          ['episodes', 'Episodes'],
        ]) {
          const button = part(el, `${panel}-button`);
          // The name is hidden from sight, not from screen readers; the glyph shows instead.
          expect(button.textContent!.trim(), panel).to.equal(name);
          expect(box(button.querySelector('.label')!).width, panel).to.be.at.most(1);
          expect(box(button.querySelector('svg')!).width, panel).to.be.greaterThan(10);
        }
        await click(part(el, 'episodes-button'));
        await el.updateComplete;
        expectPhoneLayout(el, 'the episodes open');
      });

      it('keeps the player without extras in two rows', async () => {
        const el = await fixture<PodcastPlayer>(
          html`<podcast-player src=${wavUrl(6)} duration="27:33" download></podcast-player>`,
        );
        await nextFrame();
        expectPhoneLayout(el, 'a plain player');
      });

      it('keeps a lone panel button beside a long chapter title, which ends in an ellipsis', async () => {
        const el = await fixture<PodcastPlayer>(
          html`<podcast-player
            src=${wavUrl(6)}
            duration="28:12"
            .chapters=${[
              {start: 0, title: 'Moscow is waiting for NATO’s moves on missile defense'},
            ]}
          ></podcast-player>`,
        );
        await until(() => !!part(el, 'chapters-button'), 'the chapters');
        await el.updateComplete;
        await nextFrame();
        expectPhoneLayout(el, 'chapters only');
        const title = part(el, 'chapter');
        expect(title.scrollWidth, 'the title is cut').to.be.greaterThan(title.clientWidth);
        expect(getComputedStyle(title).textOverflow).to.equal('ellipsis');
      });

      it('puts the error on a row of its own, above the buttons', async () => {
        const el = await fixture<PodcastPlayer>(html`<podcast-player></podcast-player>`);
        await nextFrame();
        const buttons = [...root(el).querySelectorAll('button')];
        expect(rows(buttons).size, 'rows of buttons').to.equal(1);
        expect(box(part(el, 'error')).bottom).to.be.at.most(box(buttons[0]).top);
        expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
      });

      it('keeps the article card and the share menu inside the page', async () => {
        delete (Navigator.prototype as {share?: unknown}).share;
        const wrapper = await fixture<HTMLElement>(
          html`<div style="inline-size: 280px">
            <news-article
              headline="Moscow waiting for NATO’s moves on missile defense in Europe"
              href="https://news.example/a"
              section="World"
              author="Ivan Petrov"
              lede="NATO and Russia should trust each other more."
              datetime="2010-05-20T15:12:00+04:00"
              tags="NATO, Russia, missile defense"
            ></news-article>
          </div>`,
        );
        const el = wrapper.firstElementChild as HTMLElement & {updateComplete: Promise<unknown>};
        await el.updateComplete;
        await nextFrame();
        const card = el.shadowRoot!.querySelector('article')!;
        expect(box(card).right).to.be.at.most(box(wrapper).right + 0.5);
        for (const child of card.querySelectorAll('*')) {
          expect(box(child).right, child.localName).to.be.at.most(box(card).right + 0.5);
        }
        const share = el.shadowRoot!.querySelector<HTMLElement>('[part="share-button"]')!;
        share.click();
        const menu = () => el.shadowRoot!.querySelector('[role="menu"]:popover-open');
        await until(() => !!menu(), 'the share menu');
        await nextFrame();
        expect(box(menu()!).left).to.be.at.least(0);
        expect(box(menu()!).right).to.be.at.most(innerWidth);
        expect(document.documentElement.scrollWidth).to.be.at.most(innerWidth);
      });
    });
  }
});
