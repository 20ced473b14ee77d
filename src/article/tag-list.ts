import {html, nothing} from 'lit';
import {iconSvg} from '../icons/icon-svg.js';
import '../icons/set/tag.js';
import {text} from '../shared/text.js';
import {linkTo} from './headings.js';

/**
 * `"NATO, Russia,, missile defense"` → `['NATO', 'Russia', 'missile defense']`. A "tag" of dots
 * alone is none (in a link it would climb the path: `/tags/../feed` is `/feed`).
 */
export const parseTags = (tags: unknown): string[] =>
  text(tags)
    .split(',')
    .map((tag) => tag.trim())
    .filter((tag) => /[^.]/.test(tag));

/**
 * The tags as a list named `label`, each drawn with the tag icon; with a `pattern` such as
 * `/tags/{tag}`, each links to its page (the tag URL-encoded where `{tag}` stands).
 */
export const tagList = (label: string, tags: string[], pattern: unknown) =>
  tags.length
    ? html`<ul part="tags" aria-label=${label}>
        ${tags.map(
          (tag) =>
            html`<li part="tag">
              <a
                href=${linkTo(
                  text(pattern).replaceAll('{tag}', encodeURIComponent(tag.toWellFormed())),
                )}
                >${iconSvg('tag')}${tag}</a
              >
            </li>`,
        )}
      </ul>`
    : nothing;
