import {html, nothing} from 'lit';
import {safeUrl} from '../shared/safe-url.js';
import {sourcesOf} from './audio-source.js';

// Loaded with the code that listens to the audio (see MediaController.wire): a player draws no
// `<audio>` before then, so a page of players nobody plays never loads this either.

/** The `<audio>` for `src` (checked) or the host's `<source>` children, each checked. */
export const audioFor = (host: Element, src: string | undefined, preload: string, muted: boolean) =>
  html`<audio preload=${preload} src=${src ?? nothing} .muted=${muted}>
    ${sourcesOf(host).map(
      (s) => html`<source src=${safeUrl(s.src, true) ?? nothing} type=${s.type || nothing} />`,
    )}
  </audio>`;
