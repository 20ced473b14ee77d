import {intl} from './dates.js';

// The words of a relative date ("2 hours ago") and when they next change: loaded with the
// relative clock (relative-clock.ts), the first time an article shows a relative date.

const SIZES: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];
/**
 * Each unit with its size in seconds and the distance it takes over from: where the smaller unit's
 * rounded count would reach it (59.5 seconds is "1 minute ago", never "60 seconds ago"; 346 days
 * is "last year", never "12 months ago").
 */
const UNITS = SIZES.map(([unit, size], i) => {
  const smaller = SIZES[i + 1]?.[1] ?? 0;
  // Where the smaller unit would say a whole larger one's worth (or more: 12 months of 30 days
  // fall short of a year), rounded: 59.5 seconds, 23.5 hours, 3.5 weeks, 11.5 months.
  const from = smaller && (Math.floor(size / smaller) - 0.5) * smaller;
  return {unit, size, from};
});

/** The unit a distance in seconds is told in, and where the larger one takes over. */
function unitOf(seconds: number) {
  const i = UNITS.findIndex(({from}) => Math.abs(seconds) >= from);
  return {...UNITS[i], larger: UNITS[i - 1]?.from ?? Infinity};
}

/** "2 hours ago", "yesterday", "in 3 days", in the reader's language. */
export function formatRelative(lang: string, date: Date, now = Date.now()): string {
  const seconds = (date.getTime() - now) / 1000;
  const {unit, size} = unitOf(seconds);
  return intl('relative', lang, (l) => new Intl.RelativeTimeFormat(l, {numeric: 'auto'})).format(
    Math.round(seconds / size),
    unit,
  );
}

/**
 * Milliseconds until `formatRelative(lang, date)` says something else (and a tenth of a second more, to
 * be past the turn): the rounded count moves on, or the distance passes into another unit ("59
 * minutes ago" to "1 hour ago").
 */
export function relativeChangesIn(date: Date, now = Date.now()): number {
  const seconds = (date.getTime() - now) / 1000;
  const {size, from, larger} = unitOf(seconds);
  // The count is rounded (a half up), so it moves on as seconds / size passes below the half
  // at or below it.
  const x = seconds / size;
  let wait = (x - (Math.floor(x - 0.5) + 0.5)) * size;
  // A past date grows into the larger unit; a coming one shrinks out of its own.
  if (seconds < 0) wait = Math.min(wait, larger + seconds);
  else if (from) wait = Math.min(wait, seconds - from);
  return wait * 1000 + 100;
}
