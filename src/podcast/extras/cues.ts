import {parseTime} from '../time.js';

/** A timed piece of an episode: a transcript cue or a chapter. Times in seconds. */
export interface Cue {
  start: number;
  end: number;
  text: string;
  /** Who speaks (a WebVTT `<v>` voice, an SRT or JSON speaker). */
  speaker?: string;
}

/** `01:02:03.500`, `02:03,500` (SRT) or `3.5` in seconds; `NaN` when it is not a time. */
export const timestamp = (value: string): number => parseTime(value.trim().replace(',', '.'));

const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  lrm: '\u200e',
  rlm: '\u200f',
};

/**
 * A cue's payload as plain text: WebVTT tags (`<b>`, `<c.loud>`, `<00:01.000>`, and any markup
 * an SRT file carries) are dropped, character references decoded. The result is only ever shown
 * as text.
 */
export function plainText(payload: string): {text: string; speaker?: string} {
  const speaker = /<v(?:\.[^\s>]*)?\s+([^>]*)>/.exec(payload)?.[1]?.trim();
  const text = payload
    .replace(/<\/?(?:[a-z][^<>]*|\d[\d:.]*)>/gi, '')
    .replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return entities[name.toLowerCase()] ?? whole;
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : +name.slice(1);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : whole;
    })
    .replace(/\s+/g, ' ')
    .trim();
  return speaker ? {text, speaker} : {text};
}

/** Cues in time order; a cue that does not say when it ends lasts until the next one starts. */
export function ordered(cues: Cue[], until = Infinity): Cue[] {
  const sorted = cues
    .filter((cue) => cue.start >= 0 && cue.start < Infinity)
    .sort((a, b) => a.start - b.start);
  sorted.forEach((cue, i) => {
    if (!(cue.end > cue.start)) cue.end = sorted[i + 1]?.start ?? until;
  });
  return sorted;
}

/**
 * WebVTT or SRT: blocks separated by blank lines, each with a `start --> end` line (an optional
 * identifier above it) and the payload below. Notes, styles and regions are skipped.
 */
export function parseTimedText(source: string): Cue[] {
  const cues: Cue[] = [];
  for (const block of source.replace(/\r\n?/g, '\n').split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').filter((line) => line.trim());
    const at = lines.findIndex((line) => line.includes('-->'));
    if (at < 0 || at > 1) continue;
    const [from, to] = lines[at]!.split('-->');
    const start = timestamp(from!);
    const end = timestamp(to!.trim().split(/\s/)[0]!);
    const payload = plainText(lines.slice(at + 1).join('\n'));
    if (start >= 0 && payload.text) cues.push({start, end, ...payload});
  }
  return ordered(cues);
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
const seconds = (value: unknown) =>
  typeof value === 'number' ? value : typeof value === 'string' ? timestamp(value) : NaN;

/** Plain text as given (JSON titles are not markup): only its white space tidied. */
const asGiven = (value: unknown) =>
  String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A Podcasting 2.0 JSON chapters file (`{chapters: [{startTime, endTime, title}]}`) or transcript
 * (`{segments: [{startTime, endTime, body, speaker}]}`). Its text is plain text, shown as given.
 * Entries without a time or text, and chapters marked `toc: false`, are skipped.
 */
export function parseJsonCues(json: unknown): Cue[] {
  const root = record(json);
  const list = root.chapters ?? root.segments;
  if (!Array.isArray(list)) throw new SyntaxError('no chapters or segments');
  const cues: Cue[] = [];
  for (const item of list.map(record)) {
    if (item.toc === false) continue;
    const text = asGiven(item.title ?? item.body);
    const speaker = asGiven(item.speaker);
    const start = seconds(item.startTime);
    if (text && start >= 0) {
      cues.push({start, end: seconds(item.endTime), text, ...(speaker && {speaker})});
    }
  }
  return ordered(cues);
}

/** Reads a chapters or transcript file of any supported kind, told apart by its content. */
export function parseCues(source: string): Cue[] {
  const body = source.replace(/^\uFEFF/, '').trimStart();
  if (body.startsWith('{')) return parseJsonCues(JSON.parse(body));
  const cues = parseTimedText(body);
  if (!cues.length && !body.startsWith('WEBVTT')) throw new SyntaxError('no cues');
  return cues;
}
