import {LitElement, css, html, type PropertyValues} from 'lit';
import {define} from '../shared/define.js';
import {oneSheet} from '../shared/one-sheet.js';
import {iconSvg} from '../icons/icon-svg.js';
import {iconSvgStyles} from '../icons/icon-svg.styles.js';
import '../icons/set/bookmark.js';
import '../icons/set/bookmark-filled.js';
import {LocaleController} from '../shared/i18n.js';
import {tokens} from '../shared/tokens.js';
import {text} from '../shared/text.js';
import {iconButton} from '../shared/icon-button.styles.js';
import {bookmarks, pageOnlyBookmarks} from './bookmark-store.js';
import {t} from './news-bookmark.strings.js';

/** The reader toggled a bookmark. Cancelable: `preventDefault()` reverts the toggle. */
export class BookmarkChangeEvent extends Event {
  static readonly type = 'bookmark-change';
  constructor(
    readonly articleId: string,
    readonly bookmarked: boolean,
  ) {
    super(BookmarkChangeEvent.type, {bubbles: true, composed: true, cancelable: true});
  }
}

/**
 * A toggle button that bookmarks one article in the page's bookmark store: every
 * `<news-bookmark>` for the same article changes together, in this tab and in others.
 *
 * @summary Bookmark toggle for one article.
 * @tag news-bookmark
 * @fires {BookmarkChangeEvent} bookmark-change - The reader toggled the bookmark: `event.articleId`, `event.bookmarked`. Cancelable: `preventDefault()` reverts the toggle. Never fired for a change made by script.
 * @csspart button - The toggle button.
 * @cssprop [--news-bookmark-size=2.25em] - Size of the button.
 * @cssprop [--news-bookmark-color=var(--news-color-accent)] - Colour of the icon when bookmarked or hovered.
 */
export class NewsBookmark extends LitElement {
  static override properties = {
    articleId: {attribute: 'article-id'},
    headline: {},
    storage: {},
    bookmarked: {type: Boolean, reflect: true},
  };

  static override styles = oneSheet(
    tokens,
    iconButton,
    iconSvgStyles,
    css`
      :host {
        --_button-size: var(--news-bookmark-size, 2.25em);
        --_button-color: var(--news-bookmark-color, var(--_news-accent));
      }
      [aria-pressed='true'] {
        color: var(--_button-color);
      }
    `,
  );

  /** The article this bookmarks (`<news-article>` passes its own). */
  articleId = '';

  /** The article's headline, to name the button ("Bookmark: …") when there are several on a page. */
  headline = '';

  /** `local`: kept in the page's bookmark store (localStorage unless `bookmarks.useStore()` says otherwise); `none`: kept on this page only. */
  storage: 'local' | 'none' = 'local';

  /**
   * Whether the article is bookmarked; reflects the store. Set from script while the element is
   * on the page: stored (every other button for the article follows), no event.
   * @default false
   */
  get bookmarked(): boolean {
    return this.#bookmarked;
  }
  set bookmarked(value: boolean) {
    const old = this.#bookmarked;
    this.#bookmarked = value;
    this.requestUpdate('bookmarked', old);
    if (!this.#following && value !== old && this.isConnected && this.articleId) {
      void this.#collection.set(this.articleId, value);
    }
  }

  #bookmarked = false;
  #following = false;
  #unwatch?: () => void;
  readonly #locale = new LocaleController(this);

  get #collection() {
    return this.storage === 'none' ? pageOnlyBookmarks : bookmarks;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.isConnected && changed.has('storage') && changed.get('storage') !== undefined)
      this.#watch();
    else if (changed.has('articleId')) this.#follow();
  }

  protected override render() {
    const label = text(this.headline)
      ? t(this.#locale.lang, 'bookmarkTitled', {title: text(this.headline)})
      : t(this.#locale.lang, 'bookmark');
    return html`<button
      part="button"
      type="button"
      aria-pressed=${this.bookmarked ? 'true' : 'false'}
      aria-label=${label}
      @click=${this.#toggle}
    >
      ${iconSvg(this.bookmarked ? 'bookmark-filled' : 'bookmark')}
    </button>`;
  }

  #watch(): void {
    this.#unwatch?.();
    const collection = this.#collection;
    this.#unwatch = collection.watch(() => this.#follow());
    void collection.ready.then(() => this.#follow());
    this.#follow();
  }

  /** Shows what the store holds, silently. */
  #follow(): void {
    if (!this.articleId) return;
    this.#following = true;
    this.bookmarked = this.#collection.has(this.articleId);
    this.#following = false;
  }

  #toggle(): void {
    const wanted = !this.bookmarked;
    const event = new BookmarkChangeEvent(this.articleId, wanted);
    this.#following = true;
    this.bookmarked = wanted;
    this.#following = false;
    this.dispatchEvent(event);
    if (event.defaultPrevented) {
      this.#following = true;
      this.bookmarked = !wanted;
      this.#following = false;
    } else if (this.articleId) void this.#collection.set(this.articleId, wanted);
  }
}

define('news-bookmark', NewsBookmark);

declare global {
  interface HTMLElementTagNameMap {
    'news-bookmark': NewsBookmark;
  }
  interface GlobalEventHandlersEventMap {
    'bookmark-change': BookmarkChangeEvent;
  }
}
