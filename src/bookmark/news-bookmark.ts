import {LitElement} from 'lit';
import {property} from '../shared/property.js';
import {define} from '../shared/define.js';
import {oneSheet} from '../shared/one-sheet.js';
import {iconSvgStyles} from '../icons/icon-svg.styles.js';
import {LocaleController} from '../shared/i18n.js';
import {tokens} from '../shared/tokens.js';
import {iconButton, iconButtonHost} from '../shared/icon-button.styles.js';
import {BookmarkChangeEvent, BookmarkController} from './bookmark-controller.js';
import {bookmarkStyles} from './bookmark-button.styles.js';

export {BookmarkChangeEvent};

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
  static override styles = oneSheet(
    tokens,
    iconButtonHost,
    iconButton,
    iconSvgStyles,
    bookmarkStyles,
  );

  /** The article this bookmarks: any id of yours (a slug, a URL). */
  @property({attribute: 'article-id'}) articleId = '';

  /** The article's headline, to name the button ("Bookmark: …") when there are several on a page. */
  @property() headline = '';

  /** `local`: kept in the page's bookmark store (localStorage unless `bookmarks.useStore()` says otherwise); `none`: kept on this page only. */
  @property() storage: 'local' | 'none' = 'local';

  readonly #locale = new LocaleController(this);
  readonly #bookmark = new BookmarkController(
    this,
    () => this,
    (old) => this.requestUpdate('bookmarked', old),
  );

  /**
   * Whether the article is bookmarked; reflects the store. Set from script while the element is
   * on the page: stored (every other button for the article follows), no event.
   * @default false
   */
  @property({type: Boolean, reflect: true}) get bookmarked(): boolean {
    return this.#bookmark.bookmarked;
  }
  set bookmarked(value: boolean) {
    this.#bookmark.bookmarked = value;
  }

  protected override render() {
    return this.#bookmark.button(this.#locale.lang, this.headline, 'button');
  }
}

define('news-bookmark', NewsBookmark);

declare global {
  interface HTMLElementTagNameMap {
    'news-bookmark': NewsBookmark;
  }
}
