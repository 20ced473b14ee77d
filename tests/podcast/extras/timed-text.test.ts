// src/podcast/extras/timed-text.ts and cue-text.ts: WebVTT by the spec, SRT as real files come.
// Chromium's own WebVTT parser (a <track> on a <video>) is the reference for the WebVTT cases.
import {expect} from '@open-wc/testing';
import {parseCues} from '../../../src/podcast/extras/cues.js';
import {MAX_CUE_TEXT} from '../../../src/podcast/extras/cue-text.js';
import {cueAt} from '../../../src/podcast/extras/transcript-panel.js';

/** The cues Chromium reads from `source`: start, end and text (tags dropped, as ours). */
async function browserCues(source: string): Promise<[number, number, string][]> {
  const video = document.createElement('video');
  const track = document.createElement('track');
  track.src = URL.createObjectURL(new Blob([source], {type: 'text/vtt'}));
  track.default = true;
  video.append(track);
  document.body.append(video);
  try {
    await new Promise((resolve) => {
      track.onload = track.onerror = resolve;
      track.track.mode = 'hidden';
    });
    return [...(track.track.cues ?? [])].map((cue) => {
      const {startTime, endTime} = cue as VTTCue;
      const text = (cue as VTTCue).getCueAsHTML().textContent!.replace(/\s+/g, ' ').trim();
      return [startTime, endTime, text];
    });
  } finally {
    URL.revokeObjectURL(track.src);
    video.remove();
  }
}

const ours = async (source: string) =>
  (await parseCues(source)).map((cue): [number, number, string] => [cue.start, cue.end, cue.text]);

/** Files of WebVTT's hard cases, each as a captioning tool or a careless editor writes them. */
const webvtt: Record<string, string> = {
  'a timings line with no blank line before it starts a new cue':
    'WEBVTT\n\n00:00.000 --> 00:01.000\nFirst line\n00:01.000 --> 00:02.000\nSecond line\n',
  'an identifier, then timings; a third-line arrow ends the cue':
    'WEBVTT\n\nintro\n00:00.000 --> 00:01.000\nHello\nnot-an-id\n00:02.000 --> 00:03.000\nThere\n',
  'settings glued to the end time, and settings after spaces':
    'WEBVTT\n\n00:00.000 --> 00:01.000line:40%\nGlued\n\n00:01.000 --> 00:02.500 align:start position:10%\nSpaced\n',
  'timestamps the spec refuses are no cues':
    'WEBVTT\n\n0:00.000 --> 0:01.000\nOne-digit minutes\n\n00:00.00 --> 00:01.00\nTwo-digit millis\n\n00:60.000 --> 01:00.000\nSixty seconds\n\n00:00:00.000 --> 00:00:01.000\nHours kept\n\n0:00:02.000 --> 0:00:03.000\nOne-digit hours\n\n100:00:00.000 --> 100:00:01.000\nLong hours\n',
  'a header with metadata, then a cue right after it':
    'WEBVTT - made by hand\nKind: captions\n00:00.000 --> 00:01.000\nAfter the header\n',
  'a line of spaces is no blank line in WebVTT':
    'WEBVTT\n\n00:00.000 --> 00:01.000\nBefore\n   \nAfter spaces\n\n00:01.000 --> 00:02.000\nNext\n',
  'NUL becomes U+FFFD, references decoded (named, numeric, no semicolon)':
    'WEBVTT\n\n00:00.000 --> 00:01.000\nA\0B &copy; &amp &eacute;t&eacute; &#x2014; &#8212; &notit; &bogus;\n',
  'tags dropped, a voice, a lone < opens a tag':
    'WEBVTT\n\n00:00.000 --> 00:01.000\n<v.loud Anna Petrova><i>Yes</i> <c.red>and</c> <00:00.500>no\n\n00:01.000 --> 00:02.000\nx < y and z > w\n',
  'a cue ending before it starts is kept, and CRLF':
    'WEBVTT\r\n\r\n00:05.000 --> 00:04.000\r\nBackwards\r\n\r\n00:06.000 --> 00:06.000\r\nZero length\r\n',
  'NOTE, STYLE and REGION blocks are no cues':
    'WEBVTT\n\nSTYLE\n::cue { color: red }\n\nREGION\nid:fred width:40%\n\nNOTE a comment\n--> still a note?\n\n00:00.000 --> 00:01.000\nReal\n',
};

