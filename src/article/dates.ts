import {text} from '../shared/text.js';

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/;
/** Dates given without a time: shown as that calendar day, whatever the reader's zone. */
const dayOnly = new WeakSet<Date>();

/** Parses an ISO 8601 date (`2010-05-20`, `2010-05-20T15:12:00+04:00`); anything else gives undefined. */
export function parseDate(value: unknown): Date | undefined {
  const iso = text(value);
  const date = new Date(ISO.test(iso) ? iso : NaN);
  if (Number.isNaN(date.getTime())) return undefined;
  if (iso.length === 10) dayOnly.add(date);
  return date;
}

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

const UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 31_536_000],
  ['month', 2_592_000],
  ['week', 604_800],
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
  ['second', 1],
];

/** "2 hours ago", "yesterday", "in 3 days", in the reader's language. */
export function formatRelative(date: Date, lang: string, now = Date.now()): string {
  const seconds = (date.getTime() - now) / 1000;
  const [unit, size] =
    UNITS.find(([, size]) => Math.abs(seconds) >= size) ?? UNITS[UNITS.length - 1];
  return intl('relative', lang, (l) => new Intl.RelativeTimeFormat(l, {numeric: 'auto'})).format(
    Math.round(seconds / size),
    unit,
  );
}

/** "3 min" in the reader's language. */
export const formatMinutes = (minutes: number, lang: string): string =>
  intl('minutes', lang, (l) => new Intl.NumberFormat(l, {style: 'unit', unit: 'minute'})).format(
    minutes,
  );
