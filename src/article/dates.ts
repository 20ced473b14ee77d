import {text} from '../shared/text.js';

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
/** Dates given without a time: shown as that calendar day, whatever the reader's zone. */
const dayOnly = new WeakSet<Date>();

const formatters = new Map<string, {format(...args: never[]): string}>();

/**
 * One Intl formatter per language and options, made once (a thousand cards share it); for English
 * when the tag or an option is invalid.
 */
function intl<T extends {format(...args: never[]): string}>(
  key: string,
  lang: string,
  make: (lang: string) => T,
): T {
  let formatter = formatters.get(lang + key) as T | undefined;
  if (!formatter) {
    try {
      formatter = make(lang);
    } catch {
      formatter = make('en');
    }
    formatters.set(lang + key, formatter);
  }
  return formatter;
}

/**
 * Parses an ISO 8601 date (`2010-05-20`, `2010-05-20T15:12:00+04:00`); anything else, and a day
 * that no month has (`2010-02-30`, which Date would roll on to 2 March), gives undefined. A time
 * without an offset (`2010-05-20T15:12`) is read as the clock showed it in `timeZone`, when that
 * is a valid IANA zone, else in the reader's own.
 */
export function parseDate(value: unknown, timeZone?: unknown): Date | undefined {
  const iso = text(value);
  const date = new Date(ISO.test(iso) ? iso : NaN);
  const [year, month, day] = iso.split(/\D/, 3).map(Number);
  if (
    Number.isNaN(date.getTime()) ||
    new Date(Date.UTC(year, month - 1, day)).getUTCDate() !== day
  ) {
    return undefined;
  }
  if (iso.length === 10) dayOnly.add(date);
  const zone = text(timeZone);
  return (zone && /T[\d:.]+$/.test(iso) && wallClock(iso, zone)) || date;
}

/** `iso`, a date and time without an offset, as that time on the clocks of `zone`. */
function wallClock(iso: string, zone: string): Date | undefined {
  let clock: Intl.DateTimeFormat;
  try {
    clock = intl(
      `clock ${zone}`,
      'en-US',
      (l) =>
        // en-US numbers, 0–23 hours: "5/20/2010, 15:12:00".
        new Intl.DateTimeFormat(l, {
          timeZone: zone,
          hourCycle: 'h23',
          year: 'numeric',
          month: 'numeric',
          day: 'numeric',
          hour: 'numeric',
          minute: 'numeric',
          second: 'numeric',
        }),
    );
  } catch {
    return undefined;
  }
  // How far the zone's clocks are ahead of UTC at the moment `t`.
  const offset = (t: number) => {
    const [m, d, y, h, min, sec] = clock.format(t).match(/\d+/g)!.map(Number);
    return Date.UTC(y, m - 1, d, h, min, sec) - Math.floor(t / 1000) * 1000;
  };
  const asUtc = Date.parse(`${iso}Z`);
  // Twice: the offset found first may be the one before a clock change between the two.
  return new Date(asUtc - offset(asUtc - offset(asUtc)));
}

/** "20 May 2010 at 15:12" in the reader's language, in `timeZone` when it is a valid one. */
export function formatDate(date: Date, lang: string, timeZone: unknown): string {
  if (dayOnly.has(date)) {
    return intl(
      'day',
      lang,
      (l) => new Intl.DateTimeFormat(l, {dateStyle: 'long', timeZone: 'UTC'}),
    ).format(date);
  }
  const format = (zone?: string) =>
    intl(
      `date ${zone}`,
      lang,
      (l) => new Intl.DateTimeFormat(l, {dateStyle: 'long', timeStyle: 'short', timeZone: zone}),
    );
  try {
    return format(text(timeZone) || undefined).format(date);
  } catch {
    // An unknown time zone: the reader's own.
    return format().format(date);
  }
}

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
 * rounded count would reach it (59.5 seconds is "1 minute ago", never "60 seconds ago").
 */
const UNITS = SIZES.map(([unit, size], i) => ({
  unit,
  size,
  from: i < SIZES.length - 1 ? size - SIZES[i + 1][1] / 2 : 0,
}));

/** The unit a distance in seconds is told in, and where the larger one takes over. */
function unitOf(seconds: number) {
  const i = UNITS.findIndex(({from}) => Math.abs(seconds) >= from);
  return {...UNITS[i], larger: UNITS[i - 1]?.from ?? Infinity};
}

/** "2 hours ago", "yesterday", "in 3 days", in the reader's language. */
export function formatRelative(date: Date, lang: string, now = Date.now()): string {
  const seconds = (date.getTime() - now) / 1000;
  const {unit, size} = unitOf(seconds);
  return intl('relative', lang, (l) => new Intl.RelativeTimeFormat(l, {numeric: 'auto'})).format(
    Math.round(seconds / size),
    unit,
  );
}

/**
 * Milliseconds until `formatRelative(date)` says something else (and a tenth of a second more, to
 * be past the turn): the rounded count moves on, or the distance passes into another unit ("59
 * minutes ago" to "1 hour ago").
 */
export function relativeChangesIn(date: Date, now = Date.now()): number {
  const seconds = (date.getTime() - now) / 1000;
  const {size, from, larger} = unitOf(seconds);
  // The count is rounded, so it moves on when seconds / size passes the half below it.
  const x = seconds / size;
  const half = Math.ceil(x - 0.5) - 0.5;
  let wait = (x - (half < x ? half : half - 1)) * size;
  // A past date grows into the larger unit; a coming one shrinks out of its own.
  if (seconds < 0) wait = Math.min(wait, larger + seconds);
  else if (from) wait = Math.min(wait, seconds - from);
  return wait * 1000 + 100;
}

/** "3 min" in the reader's language. */
export const formatMinutes = (minutes: number, lang: string): string =>
  intl('minutes', lang, (l) => new Intl.NumberFormat(l, {style: 'unit', unit: 'minute'})).format(
    minutes,
  );
