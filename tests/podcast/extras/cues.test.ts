// src/podcast/extras/cues.ts (and cueAt, the cue playing): WebVTT, SRT and Podcasting 2.0
// JSON read into cues, from files shaped like the ones hosts publish (tests/podcast/fixtures).
import {expect} from '@open-wc/testing';
import {MAX_CUES, parseCues, timestamp} from '../../../src/podcast/extras/cues.js';
import {cueAt} from '../../../src/podcast/extras/transcript-panel.js';

const FIXTURES = '/tests/podcast/fixtures';

describe('cue files', () => {
  it('reads timestamps of WebVTT, SRT and plain seconds', async () => {
    expect(timestamp('01:02:03.500')).to.equal(3723.5);
    expect(timestamp('02:03.250')).to.equal(123.25);
    expect(timestamp('00:00:02,500')).to.equal(2.5);
    expect(timestamp('7')).to.equal(7);
    expect(timestamp('soon')).to.be.NaN;
  });

  it('reads WebVTT: voices, markup dropped, entities decoded, notes and styles skipped, overlaps kept', async () => {
    const cues = await parseCues(await (await fetch(`${FIXTURES}/transcript.vtt`)).text());
    expect(cues.map((c) => [c.start, c.end])).to.deep.equal([
      [0, 2.5],
      [1.5, 3],
      [3, 5],
      [5, 8],
    ]);
    expect(cues[0]).to.include({speaker: 'Anchor'});
    expect(cues[1]).to.include({
      speaker: 'Reporter',
      text: 'Overlapping: the foreign minister <script> said so.',
    });
    expect(cues[2]!.text).to.equal('Markup is text, never parsed.');
    expect(cueAt(cues, 2), 'the latest cue to start, of those playing').to.equal(1);
    expect(cueAt(cues, 4)).to.equal(2);
    expect(cueAt(cues, 9)).to.equal(-1);
  });

  it('reads SRT (CRLF) and Podcasting 2.0 JSON transcripts', async () => {
    const srt = await parseCues(await (await fetch(`${FIXTURES}/transcript.srt`)).text());
    expect(srt.map((c) => c.text)).to.deep.equal(['SRT line one', 'SRT line two']);
    expect(srt[1]!.start).to.equal(2);
    const json = await parseCues(await (await fetch(`${FIXTURES}/transcript.json`)).text());
    expect(json.map((c) => [c.speaker, c.text, c.start, c.end])).to.deep.equal([
      ['Anchor', 'JSON segment one', 0, 2],
      ['Reporter', 'JSON segment two', 2, 4],
    ]);
  });

  it('sorts JSON chapters, ends each where the next starts, and skips hidden or timeless ones', async () => {
    const chapters = await parseCues(await (await fetch(`${FIXTURES}/chapters.json`)).text());
    expect(chapters.map((c) => [c.start, c.end, c.text])).to.deep.equal([
      [0, 2, 'Moscow is waiting'],
      [2, 4, 'Missile <i>defense</i> &amp; Europe'], // plain text, shown as given
      [4, Infinity, 'Washington’s answer'.replace('’', "'")],
    ]);
  });

  it('reads SRT with blank lines of spaces, font tags, and a literal < kept as text', async () => {
    const cues = await parseCues(await (await fetch(`${FIXTURES}/transcript-spaces.srt`)).text());
    expect(cues.map((c) => c.text)).to.deep.equal(['A x < y and z > w', 'B']);
  });

  it('refuses what is not a cue file', async () => {
    for (const source of ['<html>not cues</html>', '{"title": 1}']) {
      const error = await parseCues(source).catch((e: unknown) => e);
      expect(error, source).to.be.instanceOf(SyntaxError);
    }
    expect(await parseCues('WEBVTT\n\n')).to.deep.equal([]);
  });
});

describe('cue files as hosts get them wrong', () => {
  it('skips a bad chapter among good ones, not the file', async () => {
    const file = JSON.stringify({
      version: '1.2.0',
      chapters: [
        {startTime: 0, title: 'Intro'},
        null,
        'not a chapter',
        {startTime: 'soon', title: 'No time'},
        {startTime: 30, title: {text: 'not text'}},
        {startTime: -5, title: 'Before the start'},
        {startTime: 60, title: 'Questions', img: 'https://example.com/q.jpg'},
        {startTime: '1:30', title: 'Time as text'},
      ],
    });
    expect((await parseCues(file)).map((c) => [c.start, c.text])).to.deep.equal([
      [0, 'Intro'],
      [60, 'Questions'],
      [90, 'Time as text'],
    ]);
  });

  it(`keeps the first ${MAX_CUES} of a transcript of 100,000 cues`, async () => {
    const segments = Array.from({length: 100_000}, (_, i) => ({startTime: i, body: `s${i}`}));
    const cues = await parseCues(JSON.stringify({segments}));
    expect(cues).to.have.length(MAX_CUES);
    expect(cues.at(-1)!.text).to.equal(`s${MAX_CUES - 1}`);
  });
});
