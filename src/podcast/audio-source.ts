import {safeUrl} from '../shared/safe-url.js';
import {parseTime} from './time.js';

/** An episode's absolute URL without its `#t=` fragment: one place per file, however it is written. */
export const episodeKey = (src: unknown): string => safeUrl(src, true)?.split('#')[0] ?? '';

/** The player's `<source>` children (alternative formats, used when `src` is not set). */
export const sourcesOf = (host: Element): HTMLSourceElement[] => [
  ...(host.querySelectorAll?.('source') ?? []),
];

/**
 * Whether there is audio the player may play: `src` (checked, http(s) or blob) or a `<source>`
 * that is. A server, which cannot read the children, assumes so.
 */
export const hasSource = (host: Element, src: string | undefined): boolean =>
  !!src || !host.querySelectorAll || sourcesOf(host).some((s) => safeUrl(s.src, true));

/** Where an episode starts: `start`, else its URL's media fragment (`#t=90`), else 0. */
export const startOf = (start: number, src: string): number =>
  start || parseTime(/^[^#]*#.*\bt=(?:npt:)?([\d.:]+)/.exec(src)?.[1]) || 0;
