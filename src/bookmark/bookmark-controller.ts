import {css, html, type ReactiveController, type ReactiveControllerHost} from 'lit';
import {iconSvg} from '../icons/icon-svg.js';
import '../icons/set/bookmark.js';
import '../icons/set/bookmark-filled.js';
import {text} from '../shared/text.js';
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
 * The bookmark toggle of one article, drawn in its host's own shadow root: `<news-bookmark>` is
 * this and nothing else, and `<news-article>` draws one in its card without a nested element (a
 * thousand cards then make no thousand extra shadow roots). It follows the page's bookmark store,
 * so every toggle for the same article changes together, in this tab and in others.
 */
export class BookmarkController implements ReactiveController {
  #articleId = '';
  #storage: 'local' | 'none' = 'local';
  #bookmarked = false;
  #unwatch?: () => void;

  /** `changed(old)` is told when `bookmarked` changes (default: the host updates). */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly changed: (old: boolean) => void = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  get bookmarked(): boolean {
    return this.#bookmarked;
  }

  /** Sets the bookmark from script: stored (every other toggle for the article follows), no event. */
  set bookmarked(value: boolean) {
    if (value === this.#bookmarked) return;
    this.#show(value);
    if (this.host.isConnected && this.#articleId) void this.#collection.set(this.#articleId, value);
  }

  /**
   * Which article, and which store (`local`: the page's bookmark store; `none`: this page only).
   * Called by the host before each update; cheap when nothing changed.
   */
  follow(articleId: string, storage: 'local' | 'none' = 'local'): void {
    const storeChanged = storage !== this.#storage;
    this.#storage = storage;
    if (articleId === this.#articleId && !storeChanged) return;
    this.#articleId = articleId;
    if (storeChanged && this.#unwatch) this.#watch();
    else this.#read();
  }

  hostConnected(): void {
    this.#watch();
  }

  hostDisconnected(): void {
    this.#unwatch?.();
    this.#unwatch = undefined;
  }

  /** The toggle button, in the reader's language; `part` names it for the page's CSS. */
  button(lang: string, headline: string, part: string) {
    const title = text(headline);
    return html`<button
      class="icon-button bookmark"
      part=${part}
      type="button"
      aria-pressed=${this.#bookmarked ? 'true' : 'false'}
      aria-label=${title ? t(lang, 'bookmarkTitled', {title}) : t(lang, 'bookmark')}
      @click=${this.#toggle}
    >
      ${iconSvg(this.#bookmarked ? 'bookmark-filled' : 'bookmark')}
    </button>`;
  }

  get #collection() {
    return this.#storage === 'none' ? pageOnlyBookmarks : bookmarks;
  }

  #watch(): void {
    this.#unwatch?.();
    const collection = this.#collection;
    this.#unwatch = collection.watch(() => this.#read());
    void collection.ready.then(() => this.#read());
    this.#read();
  }

  /** Shows what the store holds, silently. */
  #read(): void {
    if (this.#articleId) this.#show(this.#collection.has(this.#articleId));
  }

  #show(value: boolean): void {
    const old = this.#bookmarked;
    if (value === old) return;
    this.#bookmarked = value;
    this.changed(old);
  }

  readonly #toggle = (): void => {
    const wanted = !this.#bookmarked;
    const event = new BookmarkChangeEvent(this.#articleId, wanted);
    this.#show(wanted);
    this.host.dispatchEvent(event);
    if (event.defaultPrevented) this.#show(!wanted);
    else if (this.#articleId) void this.#collection.set(this.#articleId, wanted);
  };
}

/** The toggle's own knobs and its pressed colour (with `iconButton`). */
export const bookmarkStyles = css`
  .bookmark {
    --_button-size: var(--news-bookmark-size, 2.25em);
    --_button-color: var(--news-bookmark-color, var(--_news-accent));
  }
  .bookmark[aria-pressed='true'] {
    color: var(--_button-color);
  }
`;
