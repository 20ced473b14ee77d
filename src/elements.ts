// Every element, the whole icon set, and the public API: what the package's entry and the
// one-file bundle share (they differ in how translations arrive).
export {NewsIcon, IconErrorEvent, registerIcons} from './icons/news-icon.js';
export {resolveIcon, normaliseIconName, type Icon} from './icons/registry.js';
export * from './icons/all.js';
export {NewsArticle} from './article/news-article.js';
export {NewsBookmark, BookmarkChangeEvent} from './bookmark/news-bookmark.js';
export {
  bookmarks,
  Bookmarks,
  BookmarksChangeEvent,
  localBookmarkStore,
  type BookmarkStore,
} from './bookmark/bookmark-store.js';
export {NewsShare, ShareRequestEvent, ShareCompleteEvent} from './share/news-share.js';
export {shareTargets, type ShareTarget} from './share/share-targets.js';
export {PodcastPlayer} from './podcast/podcast-player.js';
export type {ChapterInput, EpisodeInput} from './podcast/player-host.js';
export {setStrings, addTranslation, languages, type Language} from './shared/i18n.js';
