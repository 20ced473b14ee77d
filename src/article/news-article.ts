import {LitElement, html, nothing, type PropertyValues} from 'lit';
import {property} from '../shared/property.js';
import {define} from '../shared/define.js';
import {BookmarkController} from '../bookmark/bookmark-controller.js';
import {ShareController} from '../share/share-controller.js';
// The card draws its own buttons; these still define <news-bookmark> and <news-share> for pages
// that import only this module and use them alone too, as they always could.
import '../bookmark/news-bookmark.js';
import '../share/news-share.js';
import {LocaleController} from '../shared/i18n.js';
import {safeLink, safeUrl} from '../shared/safe-url.js';
import {text} from '../shared/text.js';
import {styles} from './news-article.styles.js';
import {formatDate, parseDate} from './dates.js';
import type {RelativeClock} from './relative-clock.js';
import type {BodyWords} from './body-words.js';
import {headings, linkTo} from './headings.js';
import {parseTags, tagList} from './tag-list.js';
import {t} from './news-article.strings.js';

/** The JSON-LD script this element writes into its light DOM (and the only one it ever removes). */
const JSON_LD = 'script[type="application/ld+json"][data-news-article]';

/** Code loaded on first use: the clock (relative dates, date patterns), the JSON-LD writer. */
let clockCode: Promise<typeof import('./relative-clock.js')> | undefined;
let wordsCode: Promise<typeof import('./body-words.js')> | undefined;
let jsonLdCode: Promise<typeof import('./structured-data.js')> | undefined;

/**
 * A news story: a teaser card that links to it, or the full article. The body is the element's
 * own children, so it stays in the page for search engines, reader mode and translation.
 *
 * @summary Article card or full article, with bookmark and share.
 * @tag news-article
 * @slot - The article body (full layout): paragraphs, quotes, images. Kept in the page's own DOM.
 * @fires {BookmarkChangeEvent} bookmark-change - From its bookmark button: the reader toggled the bookmark (cancelable: a veto reverts it).
 * @fires {ShareRequestEvent} share-request - From its share button: the reader pressed it (cancelable: prevents the default share).
 * @fires {ShareCompleteEvent} share-complete - From its share button: the story went to a target.
 * @csspart frame - The article: the card's border, background and padding; the full layout's reading width and centring (`margin-inline: 0` aligns it to its container).
 * @csspart image - The image box (its aspect ratio is reserved before the image loads).
 * @csspart section - The section label (a link inside with `section-href`).
 * @csspart headline - The headline (a link to `href` in the card layout).
 * @csspart meta - Author, date and reading time.
 * @csspart date - The date (a `<time>`).
 * @csspart reading-time - The reading time (full layout; `display: none` hides it).
 * @csspart lede - The standfirst.
 * @csspart body - The wrapper of the slotted body.
 * @csspart actions - The bookmark and share buttons.
 * @csspart bookmark-button - The bookmark toggle, drawn in the article itself (`--news-bookmark-size` and `--news-bookmark-color` apply).
 * @csspart share-button - The share button, drawn in the article itself (the `--news-share-*` knobs apply).
 * @csspart share-menu - The share button's fallback menu.
 * @csspart share-item - Each target in that menu.
 * @csspart tags - The list of tags.
 * @csspart tag - Each tag (a link inside with `tag-href`).
 * @cssprop [--news-article-accent=var(--news-color-accent)] - Section label, quotes and link hover.
 * @cssprop [--news-article-surface=var(--news-color-surface)] - Card background.
 * @cssprop [--news-article-text=var(--news-color-text)] - Text colour.
 * @cssprop [--news-article-muted=var(--news-color-muted)] - Meta and card lede colour.
 * @cssprop [--news-article-radius=var(--news-radius)] - Card and image corner radius.
 * @cssprop [--news-article-padding=var(--news-space)] - Card padding.
 * @cssprop [--news-article-headline-font=var(--news-font-family-heading)] - Headline and quote font.
 * @cssprop [--news-article-headline-size=1.25em] - Headline size (full layout: fluid, up to 2.75em).
 * @cssprop [--news-article-image-ratio=16 / 9] - Aspect ratio of the image box.
 * @cssprop [--news-article-max-width=42em] - Reading width of the full layout.
 * @cssprop [--news-article-body-size=1em] - Text size of the full layout's body (by default the page's own text size).
 * @cssprop [--news-bookmark-size=2.25em] - Size of the bookmark button.
 * @cssprop [--news-bookmark-color=var(--news-color-accent)] - Colour of the bookmark icon when bookmarked or hovered.
 * @cssprop [--news-share-size=2.25em] - Size of the share button.
 * @cssprop [--news-share-color=var(--news-color-accent)] - Colour of the share icon when hovered.
 * @cssprop [--news-share-menu-surface=var(--news-color-surface)] - Background of the share menu.
 * @cssprop [--news-space=1em] - Shared theme token: the padding `--news-article-padding` falls back to.
 * @cssprop [--news-font-family-heading=Georgia, serif] - Shared theme token: the font `--news-article-headline-font` falls back to.
 */
