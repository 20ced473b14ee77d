import {LocalStore} from '../shared/local-store.js';

/**
 * Where bookmarks are kept. The default keeps them in localStorage; a site can plug in its own,
 * for instance one synced to the reader's account. Every method may be async.
 */
export interface BookmarkStore {
  /** Every bookmarked article id. */
  load(): Iterable<string> | Promise<Iterable<string>>;
  /** Adds (`true`) or removes (`false`) one article. */
  set(articleId: string, bookmarked: boolean): void | Promise<void>;
  /** Optional: reports the whole set when it changes elsewhere (another tab, another device). */
  subscribe?(listener: (ids: Iterable<string>) => void): () => void;
}

/** The localStorage key the default store uses. */
export const BOOKMARKS_KEY = 'newsroom-elements:bookmarks';

const parseIds = (value: unknown): string[] | undefined =>
  Array.isArray(value) && value.every((id) => typeof id === 'string') ? value : undefined;

/**
 * The default store: a JSON array of ids in localStorage. Each change re-reads storage first, so
 * two tabs writing at once do not undo each other; other tabs follow through the `storage` event.
 */
export function localBookmarkStore(key = BOOKMARKS_KEY): BookmarkStore {
  const store = new LocalStore(key, parseIds);
  return {
    // On a server there is no storage: nothing is bookmarked there (and nothing warned).
    load: () => ('localStorage' in globalThis && store.read()) || [],
    set(articleId, bookmarked) {
      const ids = new Set(store.read());
      if (bookmarked) ids.add(articleId);
      else ids.delete(articleId);
      store.write([...ids]);
    },
    subscribe(listener) {
      const onStorage = (event: StorageEvent) => {
        if (event.key === key || event.key === null) listener(store.read() ?? []);
      };
      window.addEventListener('storage', onStorage);
      return () => window.removeEventListener('storage', onStorage);
    },
  };
}

/** A store that keeps nothing beyond the page (`storage="none"`). */
export const memoryBookmarkStore = (): BookmarkStore => ({load: () => [], set() {}});

const storeFailed = (error: unknown) =>
  console.warn(
    'newsroom-elements: the bookmark store failed; bookmarks are kept on this page only.',
    error,
  );

/** The set of bookmarks changed: `ids` is the whole set now. */
export class BookmarksChangeEvent extends Event {
  static readonly type = 'change';
  constructor(readonly ids: readonly string[]) {
    super(BookmarksChangeEvent.type);
  }
}

/**
 * The page's bookmarks: what every `<news-bookmark>` shows and changes. Read it with `has()` and
 * `list()`, empty it with `clear()`, and listen for `change`. `useStore()` swaps the store.
 */
export class Bookmarks extends EventTarget {
  #ids = new Set<string>();
  #store: BookmarkStore;
  #watchers = new Set<() => void>();
  #unsubscribe?: () => void;
  /** Resolves once the store's bookmarks have been read. */
  ready: Promise<void> = Promise.resolve();

  constructor(store: BookmarkStore) {
    super();
    this.#store = store;
    this.#load();
  }

  /** Replaces the store (for instance with one synced to the reader's account) and reloads. */
  useStore(store: BookmarkStore): void {
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    this.#store = store;
    this.#load();
    if (this.#watchers.size) this.#subscribe();
  }

  has(articleId: string): boolean {
    return this.#ids.has(articleId);
  }

  list(): string[] {
    return [...this.#ids];
  }

  /** Bookmarks or un-bookmarks one article, on the page at once and in the store. */
  async set(articleId: string, bookmarked: boolean): Promise<void> {
    if (this.#ids.has(articleId) === bookmarked) return;
    const ids = new Set(this.#ids);
    if (bookmarked) ids.add(articleId);
    else ids.delete(articleId);
    this.#replace(ids);
    try {
      await this.#store.set(articleId, bookmarked);
    } catch (error) {
      storeFailed(error);
    }
  }

  /** Removes every bookmark. */
  async clear(): Promise<void> {
    await Promise.all(this.list().map((id) => this.set(id, false)));
  }

  /** Calls `listener` on every change while subscribed; returns the unsubscribe. Used by the elements. */
  watch(listener: () => void): () => void {
    this.#watchers.add(listener);
    if (this.#watchers.size === 1) this.#subscribe();
    return () => {
      this.#watchers.delete(listener);
      if (!this.#watchers.size) {
        this.#unsubscribe?.();
        this.#unsubscribe = undefined;
      }
    };
  }

  #subscribe(): void {
    this.#unsubscribe = this.#store.subscribe?.((ids) => this.#replace(new Set(ids)));
  }

  #load(): void {
    const store = this.#store;
    this.ready = (async () => {
      try {
        const ids = await store.load();
        if (store === this.#store) this.#replace(new Set(ids));
      } catch (error) {
        storeFailed(error);
      }
    })();
  }

  #replace(ids: Set<string>): void {
    const same = ids.size === this.#ids.size && [...ids].every((id) => this.#ids.has(id));
    this.#ids = ids;
    if (same) return;
    for (const watcher of this.#watchers) watcher();
    const event = new BookmarksChangeEvent(this.list());
    this.dispatchEvent(event);
  }
}

/** The page's bookmarks, kept in localStorage unless `bookmarks.useStore()` says otherwise. */
export const bookmarks = new Bookmarks(localBookmarkStore());

/** Bookmarks of elements with `storage="none"`: shared on the page, kept nowhere. */
export const pageOnlyBookmarks = new Bookmarks(memoryBookmarkStore());
