import {css} from '../shared/css.js';
import {tokens} from '../shared/tokens.js';
import {oneSheet} from '../shared/one-sheet.js';
import {iconSvgStyles} from '../icons/icon-svg.styles.js';
import {iconButton} from '../shared/icon-button.styles.js';
import {bookmarkStyles} from '../bookmark/bookmark-button.styles.js';
import {shareStyles} from '../share/share-button.styles.js';

export const styles = oneSheet(
  tokens,
  iconSvgStyles,
  iconButton,
  bookmarkStyles,
  shareStyles,
  css`
    :host {
      --_accent: var(--news-article-accent, var(--_news-accent));
      --_surface: var(--news-article-surface, var(--_news-surface));
      --_text: var(--news-article-text, var(--_news-text));
      --_muted: var(--news-article-muted, var(--_news-muted));
      --_radius: var(--news-article-radius, var(--_news-radius));
      --_padding: var(--news-article-padding, var(--news-space, 1em));
      --_headline-font: var(
        --news-article-headline-font,
        var(--news-font-family-heading, Georgia, serif)
      );
      --_image-ratio: var(--news-article-image-ratio, 16 / 9);
      /* No default here: each layout has its own (below). */
      --_headline-size: var(--news-article-headline-size);
      --_measure: var(--news-article-max-width, 42em);
      --_body-size: var(--news-article-body-size, 1em);
      display: block;
      color: var(--_text);
      font-family: var(--_news-font);
      line-height: 1.55;
    }
    :host([hidden]) {
      display: none;
    }
    /* A card is any layout but full. */
    :host(:not([layout='full'])) {
      content-visibility: auto;
      contain-intrinsic-block-size: auto 14em;
    }
    article {
      display: flex;
      flex-direction: column;
      gap: 0.5em;
      block-size: 100%;
      box-sizing: border-box;
      overflow-wrap: anywhere;
    }
    .card {
      overflow: hidden;
      padding: var(--_padding) var(--_padding) calc(var(--_padding) / 2);
      border: 1px solid var(--_news-border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .card > [part='image'] {
      margin: calc(-1 * var(--_padding)) calc(-1 * var(--_padding)) 0.25em;
    }
    .full {
      max-inline-size: var(--_measure);
      margin-inline: auto;
      /* The headline's fluid size (cqi) follows the article's width. Cards skip the extra
         layout pass a size container costs. */
      container-type: inline-size;
    }
    [part='image'] {
      margin: 0.5em 0;
      aspect-ratio: var(--_image-ratio);
      overflow: hidden;
      background: color-mix(in srgb, var(--_muted) 15%, transparent);
    }
    .full [part='image'] {
      border-radius: var(--_radius);
    }
    img {
      display: block;
      inline-size: 100%;
      block-size: 100%;
      object-fit: cover;
    }
    [part='section'] {
      margin: 0;
      color: var(--_accent);
      font-size: 0.75em;
      font-weight: 700;
      letter-spacing: 0.06em;
      text-transform: uppercase;
    }
    [part='headline'] {
      margin: 0;
      font-family: var(--_headline-font);
      font-size: var(--_headline-size, 1.25em);
      font-weight: 700;
      line-height: 1.2;
    }
    .full [part='headline'] {
      text-wrap: balance;
      font-size: var(--_headline-size, clamp(1.75em, 5cqi, 2.75em));
    }
    /* The headline's and the section's link. */
    a {
      color: inherit;
      text-decoration: none;
    }
    a[href]:hover {
      color: var(--_accent);
    }
    [part='meta'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0 0.75em;
      margin: 0;
      color: var(--_muted);
      font-size: 0.8125em;
    }
    [part='meta'] > * + *::before {
      content: '·';
      margin-inline-end: 0.75em;
    }
    [part='lede'] {
      margin: 0;
    }
    .full [part='lede'] {
      font-size: 1.2em;
      line-height: 1.5;
    }
    .card [part='lede'] {
      color: var(--_muted);
      font-size: 0.9375em;
      display: -webkit-box;
      -webkit-line-clamp: 3;
      -webkit-box-orient: vertical;
      overflow: hidden;
    }
    [part='body'] {
      font-size: var(--_body-size);
      line-height: 1.7;
    }
    ::slotted(p) {
      margin: 0 0 1em;
    }
    ::slotted(blockquote) {
      margin: 1.5em 0;
      padding-block: 0.25em;
      padding-inline-start: 1.25em;
      border-inline-start: 4px solid var(--_accent);
      font-family: var(--_headline-font);
      font-size: 1.15em;
      font-style: italic;
      line-height: 1.5;
    }
    ::slotted(h2),
    ::slotted(h3) {
      margin: 1.5em 0 0.5em;
      font-family: var(--_headline-font);
      line-height: 1.25;
    }
    ::slotted(img),
    ::slotted(figure) {
      max-inline-size: 100%;
      block-size: auto;
      margin: 1em 0;
    }
    [part='actions'] {
      color: var(--_news-muted);
      display: flex;
      gap: 0.25em;
      align-items: center;
      margin: auto -0.5em 0;
    }
    .full [part='actions'] {
      margin: 0;
      border-block: 1px solid var(--_news-border);
    }
    [part='tags'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin: 0;
      padding: 0;
      list-style: none;
    }
    /* Each tag a pill; its <a> (a link with tag-href) fills it: all of it takes the click. */
    [part='tags'] li {
      display: flex;
      border-radius: 9em;
      background: color-mix(in srgb, var(--_muted) 14%, transparent);
      font-size: 0.8125em;
    }
    [part='tags'] a {
      display: inline-flex;
      gap: 0.35em;
      align-items: center;
      padding: 0.2em 0.7em;
    }
  `,
);