describe('WebVTT, as Chromium reads it', () => {
  for (const [name, source] of Object.entries(webvtt)) {
    it(name, async () => {
      const expected = (await browserCues(source)).filter(([, , text]) => text);
      expect(expected.length, 'the file has cues for Chromium').to.be.above(0);
      expect(await ours(source)).to.deep.equal(expected);
    });
  }

  it('never plays a cue that ends at or before its start', async () => {
    const cues = await parseCues(webvtt['a cue ending before it starts is kept, and CRLF']!);
    expect(cues).to.have.length(2);
    expect(cueAt(cues, 4.5)).to.equal(-1);
    expect(cueAt(cues, 6)).to.equal(-1);
  });

  it('refuses a WebVTT file whose every cue has a timing the spec refuses, and takes an empty one', async () => {
    const bad =
      'WEBVTT\n\n00:00:01,000 --> 00:00:02,000\nSRT timings\n\n0:01.000 --> 0:02.000\nShort\n';
    expect(await parseCues(bad).catch((e: unknown) => e)).to.be.instanceOf(SyntaxError);
    expect(await parseCues('WEBVTT\n\nNOTE nothing yet\n')).to.deep.equal([]);
  });

  it('decodes references in a speaker’s name too', async () => {
    const [cue] = await parseCues(
      'WEBVTT\n\n00:00.000 --> 00:01.000\n<v O&apos;Brien &amp; Co>Hello\n',
    );
    expect(cue).to.include({speaker: 'O’Brien & Co'.replace('’', "'"), text: 'Hello'});
  });

  it('takes the speaker from the voice tag', async () => {
    const [cue] = await parseCues(webvtt['tags dropped, a voice, a lone < opens a tag']!);
    expect(cue).to.include({speaker: 'Anna Petrova', text: 'Yes and no'});
  });
});

describe('SRT, as real files come', () => {
  const srt = async (text: string) => (await parseCues(text)).map((c) => [c.start, c.end, c.text]);

  it('reads missing blank lines, dot or comma milliseconds, one-digit hours and short fractions', async () => {
    const file =
      '1\r\n00:00:01,000 --> 00:00:02,000\r\nOne\r\n2\r\n0:00:02.5 --> 0:00:03,25\r\nTwo\r\nlines\r\n\r\n\r\n3\r\n00:04,000 --> 00:05,000\r\nThree\r\n';
    expect(await srt(file)).to.deep.equal([
      [1, 2, 'One'],
      [2.5, 3.25, 'Two lines'],
      [4, 5, 'Three'],
    ]);
  });

  it('reads a UTF-16 file with a byte-order mark, as a server sends it', async () => {
    const text = '1\r\n00:00:01,000 --> 00:00:02,000\r\nПривет, мир — ¿qué tal?\r\n';
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    const url = URL.createObjectURL(new Blob([bytes], {type: 'application/x-subrip'}));
    const {loadParsed} = await import('../../../src/podcast/extras/load.js');
    const cues = await loadParsed(url, parseCues);
    URL.revokeObjectURL(url);
    expect(cues.map((c) => c.text)).to.deep.equal(['Привет, мир — ¿qué tal?']);
  });
});

describe('cue files a hostile server could send', () => {
  // Each of these froze the page for seconds with the old regular expressions.
  const huge = (unit: string) => unit.repeat(Math.ceil(1_000_000 / unit.length));

  it('reads 1 MB of <v <v <v… and of <<<… in one cue, in linear time', async () => {
    for (const payload of [huge('<v '), huge('<'), huge('<a'), huge('&amp')]) {
      for (const head of ['WEBVTT\n\n', '1\n']) {
        const started = performance.now();
        const cues = await parseCues(`${head}00:00:00.000 --> 00:00:01.000\n${payload}x\n`);
        expect(performance.now() - started, `${head.trim()} ${payload.slice(0, 6)}…`).to.be.below(
          1000,
        );
        expect(cues.length).to.be.at.most(1);
      }
    }
  });

  it(`shows at most ${MAX_CUE_TEXT} characters of a cue`, async () => {
    const [cue] = await parseCues(`WEBVTT\n\n00:00.000 --> 00:01.000\n${'word '.repeat(2000)}\n`);
    expect(cue!.text.length).to.equal(MAX_CUE_TEXT);
  });
});
