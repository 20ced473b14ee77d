import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys} from '@web/test-runner-commands';
import '../../src/podcast/podcast-player.js';
import '../../src/locales/all.js';
import type {PodcastPlayer} from '../../src/podcast/podcast-player.js';
import {iconName, nextEvent, nextFrame} from '../helpers.js';
import {
  audio,
  click,
  part,
  playing,
  root,
  slider,
  spyOnMediaSession,
  timeText,
  until,
  wavUrl,
} from './helpers.js';

const FIXTURES = '/tests/podcast/fixtures';
const CANARY = '__newsroomPwned';
const loaded = (el: PodcastPlayer) => until(() => !!el.extras, 'the extras to load');
const $ = <T extends HTMLElement = HTMLElement>(el: PodcastPlayer, selector: string) =>
  root(el).querySelector<T>(selector);
const $$ = (el: PodcastPlayer, selector: string) => [...root(el).querySelectorAll(selector)];
const texts = (els: Element[]) => els.map((e) => e.textContent!.replace(/\s+/g, ' ').trim());
const vtt = (...lines: string[]) =>
  URL.createObjectURL(new Blob([`WEBVTT\n\n${lines.join('\n\n')}`], {type: 'text/vtt'}));

describe('<podcast-player> chapters, transcripts, feeds and moments', () => {
  afterEach(() => {
    expect((window as unknown as Record<string, unknown>)[CANARY], 'no script ran').to.equal(
      undefined,
    );
  });

  describe('chapters', () => {
    it('marks the timeline, names the chapter playing, and lists chapters to jump to', async () => {
      const el = await fixture<PodcastPlayer>(
        html`<podcast-player
          src=${wavUrl(6)}
          duration="6"
          chapters="${FIXTURES}/chapters.json"
        ></podcast-player>`,
      );
      await until(() => !!el.extras?.chapters.list.length, 'the chapters');
      await el.updateComplete;
      const marks = slider(el).style.getPropertyValue('--_marks');
      expect(marks.match(/linear-gradient/g), 'a mark at 2 s and at 4 s').to.have.length(2);
      expect(marks).to.contain('33.3').and.contain('66.6');
      expect(part(el, 'chapter').textContent!.trim()).to.equal('Moscow is waiting');
      el.seek(2.5);
      await el.updateComplete;
      expect(part(el, 'chapter').textContent!.trim()).to.equal(
        'Missile <i>defense</i> &amp; Europe',
      );
      expect(slider(el).getAttribute('aria-valuetext')).to.equal(
        '2 seconds of 6 seconds, Chapter: Missile <i>defense</i> &amp; Europe',
      );
      const toggle = part(el, 'chapters-button');
      expect(toggle).to.have.attribute('aria-expanded', 'false');
      await expect(el).to.be.accessible();
      await click(toggle);
      await el.updateComplete;
      expect(toggle).to.have.attribute('aria-expanded', 'true');
      const items = $$(el, '#chapters button');
      expect(texts(items)).to.deep.equal([
        '0:00 Moscow is waiting',
        '0:02 Missile <i>defense</i> &amp; Europe',
        "0:04 Washington's answer",
      ]);
      expect(items[1]).to.have.attribute('aria-current', 'true');
      await expect(el).to.be.accessible();
      // The keyboard reaches every chapter.
      toggle.focus();
      await sendKeys({press: 'Tab'});
      expect(root(el).activeElement).to.equal(items[0]);
      await sendKeys({press: 'Tab'});
      await sendKeys({press: 'Tab'});
      expect(root(el).activeElement).to.equal(items[2]);
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(el.currentTime).to.equal(4);
      expect(part(el, 'chapter').textContent!.trim()).to.equal("Washington's answer");
    });

    it('reads a WebVTT chapters track, and chapters set by a script', async () => {
      const el = await fixture<PodcastPlayer>(
        html`<podcast-player src=${wavUrl(6)} duration="6">
          <track kind="chapters" src="${FIXTURES}/chapters.vtt" />
        </podcast-player>`,
      );
      await until(() => el.extras?.chapters.list.length === 2, 'the track’s chapters');
      expect(el.extras!.chapters.list.map((c) => c.text)).to.deep.equal([
        'Moscow is waiting',
        'Missile defense',
      ]);
      el.chapters = [
        {start: 3, title: 'Later'},
        {start: 0, title: '<img src=x onerror="window.__newsroomPwned=1">Start'},
        {start: NaN, title: 'dropped'},
        {start: 1, title: ''},
      ];
      await el.updateComplete;
      expect(el.extras!.chapters.list.map((c) => [c.start, c.text])).to.deep.equal([
        [0, '<img src=x onerror="window.__newsroomPwned=1">Start'],
        [3, 'Later'],
      ]);
      await el.updateComplete;
      expect($$(el, 'img')).to.have.length(0);
    });

    it('moves between chapters with the lock screen’s previous and next track', async () => {
      const {handlers, restore} = spyOnMediaSession();
      try {
        const el = await fixture<PodcastPlayer>(
          html`<podcast-player
            src=${wavUrl(6)}
            chapters="${FIXTURES}/chapters.json"
          ></podcast-player>`,
        );
        await until(() => !!el.extras?.chapters.list.length, 'the chapters');
        await playing(el);
        // The lock-screen code loads with the first play: the player claims it once it is in.
        await until(() => !!handlers.get('nexttrack'), 'a next-track action');
        el.pause();
        el.seek(0.5);
        handlers.get('nexttrack')!({action: 'nexttrack'});
        expect(el.currentTime).to.equal(2);
        handlers.get('nexttrack')!({action: 'nexttrack'});
        expect(el.currentTime).to.equal(4);
        handlers.get('previoustrack')!({action: 'previoustrack'});
        expect(el.currentTime, 'at a chapter’s start: the one before').to.equal(2);
      } finally {
        restore();
      }
    });

    it('speaks the page’s language, right to left too', async () => {
      const wrapper = await fixture(
        html`<div lang="ru">
          <podcast-player
            src=${wavUrl(6)}
            duration="6"
            chapters="${FIXTURES}/chapters.json"
          ></podcast-player>
          <podcast-player
            dir="rtl"
            lang="ar"
            src=${wavUrl(6)}
            duration="6"
            chapters="${FIXTURES}/chapters.json"
            transcript="${FIXTURES}/transcript.vtt"
          ></podcast-player>
        </div>`,
      );
      const [ru, ar] = [...wrapper.querySelectorAll('podcast-player')] as PodcastPlayer[];
      // The Russian for these controls loads with them: they are drawn once it is in.
      await until(
        () => !!ru!.extras?.chapters.list.length && !!part(ru!, 'chapters-button'),
        'the chapters',
      );
      expect(part(ru!, 'chapters-button').textContent!.trim()).to.equal('Главы');
      expect(slider(ru!).getAttribute('aria-valuetext')).to.contain('Глава: Moscow is waiting');
      await until(() => !!part(ar!, 'transcript-button'), 'the transcript');
      // Joined with the Arabic comma, not the Latin one.
      expect(slider(ar!).getAttribute('aria-valuetext')).to.match(/، الفصل: Moscow is waiting$/);
      await click(part(ar!, 'transcript-button'));
      await ar!.updateComplete;
      expect(part(ar!, 'transcript-button').textContent!.trim()).to.equal('النص المكتوب');
      expect(part(ar!, 'search').getAttribute('aria-label')).to.equal('البحث في النص المكتوب');
      await expect(wrapper).to.be.accessible();
    });

    it('moves between chapters by their starts, gaps between them or not', async () => {
      const el = await fixture<PodcastPlayer>(
        html`<podcast-player
          src=${wavUrl(12)}
          duration="12"
          chapters="${FIXTURES}/chapters-gaps.json"
        ></podcast-player>`,
      );
      await until(() => el.extras?.chapters.list.length === 3, 'the chapters');
      const jump = (direction: 1 | -1) => el.extras!.chapters.jump(direction);
      el.seek(4.5); // in the gap after the first chapter
      jump(1);
      expect(el.currentTime).to.equal(6);
      el.seek(9.5); // in the gap after the second, 3.5 s after it began
      jump(-1);
      expect(el.currentTime, 'back to the start of the chapter last begun').to.equal(6);
      jump(-1);
      expect(el.currentTime, 'at its start: the one before').to.equal(0);
      jump(-1);
      expect(el.currentTime, 'nothing before the first').to.equal(0);
      el.seek(10.5);
      jump(1);
      expect(el.currentTime, 'nothing after the last').to.equal(10.5);
    });

    it('says so when the chapters cannot be loaded', async () => {
      const el = await fixture<PodcastPlayer>(
        html`<podcast-player src=${wavUrl()} chapters="${FIXTURES}/missing.json"></podcast-player>`,
      );
      await until(() => !!part(el, 'problem'), 'a message');
      expect(texts([part(el, 'problem')])).to.deep.equal([
        'Couldn’t load the chapters. Its server answered HTTP 404. Retry',
      ]);
      expect(part(el, 'problem')).to.have.attribute('role', 'alert');
      expect(part(el, 'play-button').disabled, 'the episode still plays').to.be.false;
    });
  });

  describe('transcript', () => {
    /** A player of `seconds` of audio (declaring `duration`) with the transcript `src`, loaded. */
    async function withTranscript(
      src = `${FIXTURES}/transcript.vtt`,
      seconds = 8,
      duration = String(seconds),
    ) {
      const el = await fixture<PodcastPlayer>(
        html`<podcast-player
          src=${wavUrl(seconds)}
          duration=${duration}
          transcript=${src}
        ></podcast-player>`,
      );
      await until(() => !!part(el, 'transcript-button'), 'the transcript button');
      return el;
    }

    it('opens a panel of cues shown as text, the one playing highlighted; a click seeks', async () => {
      const el = await withTranscript();
      const toggle = part(el, 'transcript-button');
      expect(part(el, 'transcript'), 'nothing drawn while closed').to.equal(null);
      await click(toggle);
      await el.updateComplete;
      expect(toggle).to.have.attribute('aria-expanded', 'true');
      expect(part(el, 'transcript')).to.be.visible;
      const cues = $$(el, '.cues button');
      expect(texts(cues)).to.deep.equal([
        "0:00 Anchor Moscow is waiting for NATO's moves on missile defense.",
        '0:01 Reporter Overlapping: the foreign minister <script> said so.',
        '0:03 Markup is text, never parsed.',
        '0:05 Washington has not answered yet.',
      ]);
      expect($$(el, '.cues img, .cues script')).to.have.length(0);
      expect(cues[0]).to.have.attribute('aria-current', 'true');
      await click(cues[3]!);
      await el.updateComplete;
      expect(el.currentTime).to.equal(5);
      expect(cues[3]).to.have.attribute('aria-current', 'true');
      expect(cues[0]).not.to.have.attribute('aria-current');
      await expect(el).to.be.accessible();
    });

    it('follows the audio as it plays', async () => {
      const el = await withTranscript();
      await click(part(el, 'transcript-button'));
      await playing(el);
      await until(
        () => $$(el, '.cues button')[1]!.getAttribute('aria-current') === 'true',
        'the second cue highlighted while it plays',
      );
      el.pause();
    });

    it('finds text with the search box, and its keys never reach the player’s shortcuts', async () => {
      const el = await withTranscript();
      await click(part(el, 'transcript-button'));
      const search = part<HTMLInputElement>(el, 'search');
      search.focus();
      await sendKeys({type: 'mk'}); // M and K would mute and play
      expect(el.muted).to.be.false;
      expect(el.paused).to.be.true;
      search.select();
      await sendKeys({type: 'MISSILE'});
      await el.updateComplete;
      const status = $(el, '[role="status"]')!;
      expect(status.textContent!.trim()).to.equal('1 found');
      expect(texts($$(el, '.cues mark'))).to.deep.equal(['missile']);
      search.select();
      await sendKeys({type: 'on'}); // "moves on", "Washington"
      await el.updateComplete;
      expect(status.textContent!.trim()).to.equal('2 found');
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(status.textContent!.trim()).to.equal(
        "1 of 2: Moscow is waiting for NATO's moves on missile defense.",
      );
      expect($(el, '.match')).to.equal($$(el, '.cues button')[0]);
      await sendKeys({press: 'Enter'});
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(status.textContent!.trim(), 'round again').to.match(/^1 of 2: /);
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Enter'});
      await sendKeys({up: 'Shift'});
      await el.updateComplete;
      expect(status.textContent!.trim()).to.equal('2 of 2: Washington has not answered yet.');
      expect($$(el, '.match')).to.deep.equal([$$(el, '.cues button')[3]]);
      search.select();
      await sendKeys({type: 'zebra'});
      await el.updateComplete;
      expect(status.textContent!.trim()).to.equal('No matches');
      await expect(el).to.be.accessible();
    });

    it('clears the search with its own button, and goes between matches with icon buttons', async () => {
      const el = await withTranscript();
      await click(part(el, 'transcript-button'));
      const search = part<HTMLInputElement>(el, 'search');
      expect($(el, '[aria-label="Clear the search"]'), 'nothing to clear yet').to.equal(null);
      search.focus();
      await sendKeys({type: 'on'});
      await el.updateComplete;
      const next = $(el, '[aria-label="Next match"]')!;
      const previous = $(el, '[aria-label="Previous match"]')!;
      expect(iconName(next.querySelector('svg'))).to.equal('chevron-down');
      expect(iconName(previous.querySelector('svg'))).to.equal('chevron-up');
      await click(next);
      await el.updateComplete;
      expect($(el, '.match')).to.equal($$(el, '.cues button')[0]);
      await expect(el).to.be.accessible();
      const clear = $(el, '[aria-label="Clear the search"]')!;
      expect(iconName(clear.querySelector('svg'))).to.equal('close');
      await click(clear);
      await el.updateComplete;
      expect(search.value).to.equal('');
      expect(root(el).activeElement, 'back in the search box').to.equal(search);
      expect($$(el, '.cues mark, .match')).to.have.length(0);
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('');
      expect($(el, '[aria-label="Clear the search"]'), 'gone once empty').to.equal(null);
    });

    it('is one Tab stop; arrow keys, Home and End move between cues', async () => {
      const el = await withTranscript();
      await click(part(el, 'transcript-button'));
      const cues = $$(el, '.cues button') as HTMLElement[];
      $(el, '[aria-label="Next match"]')!.focus();
      await sendKeys({press: 'Tab'});
      expect(root(el).activeElement).to.equal(cues[0]);
      await sendKeys({press: 'ArrowDown'});
      expect(root(el).activeElement).to.equal(cues[1]);
      await sendKeys({press: 'End'});
      expect(root(el).activeElement).to.equal(cues[3]);
      expect(el.currentTime, 'moving focus does not seek').to.equal(0);
      await sendKeys({press: 'Enter'});
      await el.updateComplete;
      expect(el.currentTime).to.equal(5);
      await sendKeys({down: 'Shift'});
      await sendKeys({press: 'Tab'});
      await sendKeys({up: 'Shift'});
      await sendKeys({press: 'Tab'});
      expect(root(el).activeElement, 'Tab comes back to the cue last visited').to.equal(cues[3]);
    });

    it('takes a <track> child without a kind (subtitles) as the transcript', async () => {
      const el = await fixture<PodcastPlayer>(
        html`<podcast-player src=${wavUrl(8)}
          ><track src="${FIXTURES}/transcript.srt"
        /></podcast-player>`,
      );
      await until(() => !!part(el, 'transcript-button'), 'the transcript');
      await click(part(el, 'transcript-button'));
      expect(texts($$(el, '.cues button'))).to.deep.equal([
        '0:00 SRT line one',
        '0:02 SRT line two',
      ]);
    });

    it('reads SRT and JSON too, and says so when a transcript cannot be loaded', async () => {
      const el = await withTranscript(`${FIXTURES}/transcript.srt`);
      await click(part(el, 'transcript-button'));
      expect(texts($$(el, '.cues button'))).to.deep.equal([
        '0:00 SRT line one',
        '0:02 SRT line two',
      ]);
      el.transcript = `${FIXTURES}/transcript.json`;
      await until(
        () => $$(el, '.cues button').length === 2 && texts($$(el, '.cues b'))[0] === 'Anchor',
        'the JSON transcript',
      );
      el.transcript = `${FIXTURES}/broken.xml`;
      await until(() => !!part(el, 'problem'), 'a message');
      expect(texts([part(el, 'problem')])).to.deep.equal([
        'Couldn’t load the transcript. It is not in a format the player reads. Retry',
      ]);
    });

    it('keeps the cue playing in view, but not while the reader scrolls; no smooth scroll under reduced motion', async () => {
      const lines = Array.from(
        {length: 200},
        (_, i) =>
          `00:${String(i).padStart(2, '0').slice(-2)}.000 --> 00:${String(i).padStart(2, '0').slice(-2)}.900\nLine ${i}`,
      ).slice(0, 60);
      const el = await withTranscript(vtt(...lines), 60);
      await click(part(el, 'transcript-button'));
      const list = $(el, '.cues')!;
      const behaviours: (string | undefined)[] = [];
      const scrollTo = list.scrollTo.bind(list);
      list.scrollTo = ((options: ScrollToOptions) => {
        behaviours.push(options.behavior);
        scrollTo({...options, behavior: 'instant'});
      }) as typeof list.scrollTo;
      el.seek(40.5);
      await el.updateComplete;
      const current = $(el, '.cues [aria-current]')!;
      const inView = () => {
        const a = list.getBoundingClientRect();
        const b = current.getBoundingClientRect();
        return b.top >= a.top && b.bottom <= a.bottom;
      };
      expect(current.textContent).to.contain('Line 40');
      expect(inView(), 'the cue playing is in view').to.be.true;
      expect(behaviours.at(-1)).to.equal('smooth');
      list.dispatchEvent(new WheelEvent('wheel', {deltaY: -100, bubbles: true}));
      list.scrollTop = 0;
      el.seek(50.5);
      await el.updateComplete;
      expect(list.scrollTop, 'the reader’s scroll is kept').to.equal(0);
      await emulateMedia({reducedMotion: 'reduce'});
      try {
        const again = await withTranscript(vtt(...lines), 60);
        await click(part(again, 'transcript-button'));
        const other = $(again, '.cues')!;
        const seen: (string | undefined)[] = [];
        other.scrollTo = ((options: ScrollToOptions) =>
          seen.push(options.behavior)) as typeof other.scrollTo;
        again.seek(30.5);
        await again.updateComplete;
        expect(seen).to.deep.equal(['instant']);
      } finally {
        await emulateMedia({reducedMotion: 'no-preference'});
      }
    });

    it('opens on the cue playing, wherever the episode is', async () => {
      const lines = Array.from({length: 60}, (_, i) => {
        const at = (s: number) => `00:${String(s).padStart(2, '0')}.000`;
        return `${at(i)} --> ${at(i + 1)}\nLine ${i}`;
      });
      const el = await withTranscript(vtt(...lines), 60);
      el.seek(45.5);
      await el.updateComplete;
      await click(part(el, 'transcript-button'));
      await el.updateComplete;
      const list = $(el, '.cues')!;
      const current = $(el, '.cues [aria-current]')!;
      expect(current.textContent).to.contain('Line 45');
      const [a, b] = [list.getBoundingClientRect(), current.getBoundingClientRect()];
      expect(b.top >= a.top && b.bottom <= a.bottom, 'in view as the panel opens').to.be.true;
    });

    it('shares one panel’s height between the chapters and the transcript open together', async () => {
      const lines = Array.from({length: 60}, (_, i) => {
        const at = (s: number) => `00:${String(s).padStart(2, '0')}.000`;
        return `${at(i)} --> ${at(i + 1)}\nLine ${i}`;
      });
      const el = await withTranscript(vtt(...lines), 60);
      el.chapters = Array.from({length: 30}, (_, i) => ({start: i * 2, title: `Chapter ${i}`}));
      await until(() => !!part(el, 'chapters-button'), 'the chapters button');
      const em = parseFloat(getComputedStyle(root(el).querySelector('.frame')!).fontSize);
      const height = (selector: string) => $(el, selector)!.getBoundingClientRect().height;
      await click(part(el, 'transcript-button'));
      await el.updateComplete;
      // A list's height is the panel height (16em), plus its padding (0.25em above and below).
      const single = height('.cues');
      expect(single, 'one panel open: its full height').to.be.closeTo(16.5 * em, 2);
      await click(part(el, 'chapters-button'));
      await el.updateComplete;
      expect(height('#chapters'), 'two open: half each').to.be.closeTo(8.5 * em, 2);
      expect(height('.cues'), 'two open: half each').to.be.closeTo(8.5 * em, 2);
      expect(height('#chapters') + height('.cues')).to.be.at.most(single + em + 2);
      await click(part(el, 'transcript-button'));
      await el.updateComplete;
      expect(height('#chapters'), 'alone again: its full height').to.be.closeTo(single, 2);
    });

    it('stays responsive with a three-hour transcript: drawn where seen, playing touches only the highlight', async () => {
      const cues = Array.from({length: 3600}, (_, i) => {
        const at = (s: number) => new Date(s * 1000).toISOString().slice(11, 23);
        return `${at(i * 3)} --> ${at(i * 3 + 2.9)}\n<v Speaker ${i % 3}>Sentence number ${i} of a long news hour.`;
      });
      const el = await withTranscript(vtt(...cues), 2, '3:00:00');
      let t0 = performance.now();
      await click(part(el, 'transcript-button'));
      await el.updateComplete;
      const open = performance.now() - t0;
      expect($$(el, '.cues button').length, 'the cues in view, not all 3,600').to.be.within(
        10,
        300,
      );
      const changes: MutationRecord[] = [];
      const observer = new MutationObserver((records) => changes.push(...records));
      observer.observe($(el, '.cues')!, {
        subtree: true,
        childList: true,
        attributes: true,
        characterData: true,
      });
      // Playing on through the cues in view: nothing is drawn again.
      for (let i = 1; i <= 12; i++) {
        el.seek(i * 3 + 1);
        await el.updateComplete;
        await nextFrame();
      }
      await nextFrame();
      changes.push(...observer.takeRecords());
      observer.disconnect();
      const touched = changes.filter(
        (r) => !(r.type === 'attributes' && r.attributeName === 'aria-current'),
      );
      expect(touched, 'nothing but the highlight moves').to.have.length(0);
      expect(changes.length).to.be.above(0);
      // Jumps across the whole episode draw the cues there, and only those.
      const times: number[] = [];
      for (let i = 0; i < 50; i++) {
        t0 = performance.now();
        el.seek(i * 200 + 1);
        await el.updateComplete;
        times.push(performance.now() - t0);
      }
      expect($(el, '.cues [aria-current]')!.textContent).to.contain('Sentence number 3267 ');
      expect($$(el, '.cues button').length).to.be.below(300);
      times.sort((a, b) => a - b);
      const search = performance.now();
      part<HTMLInputElement>(el, 'search').value = 'number 35';
      part<HTMLInputElement>(el, 'search').dispatchEvent(new Event('input'));
      await el.updateComplete;
      console.log(
        `3-hour transcript (3,600 cues): open ${open.toFixed(0)} ms; seek to highlight p50 ${times[25]!.toFixed(1)} ms, max ${times.at(-1)!.toFixed(1)} ms; search ${(performance.now() - search).toFixed(0)} ms`,
      );
      expect($(el, '[role="status"]')!.textContent!.trim()).to.equal('111 found');
    });
  });

  describe('sharing a moment', () => {
    it('shares the page URL at the current second, naming the player', async () => {
      const el = await fixture<PodcastPlayer>(
        html`<podcast-player
          id="episode-7"
          share
          src=${wavUrl(20)}
          title="Missile defense"
        ></podcast-player>`,
      );
      await until(
        () => !!customElements.get('news-share') && !!$(el, 'news-share'),
        'the share button',
      );
      el.seek(12.7);
      await el.updateComplete;
      const share = $(el, 'news-share') as HTMLElement & {
        url: string;
        updateComplete: Promise<unknown>;
      };
      const url = new URL(location.href);
      url.hash = 't=12&player=episode-7';
      expect(share.url).to.equal(url.href);
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
      const shared: ShareData[] = [];
      Object.defineProperty(navigator, 'share', {
        configurable: true,
        value: async (data: ShareData) => void shared.push(data),
      });
      try {
        await share.updateComplete;
        const button = share.shadowRoot!.querySelector('button')!;
        expect(button.getAttribute('aria-label')).to.contain('Missile defense');
        await click(button);
        await until(() => shared.length === 1, 'the share sheet');
        expect(shared[0]!.url).to.equal(url.href);
      } finally {
        delete (navigator as unknown as Record<string, unknown>).share;
        if (original) Object.defineProperty(Navigator.prototype, 'share', original);
      }
      await expect(el).to.be.accessible();
    });

    it('starts the player a shared link names, at its moment', async () => {
      const before = location.hash;
      history.replaceState(null, '', '#t=1:05&player=second');
      try {
        const wrapper = await fixture(
          html`<div>
            <podcast-player id="first" share src=${wavUrl(100)}></podcast-player>
            <podcast-player id="second" share src=${wavUrl(100)}></podcast-player>
          </div>`,
        );
        const [first, second] = [...wrapper.querySelectorAll('podcast-player')] as PodcastPlayer[];
        await loaded(second!);
        await loaded(first!);
        expect(second!.currentTime).to.equal(65);
        expect(first!.currentTime).to.equal(0);
        await until(() => timeText(second!).startsWith('1:05'), 'the time shown');
        await playing(second!);
        expect(audio(second!).currentTime).to.be.within(65, 66);
        second!.pause();
      } finally {
        history.replaceState(null, '', before || location.pathname + location.search);
      }
    });
  });

  describe('feeds', () => {
    it('takes an episode from the page with loadEpisode(), and the feed’s list lets it be', async () => {
      const el = await fixture<PodcastPlayer>(
        html`<podcast-player feed="${FIXTURES}/feed.xml"></podcast-player>`,
      );
      await until(() => !!el.src, 'the first episode');
      await click(part(el, 'episodes-button'));
      const current = () => $$(el, '#episodes [aria-current]').length;
      expect(current(), 'the feed’s first episode is current').to.equal(1);
      el.loadEpisode({src: wavUrl(3), title: 'From the page', duration: 3});
      await el.updateComplete;
      expect(el.title).to.equal('From the page');
      expect(timeText(el)).to.equal('0:00 / 0:03');
      expect(el.show, 'the podcast’s name stays').to.equal('RT Podcasts & Friends');
      expect(el.chapters, 'no chapters given: none').to.equal('');
      expect(current(), 'no episode of the feed is current').to.equal(0);
      el.loadEpisode({src: wavUrl(2), title: 'Played at once', show: 'Another show'}, true);
      // Playing starts before the audio's length is read: wait for both.
      await until(() => !el.paused && el.duration === 2, 'playing, with the audio’s own length');
      expect(el.show).to.equal('Another show');
      expect(el.duration, 'no length given: the audio’s own').to.equal(2);
      el.pause();
    });

    it('lists a feed’s episodes, puts the first in the player, and plays through them', async () => {
      const el = await fixture<PodcastPlayer>(
        html`<podcast-player feed="${FIXTURES}/feed.xml"></podcast-player>`,
      );
      await until(() => !!el.src, 'the first episode');
      expect(el.title).to.equal('Missile defense: <b>what</b> Moscow waits for');
      expect(el.show).to.equal('RT Podcasts & Friends');
      expect(el.src).to.equal(new URL('/__podcast/tone.wav?s=2&id=feed-one', location.href).href);
      expect(el.artwork).to.equal(new URL(`${FIXTURES}/cover.png`, location.href).href);
      expect(el.transcript, 'WebVTT preferred').to.equal(
        new URL(`${FIXTURES}/transcript.vtt`, location.href).href,
      );
      await until(() => !!el.extras?.chapters.list.length, 'the episode’s chapters');
      const toggle = part(el, 'episodes-button');
      await click(toggle);
      await el.updateComplete;
      const items = $$(el, '#episodes li button');
      expect(texts(items)).to.deep.equal([
        'Missile defense: <b>what</b> Moscow waits for 0:02',
        'No audio here',
        'The second episode 0:03',
        'Third, without a duration',
      ]);
      // The length stands at the row's end, where a chapter list has no time.
      const length = items[0]!.querySelector('.length')!.getBoundingClientRect();
      const title = items[0]!.querySelector('[dir="auto"]')!.getBoundingClientRect();
      expect(length.left).to.be.greaterThan(title.right);
      expect(length.right).to.be.closeTo(items[0]!.getBoundingClientRect().right, 12);
      expect(items[0]).to.have.attribute('aria-current', 'true');
      // The description: sanitised HTML, nothing runs, unsafe links dropped.
      const description = $(el, '.description')!;
      expect(description.querySelector('em')?.textContent).to.equal('waiting');
      expect(description.querySelectorAll('script, img')).to.have.length(0);
      const links = [...description.querySelectorAll('a')];
      expect(links.map((a) => a.getAttribute('href'))).to.deep.equal([
        null,
        'https://example.com/story',
      ]);
      expect(description.textContent).to.contain('bad link');
      await expect(el).to.be.accessible();
      // An episode without audio says so.
      await click(items[1]!);
      await until(() => !!part(el, 'problem'), 'a message');
      expect(part(el, 'problem').textContent!.trim()).to.equal('This episode has no audio.');
      expect(part(el, 'play-button').disabled).to.be.true;
      // Back to the first: it plays to its end, then the next episode with audio plays.
      await click($$(el, '#episodes li button')[0]!);
      await until(() => !el.paused, 'the first episode playing');
      expect(part(el, 'problem')).to.equal(null);
      await nextEvent(el, 'ended');
      await until(
        () => el.title === 'The second episode' && !el.paused,
        'the second episode playing',
      );
      expect(el.src).to.contain('id=feed-two');
      expect(el.artwork).to.equal('https://example.com/second.png');
      expect($(el, '.description')!.textContent).to.equal(
        'Plain <text> with an ampersand & no markup.',
      );
      el.pause();
    });

    it('reads feeds as they are in the wild: namespaced look-alikes, a cover enclosure first, a typed transcript, the old namespace', async () => {
      const el = await fixture<PodcastPlayer>(
        html`<podcast-player feed="${FIXTURES}/feed-odd.xml"></podcast-player>`,
      );
      await until(() => !!el.src, 'the episode');
      expect(el.title).to.equal('Cover first, audio second');
      expect(el.show).to.equal('Odd but real');
      expect(el.src).to.contain('/__podcast/tone.wav?s=2&id=odd');
      expect(el.declaredDuration).to.equal('3661');
      expect(el.transcript).to.contain('/fixtures/transcript.vtt');
      expect(el.chapters).to.contain('/fixtures/chapters.json');
      await click(part(el, 'episodes-button'));
      await el.updateComplete;
      const links = [...$(el, '.description')!.querySelectorAll('a')].map((a) => a.href);
      expect(links).to.deep.equal([
        new URL('/story/online-course?q=on', location.href).href,
        new URL(`${FIXTURES}/notes.html`, location.href).href,
      ]);
      // Another feed: its own description and name, not the last one's.
      el.feed = `${FIXTURES}/feed.xml`;
      await until(() => el.show === 'RT Podcasts & Friends', 'the new feed');
      await el.updateComplete;
      expect($(el, '.description')!.textContent).to.contain('Moscow is waiting for NATO');
      // An unsafe enclosure is no audio.
      await click($$(el, '#episodes li button')[3]!);
      await until(() => !!part(el, 'problem'), 'a message');
      expect(el.src).to.equal('');
      expect(part(el, 'problem').textContent!.trim()).to.equal('This episode has no audio.');
    });

    it('cues the episode and moment a shared link names, in a feed', async () => {
      const before = location.hash;
      history.replaceState(null, '', '#t=2&player=feed-player&episode=3');
      try {
        const el = await fixture<PodcastPlayer>(
          html`<podcast-player
            id="feed-player"
            share
            feed="${FIXTURES}/feed.xml"
          ></podcast-player>`,
        );
        await until(() => el.title === 'The second episode' && el.currentTime === 2, 'the moment');
        await until(() => !!$(el, 'news-share'), 'the share button');
        await el.updateComplete;
        expect(($(el, 'news-share') as HTMLElement & {url: string}).url).to.match(
          /#t=2&player=feed-player&episode=3$/,
        );
      } finally {
        history.replaceState(null, '', before || location.pathname + location.search);
      }
    });
  });

  it('loads none of this for a plain player, nor for a metadata track', async () => {
    const el = await fixture<PodcastPlayer>(
      html`<podcast-player src=${wavUrl()}
        ><track kind="metadata" src="${FIXTURES}/chapters.vtt"
      /></podcast-player>`,
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(el.extras).to.equal(undefined);
    expect(part(el, 'extras')).to.equal(null);
  });
});
