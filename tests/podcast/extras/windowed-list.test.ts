import {expect, fixture, html} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import '../../../src/podcast/podcast-player.js';
import type {PodcastPlayer} from '../../../src/podcast/podcast-player.js';
import {nextFrame} from '../../helpers.js';
import {click, part, root, until, wavUrl} from '../helpers.js';
import {MAX_CUES} from '../../../src/podcast/extras/cues.js';
import {MAX_EPISODES} from '../../../src/podcast/extras/feed.js';

// Long lists in the player's panels (windowed-list.ts): a transcript of as many cues as the
// player keeps (50,000), a feed of as many episodes as it keeps (10,000, from a feed of 60,000)
// and 10,000 chapters are drawn only where the reader sees them.

/** Cues in the long transcript: all the player keeps. */
const N = MAX_CUES;
/** Few enough drawn rows that opening and scrolling stay instant (a panel shows about ten). */
const FEW = 300;

const $ = <T extends HTMLElement = HTMLElement>(el: PodcastPlayer, selector: string) =>
  root(el).querySelector<T>(selector);
const $$ = (el: PodcastPlayer, selector: string) => [
  ...root(el).querySelectorAll<HTMLElement>(selector),
];
const frames = async (n = 2) => {
  for (let i = 0; i < n; i++) await nextFrame();
};
/** Whether `item` is wholly inside the scrolled view of `list`. */
const inView = (list: Element, item: Element) => {
  const [a, b] = [list.getBoundingClientRect(), item.getBoundingClientRect()];
  return b.top >= a.top - 1 && b.bottom <= a.bottom + 1;
};
const cue = (el: PodcastPlayer, i: number) => $(el, `.cues [data-i="${i}"]`);

/** `hh:mm:ss.mmm` (hours beyond 24 too). */
const stamp = (s: number) =>
  `${String(Math.floor(s / 3600)).padStart(2, '0')}:${new Date(s * 1000).toISOString().slice(14, 23)}`;

/** A WebVTT transcript of `n` three-second cues; cues 5 and n - 5 mention a zebra. */
const longTranscript = (n: number) => {
  const cues = Array.from(
    {length: n},
    (_, i) =>
      `${stamp(i * 3)} --> ${stamp(i * 3 + 2.5)}\n<v Speaker ${i % 3}>Sentence ${i} of a long day${
        i === 5 || i === n - 5 ? ', and a zebra' : ''
      }.`,
  );
  return URL.createObjectURL(new Blob([`WEBVTT\n\n${cues.join('\n\n')}\n`], {type: 'text/vtt'}));
};

