/** Seconds from `90`, `"90"`, `"1:30"` or `"1:02:03"`; `NaN` for anything else (or a negative). */
export function parseTime(value: string | number | null | undefined): number {
  const text = String(value ?? '').trim();
  if (!/^\d+(\.\d+)?$|^\d+(:[0-5]?\d){1,2}(\.\d+)?$/.test(text)) return NaN;
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

/** `0:00`, `27:33`, `1:02:03`, `25:00:00`; `--:--` when unknown. */
export const formatTime = (seconds: number): string =>
  seconds >= 0 && seconds < Infinity
    ? // Hours, then minutes and seconds: ":27:33" without hours, trimmed to "27:33" (or "0:09").
      `${Math.floor(seconds / 3600) || ''}:${new Date((seconds % 3600) * 1000)
        .toISOString()
        .slice(14, 19)}`.replace(/^:0?/, '')
    : '--:--';

/**
 * Each number said or shown, in each language, formatted once: a thousand players label the same
 * steps ("15 seconds") and speeds, and a playing one says at most sixty values of its minutes and
 * seconds. Building a formatter per call (`toLocaleString(lang)`) cost a thousand players about a
 * tenth of their render time; formatting on every render, about 20 ms of a profile of a thousand.
 */
const said = new Map<string, string>();
const once = (key: string, say: () => string) => said.get(key) ?? said.set(key, say()).get(key)!;

/** A duration in words, localised: 150 → "2 minutes 30 seconds" in `en`, "2 минуты 30 секунд" in `ru`. */
export function spokenTime(lang: string, seconds: number): string {
  const s = Number.isFinite(seconds) ? Math.floor(Math.max(0, seconds)) : 0;
  const parts: string[] = [];
  for (const [unit, n] of [
    ['hour', Math.floor(s / 3600)],
    ['minute', Math.floor(s / 60) % 60],
    ['second', s % 60],
  ] as const) {
    if (n || (!s && unit === 'second')) {
      parts.push(
        once(lang + unit + n, () =>
          new Intl.NumberFormat(lang, {style: 'unit', unit, unitDisplay: 'long'}).format(n),
        ),
      );
    }
  }
  return parts.join(' ');
}

/** A playback speed, localised: 1.25 → "1.25×" in `en`, "1,25×" in `fr`. */
export const formatRate = (lang: string, rate: number): string =>
  once(lang + rate, () => `${new Intl.NumberFormat(lang).format(rate)}×`);
