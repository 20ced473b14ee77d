import {MAX_CUE_TEXT, cueText, decodeReferences} from './cue-text.js';
import {Pacer} from './pacer.js';

/**
 * A WebVTT timestamp at `at` in `line`, by the spec's rules: `mm:ss.ttt` or `h…h:mm:ss.ttt`
 * (minutes and seconds two digits up to 59, three digits of milliseconds). Its value and where
 * it ends, or undefined.
 */
function vttTimestamp(line: string, at: number): [seconds: number, end: number] | undefined {
  const match = /(\d+):(\d+)(?::(\d+))?\.(\d+)/y;
  match.lastIndex = at;
  const [, first, second, third, ms] = match.exec(line) ?? [];
  if (!first || second!.length !== 2 || ms!.length !== 3) return undefined;
  const hours = first.length !== 2 || +first > 59;
  if (hours && !third) return undefined;
  const [h, m, s] = third ? [first, second!, third] : ['0', first, second!];
  if (third?.length !== undefined && third.length !== 2) return undefined;
  if (+m > 59 || +s > 59) return undefined;
  return [+h * 3600 + +m * 60 + +s + +ms! / 1000, match.lastIndex];
}

/** An SRT timestamp, as real files write them: `00:00:01,000`, `0:00:01.5`, `00:01,000`. */
function srtTimestamp(line: string, at: number): [seconds: number, end: number] | undefined {
  const match = /(?:(\d+):)?(\d{1,2}):(\d{1,2})(?:[,.](\d+))?/y;
  match.lastIndex = at;
  const [, h = '0', m, s, fraction = '0'] = match.exec(line) ?? [];
  if (!m || +s! > 59) return undefined;
  return [+h * 3600 + +m * 60 + +s! + +`0.${fraction}`, match.lastIndex];
}

/** `start --> end` and any settings after the end (even with no space between). */
function timings(line: string, strict: boolean): [start: number, end: number] | undefined {
  const read = strict ? vttTimestamp : srtTimestamp;
  const skip = (i: number) => i + /^[ \t\f]*/.exec(line.slice(i))![0].length;
  const start = read(line, skip(0));
  if (!start) return undefined;
  const arrow = skip(start[1]);
  if (line.slice(arrow, arrow + 3) !== '-->') return undefined;
  const end = read(line, skip(arrow + 3));
  return end && [start[0], end[0]];
}

/**
 * WebVTT by the spec's parser (blocks of an optional identifier, a timings line and the cue's
 * text; a timings line starts a new cue even without a blank line before it; notes, styles and
 * regions skipped), or, when the file does not start `WEBVTT`, SRT as real files come (blank
 * lines of spaces, missing blank lines, comma or dot milliseconds). Cues with no text are left
 * out; a cue that ends before it starts is kept but never plays.
 */
export async function parseTimedText(source: string) {
  const strict = /^WEBVTT(?:[ \t\n]|$)/.test(source);
  const lines = source.replace(/\0/g, '\ufffd').split(/\r\n?|\n/);
  const blank = (line: string) => (strict ? !line : !line.trim());
  const found: {start: number; end: number; payload: string}[] = [];
  // The `WEBVTT` line and its header are no cue's; a timings line there starts the first cue.
  let i = strict ? 1 : 0;
  while (strict && i < lines.length && !blank(lines[i]!) && !lines[i]!.includes('-->')) i++;
  const pace = new Pacer();
  while (i < lines.length) {
    if (pace.due) await pace.rest();
    if (blank(lines[i]!)) {
      i++;
      continue;
    }
    // A block: a timings line as its first or second line, then the cue's text.
    const arrowAt = lines[i]!.includes('-->') ? i : lines[i + 1]?.includes('-->') ? i + 1 : -1;
    const text: string[] = [];
    let j = arrowAt < 0 ? i : arrowAt + 1;
    for (; j < lines.length && !blank(lines[j]!) && !lines[j]!.includes('-->'); j++)
      text.push(lines[j]!);
    // SRT without blank lines: the number above the next timings belongs to the next cue.
    if (!strict && lines[j]?.includes('-->') && /^\s*\d+\s*$/.test(text.at(-1) ?? '')) {
      text.pop();
    }
    const times = arrowAt >= 0 && timings(lines[arrowAt]!, strict);
    // Only so much of a cue is shown: what is beyond it is not even read.
    const payload = text.join('\n').slice(0, 4 * MAX_CUE_TEXT);
    if (times) found.push({start: times[0], end: times[1], payload});
    i = Math.max(j, i + 1);
  }
  // Timings lines, and none of them one the spec accepts: not a file of cues.
  if (!found.length && source.includes('-->')) throw new SyntaxError('no valid timings');
  // The text of the cues, a few thousand at a time (character references in one parse each).
  const cues: {start: number; end: number; text: string; speaker?: string}[] = [];
  for (let k = 0; k < found.length; k += 2000) {
    if (pace.due) await pace.rest();
    const batch = found.slice(k, k + 2000);
    const parsed = batch.map(({payload}) => cueText(payload, strict));
    // Texts and speakers' names (`<v O&apos;Brien>`) decoded in one parse.
    const texts = decodeReferences(parsed.flatMap(({text, speaker = ''}) => [text, speaker]));
    batch.forEach(({start, end}, n) => {
      const speaker = texts[2 * n + 1];
      const text = texts[2 * n];
      if (text) cues.push({start, end, text, ...(speaker && {speaker})});
    });
  }
  return cues;
}
