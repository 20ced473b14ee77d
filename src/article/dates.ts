import {text} from '../shared/text.js';

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
/** Dates given without a time: shown as that calendar day, whatever the reader's zone. */
const dayOnly = new WeakSet<Date>();

const formatters = new Map<string, {format(...args: never[]): string}>();

/**
 * One Intl formatter per language and options, made once (a thousand cards share it); for English
 * when the tag or an option is invalid.
 */
export function intl<T extends {format(...args: never[]): string}>(
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
  if (Number.isNaN(date.getTime()) || new Date(utc(year, month, day)).getUTCDate() !== day) {
    return undefined;
  }
  if (iso.length === 10) dayOnly.add(date);
  const zone = text(timeZone);
  return (zone && /T[\d:.]+$/.test(iso) && wallClock(iso, zone)) || date;
}

/** 146,097 days: the Gregorian calendar repeats itself every 400 years. */
const FOUR_CENTURIES = 146_097 * 86_400_000;

/** `Date.UTC` with a month from 1, and without its reading of years 0–99 as 1900–1999. */
const utc = (year: number, month: number, ...rest: number[]) =>
  Date.UTC(year + 400, month - 1, ...rest) - FOUR_CENTURIES;

/**
 * `iso`, a date and time without an offset, as that time on the clocks of `zone`. A time that a
 * clock change repeats is the first of the two; one that it skips is told by the clock before
 * the change (2:30 on a spring-forward night is 3:30 by the new clock), as Temporal does.
 */
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
    return utc(y, m, d, h, min, sec) - Math.floor(t / 1000) * 1000;
  };
  const asUtc = Date.parse(`${iso}Z`);
  // The moment by the offset of the day before, and by that of the day after (a clock change
  // between them: at most one). One that the zone's clocks agree with is the answer.
  const [before, after] = [-1, 1].map((day) => asUtc - offset(asUtc + day * 86_400_000));
  const agrees = (t: number) => asUtc - t === offset(t);
  return new Date(agrees(before) || !agrees(after) ? before : after);
}

/** Whether `date` was given as a day, without a time. */
export const isDay = (date: Date): boolean => dayOnly.has(date);

/** "20 May 2010 at 15:12" in the reader's language, in `timeZone` when it is a valid one. */
export function formatDate(lang: string, date: Date, timeZone: unknown): string {
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
