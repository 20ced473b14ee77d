import {text} from '../shared/text.js';
import {intl, isDay} from './dates.js';

/** The fields a pattern may name, and how each is shown when the pattern does not say. */
const FIELDS: Readonly<Record<string, string>> = {
  weekday: 'long',
  era: 'short',
  year: 'numeric',
  month: 'long',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
};
const TIME = ['hour', 'minute', 'second'];
/** `{month}`, or `{month:short}` with one of `Intl.DateTimeFormat`'s styles for that field. */
const TOKEN = /\{(\w+)(?::([\w-]+))?\}/g;

/**
 * `date` by `<news-article date-format>`'s pattern: its text as written, each `{field}` or
 * `{field:style}` filled in the reader's language, in `timeZone` when it is valid (else the
 * reader's), hours 00–23. `{day} {month}, {year} {hour}:{minute}` gives "20 May, 2010 15:12".
 * Undefined (the language's own format) for a pattern that names no field, names one not in
 * `FIELDS`, gives a style `Intl` refuses or has a stray brace; and for a date given without a
 * time when the pattern names an hour, a minute or a second.
 */
export function formatPattern(
  lang: string,
  date: Date,
  timeZone: unknown,
  pattern: unknown,
): string | undefined {
  const written = text(pattern);
  const options: Record<string, string> = {};
  const rest = written.replace(TOKEN, (_, name: string, style?: string) => {
    options[name] = style ?? FIELDS[name] ?? '';
    return '';
  });
  const names = Object.keys(options);
  const day = isDay(date);
  if (
    !names.length ||
    /[{}]/.test(rest) ||
    names.some((name) => !Object.hasOwn(FIELDS, name) || (day && TIME.includes(name)))
  )
    return undefined;
  // A day is that calendar day wherever the reader is; an unknown zone: the reader's own.
  for (const zone of day ? ['UTC'] : [text(timeZone) || undefined, undefined]) {
    try {
      const parts = intl(
        `pattern ${zone} ${written}`,
        lang,
        (l) => new Intl.DateTimeFormat(l, {...options, hourCycle: 'h23', timeZone: zone}),
      ).formatToParts(date);
      return written.replace(
        TOKEN,
        (_, name: string) => parts.find((part) => part.type == name)?.value ?? '',
      );
    } catch {
      // A zone or a style Intl refuses: the next zone, then the language's own format.
    }
  }
  return undefined;
}
