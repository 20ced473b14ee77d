import {parseTime} from '../time.js';
import {MAX_CUE_TEXT} from './cue-text.js';
import {parseTimedText} from './timed-text.js';

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

/**
 * Cues in time order; a cue that does not say when it ends lasts until the next one starts (one
 * that ends before it starts never plays).
 */
export function ordered(cues: Cue[], until = Infinity): Cue[] {
  const sorted = cues
    .filter((cue) => cue.start >= 0 && cue.start < Infinity)
    .sort((a, b) => a.start - b.start);
  sorted.forEach((cue, i) => {
    if (Number.isNaN(cue.end)) cue.end = sorted[i + 1]?.start ?? until;
  });
  return sorted;
}

const record = (value: unknown): Record<string, unknown> =>
  value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
const seconds = (value: unknown) =>
  typeof value === 'number' ? value : typeof value === 'string' ? timestamp(value) : NaN;

/** Plain text as given (JSON titles are not markup): only its white space tidied; not text, none. */
const asGiven = (value: unknown) =>
  typeof value === 'string' || typeof value === 'number'
    ? String(value).replace(/\s+/g, ' ').trim().slice(0, MAX_CUE_TEXT)
    : '';

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

/** The most cues kept of a file (the first in time): 40 hours of a talk, cue by cue. */
export const MAX_CUES = 50_000;

/** Reads a chapters or transcript file of any supported kind, told apart by its content. */
export async function parseCues(source: string): Promise<Cue[]> {
  const body = source.replace(/^\uFEFF/, '').trimStart();
  const cues = body.startsWith('{')
    ? parseJsonCues(JSON.parse(body))
    : ordered(await parseTimedText(body));
  if (!cues.length && !/^(?:WEBVTT|\{)/.test(body)) throw new SyntaxError('no cues');
  return cues.slice(0, MAX_CUES);
}