describe('<podcast-player> long lists, drawn only where seen', () => {
  /** A player with the long transcript, loaded (its panel still closed). */
  async function withLongTranscript() {
    const el = await fixture<PodcastPlayer>(
      html`<podcast-player
        src=${wavUrl(2)}
        duration="83:20:00"
        transcript=${longTranscript(N)}
      ></podcast-player>`,
    );
    await until(() => !!part(el, 'transcript-button'), 'the transcript', 9000);
    return el;
  }

  async function open(el: PodcastPlayer, panel: string) {
    await click(part(el, `${panel}-button`));
    await el.updateComplete;
    await frames();
  }

  it(`draws nothing of a closed transcript, and a few cues of ${N} when open`, async () => {
    const el = await withLongTranscript();
    expect(part(el, 'transcript'), 'no panel while closed').to.equal(null);
    expect($$(el, 'li'), 'no cue drawn while closed').to.have.length(0);
    await open(el, 'transcript');
    const list = $(el, '.cues')!;
    const rows = $$(el, '.cues > li[aria-posinset]');
    expect($$(el, '.cues > li').length).to.be.within(1, FEW);
    expect(rows[0]).to.have.attribute('aria-posinset', '1');
    expect(rows[0]).to.have.attribute('aria-setsize', String(N));
    expect(cue(el, 0)).to.have.attribute('aria-current', 'true');
    $$(el, '.cues > li:not([aria-posinset])').forEach((spacer) =>
      expect(spacer).to.have.attribute('aria-hidden', 'true'),
    );
    // The scrollbar stands for every cue: the reader can drag it to the middle and read there.
    expect(list.scrollHeight).to.be.above(N * 20);
    list.scrollTop = list.scrollHeight / 2;
    await frames(3);
    const box = list.getBoundingClientRect();
    const seen = root(el)
      .elementFromPoint(box.left + box.width / 2, box.top + box.height / 2)
      ?.closest<HTMLElement>('[data-i]');
    expect(Number(seen?.dataset.i), 'a cue from the middle').to.be.within(N * 0.4, N * 0.6);
    expect($$(el, '.cues > li').length).to.be.below(FEW);
    await expect(el).to.be.accessible();
    // Closed again: nothing drawn.
    await click(part(el, 'transcript-button'));
    await el.updateComplete;
    expect($$(el, 'li')).to.have.length(0);
  });

  it('moves focus to the last cue with End, drawing it first; Up and Home move on', async () => {
    const el = await withLongTranscript();
    await open(el, 'transcript');
    cue(el, 0)!.focus();
    await sendKeys({press: 'End'});
    const last = root(el).activeElement as HTMLElement;
    expect(last.dataset.i).to.equal(String(N - 1));
    expect(last.textContent).to.contain(`Sentence ${N - 1} of a long day`);
    expect(last.closest('li')).to.have.attribute('aria-posinset', String(N));
    expect(last).to.have.attribute('tabindex', '0');
    await frames(3);
    expect(inView($(el, '.cues')!, last), 'the last cue in view').to.be.true;
    await sendKeys({press: 'ArrowUp'});
    expect((root(el).activeElement as HTMLElement).dataset.i).to.equal(String(N - 2));
    expect($$(el, '.cues > li').length).to.be.below(FEW);
    await sendKeys({press: 'Home'});
    expect((root(el).activeElement as HTMLElement).dataset.i).to.equal('0');
    await sendKeys({press: 'End'});
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(el.currentTime, 'Enter seeks to the last cue').to.equal((N - 1) * 3);
  });

  it('goes to matches wherever they are, drawing them: Enter, Shift+Enter, the buttons', async () => {
    const el = await withLongTranscript();
    await open(el, 'transcript');
    const search = part<HTMLInputElement>(el, 'search');
    search.focus();
    await sendKeys({type: 'zebra'});
    await el.updateComplete;
    const status = $(el, '[role="status"]')!;
    expect(status.textContent!.trim()).to.equal('2 found');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    expect(status.textContent!.trim()).to.equal('1 of 2: Sentence 5 of a long day, and a zebra.');
    await sendKeys({press: 'Enter'});
    await el.updateComplete;
    await frames();
    expect(status.textContent!.trim()).to.equal(
      `2 of 2: Sentence ${N - 5} of a long day, and a zebra.`,
    );
    const match = $(el, '.match')!;
    expect(match.dataset.i).to.equal(String(N - 5));
    expect(match.querySelector('mark')?.textContent).to.equal('zebra');
    expect(inView($(el, '.cues')!, match), 'the match near the end in view').to.be.true;
    expect(root(el).activeElement, 'focus stays in the search box').to.equal(search);
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Enter'});
    await sendKeys({up: 'Shift'});
    await el.updateComplete;
    expect($(el, '.match')!.dataset.i).to.equal('5');
    await click($(el, '[aria-label="Previous match"]')!);
    await el.updateComplete;
    await frames();
    expect($(el, '.match')!.dataset.i).to.equal(String(N - 5));
    expect(inView($(el, '.cues')!, $(el, '.match')!)).to.be.true;
    expect($$(el, '.cues > li').length).to.be.below(FEW);
  });

  it('keeps the cue playing in view after a seek near the end, and opens on it', async () => {
    const el = await withLongTranscript();
    el.seek((N - 3) * 3 + 1);
    await el.updateComplete;
    await open(el, 'transcript');
    const list = $(el, '.cues')!;
    expect(cue(el, N - 3)).to.have.attribute('aria-current', 'true');
    expect(inView(list, cue(el, N - 3)!), 'opens on the cue playing').to.be.true;
    el.seek(N * 1.5 + 1); // the middle: a cue not drawn
    await el.updateComplete;
    await frames();
    const current = $$(el, '.cues [aria-current]');
    expect(current.map((c) => c.dataset.i)).to.deep.equal([String(N / 2)]);
    expect(inView(list, current[0]!), 'the cue playing in view').to.be.true;
    await click(cue(el, N / 2 + 2)!);
    await el.updateComplete;
    expect(el.currentTime).to.equal((N / 2 + 2) * 3);
    expect($$(el, '.cues > li').length).to.be.below(FEW);
  });

  it('shows no gap while scrolling through cues of very different heights', async () => {
    // Every seventh cue wraps over several lines: chunks differ in height, estimates are wrong.
    const long = ' and then it went on, and on, for a long while'.repeat(12);
    const lines = Array.from(
      {length: 400},
      (_, i) => `${stamp(i * 3)} --> ${stamp(i * 3 + 2.5)}\nCue ${i}${i % 7 ? '' : long}.`,
    );
    const src = URL.createObjectURL(
      new Blob([`WEBVTT\n\n${lines.join('\n\n')}\n`], {type: 'text/vtt'}),
    );
    const el = await fixture<PodcastPlayer>(
      html`<podcast-player src=${wavUrl(2)} duration="1200" transcript=${src}></podcast-player>`,
    );
    await until(() => !!part(el, 'transcript-button'), 'the transcript');
    await open(el, 'transcript');
    const list = $(el, '.cues')!;
    const box = list.getBoundingClientRect();
    const at = (y: number) =>
      Number(
        root(el)
          .elementFromPoint(box.left + box.width / 2, y)
          ?.closest<HTMLElement>('[data-i]')?.dataset.i ?? NaN,
      );
    let [top, bottom] = [at(box.top + 8), at(box.bottom - 8)];
    while (list.scrollTop + list.clientHeight < list.scrollHeight - 1) {
      const before = {top, bottom};
      list.scrollTop += list.clientHeight * 0.9;
      await frames(2);
      [top, bottom] = [at(box.top + 8), at(box.bottom - 8)];
      // What was at the bottom is now near the top: nothing skipped, nothing blank, no jump.
      expect(top, `a cue at the top below ${before.top}`).to.be.within(before.top, before.bottom);
      expect(bottom, 'a cue at the bottom').to.be.at.least(top);
    }
    expect(at(box.bottom - 8), 'the end reached').to.equal(399);
    expect($$(el, '.cues > li').length).to.be.below(FEW);
  });

  it(`lists a feed of 60,000 episodes: ${MAX_EPISODES} kept, a few drawn, the last reached and played`, async () => {
    const N = MAX_EPISODES;
    // A long-running show's feed, from the test server (tests/podcast/file-server.mjs).
    const url = new URL('/__files/long-feed?n=60000', location.href).href;
    const el = await fixture<PodcastPlayer>(html`<podcast-player feed=${url}></podcast-player>`);
    await until(() => !!part(el, 'episodes-button'), 'the episodes', 9000);
    expect($$(el, 'li'), 'none drawn while closed').to.have.length(0);
    await open(el, 'episodes');
    const list = $(el, '#episodes ol')!;
    expect($$(el, '#episodes li').length).to.be.within(1, FEW);
    expect($(el, '#episodes li')).to.have.attribute('aria-setsize', String(N));
    expect($(el, '#episodes [aria-current]')!.textContent).to.contain('Episode 1');
    list.scrollTop = list.scrollHeight;
    await frames(3);
    list.scrollTop = list.scrollHeight; // once the last rows are measured, to the very end
    await frames(3);
    const last = $(el, `#episodes li[aria-posinset="${N}"] button`)!;
    expect(last.textContent).to.contain(`Episode ${N}`);
    expect(inView(list, last)).to.be.true;
    await click(last);
    await until(() => el.title === `Episode ${N}` && !el.paused, 'the last episode playing');
    await el.updateComplete;
    expect(last).to.have.attribute('aria-current', 'true');
    expect($$(el, '#episodes [aria-current]')).to.have.length(1);
    expect($$(el, '#episodes li').length).to.be.below(FEW);
    el.pause();
    await expect(el).to.be.accessible();
  });

  it('lists 10,000 chapters: a few drawn, the one playing marked wherever it is', async () => {
    const el = await fixture<PodcastPlayer>(
      html`<podcast-player src=${wavUrl(2)} duration="10000"></podcast-player>`,
    );
    el.chapters = Array.from({length: 10_000}, (_, i) => ({start: i, title: `Part ${i + 1}`}));
    await until(() => !!part(el, 'chapters-button'), 'the chapters');
    await open(el, 'chapters');
    const list = part<HTMLOListElement>(el, 'chapter-list');
    expect(list.querySelectorAll('li').length).to.be.within(1, FEW);
    el.seek(9000.5);
    await el.updateComplete;
    const current = [...list.querySelectorAll<HTMLElement>('[aria-current]')];
    expect(current.map((c) => c.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      '2:30:00 Part 9001',
    ]);
    await click(list.querySelector('li button')!);
    await el.updateComplete;
    expect(el.currentTime).to.equal(0);
    expect(list.querySelectorAll('li').length).to.be.below(FEW);
    await expect(el).to.be.accessible();
  });
});
