import {html, type ReactiveController, type ReactiveControllerHost} from 'lit';
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

/** Which article a bookmark toggle is for, and where it is kept. */
export interface BookmarkSource {
  readonly articleId: string;
  /** `local`: the page's bookmark store; `none`: this page only. Anything else: `local`. */
  readonly storage?: string;
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

  /**
   * `source()` says which article and which store, read afresh whenever it matters (before each
   * update, and before a toggle or a script's change); `changed(old)` is told when `bookmarked`
   * changes (default: the host updates).
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly source: () => BookmarkSource,
    private readonly changed: (old: boolean) => void = () => host.requestUpdate(),
  ) {
    host.addController(this);
  }

  /** The article the source names now (empty: none, and no button). */
  get articleId(): string {
    // Read here too: a server render runs no controller hooks.
    this.#sync();
    return this.#articleId;
  }

  get bookmarked(): boolean {
    return this.#bookmarked;
  }

  /** Sets the bookmark from script: stored (every other toggle for the article follows), no event. */
  set bookmarked(value: boolean) {
    this.#sync();
    if (value === this.#bookmarked) return;
    this.#show(value);
    if (this.host.isConnected && this.#articleId) void this.#collection.set(this.#articleId, value);
  }

  hostConnected(): void {
    this.#sync();
    this.#watch();
  }

  hostUpdate(): void {
    this.#sync();
  }

  /** Follows the source's article and store, if they changed. */
  #sync(): void {
    const {articleId, storage} = this.source();
    const store = storage === 'none' ? 'none' : 'local';
    const storeChanged = store !== this.#storage;
    this.#storage = store;
    if (articleId === this.#articleId && !storeChanged) return;
    this.#articleId = articleId;
    if (storeChanged && this.#unwatch) this.#watch();
    else this.#read();
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
    this.#sync();
    const wanted = !this.#bookmarked;
    const event = new BookmarkChangeEvent(this.#articleId, wanted);
    this.#show(wanted);
    this.host.dispatchEvent(event);
    if (event.defaultPrevented) this.#show(!wanted);
    else if (this.#articleId) void this.#collection.set(this.#articleId, wanted);
  };
}

declare global {
  interface GlobalEventHandlersEventMap {
    'bookmark-change': BookmarkChangeEvent;
  }
}
