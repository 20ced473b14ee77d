/** The speeds the speed button cycles through when `rates` gives none that is valid. */
export const DEFAULT_RATES = [0.75, 1, 1.25, 1.5, 2];

/** The speeds of a `rates` value (`'0.75 1 1.5'`), slowest first: those from 0.25 to 4, else the default. */
export function parseRates(rates: unknown): number[] {
  const list = String(rates)
    .split(/[\s,]+/)
    .map(Number)
    .filter((r) => r >= 0.25 && r <= 4);
  return list.length ? list.sort((a, b) => a - b) : DEFAULT_RATES;
}

/**
 * The speed after `now` in `list`: the next up (`1`), down (`-1`), or up and round again to the
 * slowest (`0`, the speed button). `undefined` when there is none.
 */
export function nextRate(list: readonly number[], now: number, direction: 1 | -1 | 0) {
  return direction < 0
    ? list.findLast((r) => r < now)
    : (list.find((r) => r > now) ?? (direction ? now : list[0]));
}
