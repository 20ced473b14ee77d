// The attributes, properties and events of each element, for the JSX and Vue typings
// (`newsroom-elements/jsx-react`, `newsroom-elements/jsx-preact`, `newsroom-elements/vue`).
import type {NewsIcon, IconErrorEvent} from '../icons/news-icon.js';
import type {NewsArticle} from '../article/news-article.js';
import type {NewsBookmark, BookmarkChangeEvent} from '../bookmark/news-bookmark.js';
import type {NewsShare, ShareRequestEvent, ShareCompleteEvent} from '../share/news-share.js';
import type {PodcastPlayer} from '../podcast/podcast-player.js';

/** Attribute values as markup writes them. */
type AttributeValue = string | number | boolean;

/** Some of `E`'s properties, plus its kebab-case attributes `A`. */
type Props<E, K extends keyof E, A extends string = never> = Partial<Pick<E, K>> & {
  [P in A]?: AttributeValue;
};

export interface NewsIconEventMap {
  'icon-error': IconErrorEvent;
}
export interface NewsArticleEventMap {
  'bookmark-change': BookmarkChangeEvent;
  'share-request': ShareRequestEvent;
  'share-complete': ShareCompleteEvent;
}
export interface NewsBookmarkEventMap {
  'bookmark-change': BookmarkChangeEvent;
}
export interface NewsShareEventMap {
  'share-request': ShareRequestEvent;
  'share-complete': ShareCompleteEvent;
}
export interface PodcastPlayerEventMap {
  play: Event;
  pause: Event;
  ended: Event;
  error: Event;
  ratechange: Event;
  timeupdate: Event;
}

export type NewsIconProps = Props<NewsIcon, 'name' | 'label'>;
export type NewsArticleProps = Props<
  NewsArticle,
  | 'headline'
  | 'href'
  | 'articleId'
  | 'datetime'
  | 'dateStyle'
  | 'timeZone'
  | 'lede'
  | 'image'
  | 'imageAlt'
  | 'author'
  | 'section'
  | 'tags'
  | 'headingLevel'
  | 'layout'
  | 'structuredData',
  'article-id' | 'date-style' | 'time-zone' | 'image-alt' | 'heading-level' | 'structured-data'
>;
export type NewsBookmarkProps = Props<
  NewsBookmark,
  'articleId' | 'headline' | 'storage' | 'bookmarked',
  'article-id'
>;
export type NewsShareProps = Props<NewsShare, 'url' | 'title' | 'text' | 'targets'>;
export type PodcastPlayerProps = Props<
  PodcastPlayer,
  | 'src'
  | 'title'
  | 'show'
  | 'artwork'
  | 'declaredDuration'
  | 'preload'
  | 'stepBack'
  | 'stepForward'
  | 'rates'
  | 'start'
  | 'muted'
  | 'download'
  | 'resume'
  | 'concurrent'
  | 'showRemaining'
  | 'currentTime'
  | 'playbackRate',
  'step-back' | 'step-forward' | 'show-remaining'
>;
// Not `duration`: frameworks that find a property of that name set it, and the player's
// `duration` is its real length, read-only. The declared one is `declaredDuration`.

/**
 * Listeners as React 19 and Preact take them on a custom element: `on` + the event's own name
 * (`onbookmark-change`, `onplay`), added with addEventListener.
 */
export type DomListeners<M> = {
  [K in keyof M as `on${K & string}`]?: (event: M[K]) => void;
};

type Camel<S extends string> = S extends `${infer A}-${infer B}`
  ? `${A}${Capitalize<Camel<B>>}`
  : S;

/** Listeners as Vue templates write them (`@bookmark-change`), typed as Vue sees them (`onBookmarkChange`). */
export type VueListeners<M> = {
  [K in keyof M as `on${Capitalize<Camel<K & string>>}`]?: (event: M[K]) => void;
};

/** Every element: its class, its props and its events. */
export interface NewsroomElements {
  'news-icon': {element: NewsIcon; props: NewsIconProps; events: NewsIconEventMap};
  'news-article': {element: NewsArticle; props: NewsArticleProps; events: NewsArticleEventMap};
  'news-bookmark': {element: NewsBookmark; props: NewsBookmarkProps; events: NewsBookmarkEventMap};
  'news-share': {element: NewsShare; props: NewsShareProps; events: NewsShareEventMap};
  'podcast-player': {
    element: PodcastPlayer;
    props: PodcastPlayerProps;
    events: PodcastPlayerEventMap;
  };
}