export class NewsArticle extends LitElement {
  static override styles = styles;

  /** The headline. */
  @property() headline = '';
  /** Canonical URL of the story (http or https). The card's headline links to it; share uses it. */
  @property() href = '';
  /** Identifies the story for bookmarks; empty: the `href`. */
  @property({attribute: 'article-id'}) articleId = '';
  /** ISO 8601 (`2010-05-20T15:12:00+04:00`, or a day: `2010-05-20`), shown in a `<time>` in the reader's language. A time without an offset is read in `time-zone`. Anything else is left out. */
  @property() datetime = '';
  /** The date in a pattern of your own: text and `{day}`, `{month}`, `{year}`, `{hour}`, `{minute}`, `{weekday}` (or `{month:short}` … with Intl's styles); `{day} {month}, {year} {hour}:{minute}` gives "20 May, 2010 15:12", in the reader's language. An invalid pattern gives the language's own format, as does the moment before its code loads (docs/elements/news-article.md). */
  @property({attribute: 'date-format'}) dateFormat = '';
  /** `absolute`: "20 May 2010 at 15:12"; `relative`: "2 hours ago", kept up to date while shown (the full date is its tooltip). */
  @property({attribute: 'date-style'}) dateStyle: 'absolute' | 'relative' = 'absolute';
  /** IANA time zone the date is shown in, and a time without an offset is read in, e.g. `Europe/Moscow`; empty: the reader's. */
  @property({attribute: 'time-zone'}) timeZone = '';
  /** The standfirst: one or two sentences under the headline. */
  @property() lede = '';
  /** Image URL (http or https). Its box is reserved at `--news-article-image-ratio` before it loads. */
  @property() image = '';
  /** Text alternative of the image; empty when it is decorative. */
  @property({attribute: 'image-alt'}) imageAlt = '';
  /** Byline: the author's name. */
  @property() author = '';
  /** Label above the headline ("World"). */
  @property() section = '';
  /** The section's page: the label links to it (http(s), or a path on this site). */
  @property({attribute: 'section-href'}) sectionHref = '';
  /** Comma-separated tags, drawn with the tag icon (full layout). */
  @property() tags = '';
  /** The tags' pages: a URL with `{tag}` where each tag goes, e.g. `/tags/{tag}` (http(s), or a path on this site); each tag then links to its page. */
  @property({attribute: 'tag-href'}) tagHref = '';
  /** Level of the headline, 1–6; anything else gives 2. */
  @property({attribute: 'heading-level'}) headingLevel: number | string = 2;
  /** `card`: a teaser that links to the story; `full`: the whole article. Anything else gives a card. */
  @property({reflect: true, useDefault: true}) layout: 'card' | 'full' = 'card';
  /** Adds schema.org NewsArticle JSON-LD (headline, datePublished, author, image, url) as a `<script type="application/ld+json">` child, escaped so no field can end the script. */
  @property({type: Boolean, attribute: 'structured-data'}) structuredData = false;

  readonly #locale = new LocaleController(this);
  /** Keeps a relative date true, writes a date pattern (its code loads with the first shown). */
  #clock?: RelativeClock;
  #clockLoading?: Promise<unknown>;
  /** Counts the body's words for the reading time (full layout; its code loads with the first). */
  #words?: BodyWords;
  #wordsLoading?: Promise<unknown>;
  /** The date shown, read from `datetime` and `time-zone` before each render. */
  #date?: Date | undefined;
  /** The story's id for bookmarks: its `article-id`, else its link. */
  readonly #bookmark = new BookmarkController(this, () => ({
    articleId: text(this.articleId) || safeLink(this.href) || '',
  }));
  readonly #share = new ShareController(this, () => ({
    url: safeLink(this.href) ?? '',
    title: text(this.headline),
    text: text(this.lede),
    targets: '',
  }));

  /** The layout actually drawn (an unknown value draws a card). */
  get #full(): boolean {
    return this.layout === 'full';
  }

  protected override render() {
    const lang = this.#locale.lang;
    const full = this.#full;
    const href = safeLink(this.href);
    const image = safeUrl(this.image);
    const headline = text(this.headline);
    // Nothing to bookmark without an id, nothing to share without a link of its own.
    const bookmark = !!this.#bookmark.articleId;
    const heading = headings[Math.trunc(Number(this.headingLevel)) - 1] ?? headings[1]!;
    // One line: no text nodes around the image, which a thousand cards would each draw.
    // prettier-ignore
    const imageBox = image
      ? html`<div part="image"><img src=${image} alt=${this.imageAlt} loading="lazy" decoding="async" /></div>`
      : nothing;
    const section = text(this.section);
    return html`<article part="frame" class=${full ? 'full' : 'card'}>
      ${full ? nothing : imageBox}
      ${section
        ? html`<p part="section"><a href=${linkTo(this.sectionHref)}>${section}</a></p>`
        : nothing}
      ${headline ? heading(linkTo(full ? '' : href), headline) : nothing} ${this.#renderMeta(lang)}
      ${text(this.lede) ? html`<p part="lede" dir="auto">${text(this.lede)}</p>` : nothing}
      ${full
        ? html`${imageBox}
            <div part="body"><slot @slotchange=${this.#words?.watch}></slot></div>`
        : nothing}
      <div part="actions">
        ${bookmark ? this.#bookmark.button(lang, headline, 'bookmark-button') : nothing}
        ${href ? this.#share.render(lang, 'share-') : nothing}
      </div>
      ${full ? tagList(t(lang, 'tags'), parseTags(this.tags), this.tagHref) : nothing}
    </article>`;
  }

  protected override willUpdate(): void {
    this.#date = parseDate(this.datetime, this.timeZone);
    const relative = this.dateStyle === 'relative' ? this.#date : undefined;
    // On a server (no DOM) nothing loads: the date is drawn in full until the clock is in.
    if ((relative || text(this.dateFormat)) && this.isConnected) {
      this.#clockLoading ??= this.#use((clockCode ??= import('./relative-clock.js')), (code) => {
        this.#clock = new code.RelativeClock(this);
      });
    }
    this.#clock?.watch(relative);
    // Cards show no reading time: only a full article loads the code that counts its words.
    if (this.#full && this.isConnected) {
      this.#wordsLoading ??= this.#use((wordsCode ??= import('./body-words.js')), (code) => {
        this.#words = new code.BodyWords(this);
      });
    }
  }

  /** Code loaded on first use: `start` makes its controller, then a redraw (if it cannot load, the article goes without: the date in full, no reading time). */
  #use<T>(code: Promise<T>, start: (code: T) => void): Promise<void> {
    return code.then(
      (loaded) => {
        start(loaded);
        this.requestUpdate();
      },
      () => undefined,
    );
  }

  #renderMeta(lang: string) {
    const date = this.#date;
    const author = text(this.author);
    const minutes = this.#words?.readingTime(lang);
    const clock = this.#clock;
    if (!date && !author && !minutes) return nothing;
    const shown =
      date &&
      (clock
        ? clock.format(lang, date, this.timeZone, this.dateFormat)
        : formatDate(lang, date, this.timeZone));
    const said = date && this.dateStyle === 'relative' && clock?.words(lang, date);
    return html`<p part="meta">
      ${author ? html`<span>${t(lang, 'byline', {author})}</span>` : nothing}
      ${date
        ? html`<time part="date" datetime=${date.toISOString()} title=${said ? shown : nothing}
            >${said || shown}</time
          >`
        : nothing}
      ${minutes
        ? html`<span part="reading-time">${t(lang, 'readingTime', {minutes})}</span>`
        : nothing}
    </p>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Attributes change rarely: rewriting the JSON-LD on each update keeps it simply in step.
    if (this.structuredData || changed.has('structuredData')) {
      this.#jsonLd = this.#writeStructuredData();
    }
  }

  /** The JSON-LD of the last update, written (its code loads on first use). */
  #jsonLd?: Promise<void>;

  /** Resolves once the update, the date code it loaded, and the JSON-LD it wrote, are done. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // An update that loaded the clock or the word counter asks for one more once it is in.
    for (const loading of [this.#clockLoading, this.#wordsLoading]) {
      if (loading) done = await loading.then(() => super.getUpdateComplete());
    }
    await this.#jsonLd;
    return done;
  }

  async #writeStructuredData(): Promise<void> {
    if (!this.structuredData) return this.querySelector(`:scope > ${JSON_LD}`)?.remove();
    try {
      // Its fields are read once the code is in: the properties may have changed meanwhile.
      (await (jsonLdCode ??= import('./structured-data.js'))).writeJsonLd(
        this,
        JSON_LD,
        () =>
          this.structuredData && {
            headline: text(this.headline),
            url: safeLink(this.href),
            datePublished: this.#date,
            author: text(this.author),
            image: safeUrl(this.image),
          },
      );
    } catch {
      // The code could not be fetched (offline, a new deploy): the card goes without.
    }
  }
}

define('news-article', NewsArticle);

declare global {
  interface HTMLElementTagNameMap {
    'news-article': NewsArticle;
  }
}
