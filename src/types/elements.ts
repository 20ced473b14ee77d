// The attributes, properties and events of each element, for the JSX and Vue typings
// (`newsroom-elements/jsx-react`, `newsroom-elements/jsx-preact`, `newsroom-elements/vue`).
// Built on src/types/generated.ts, which `npm run typings` writes from the manifest.
import type {NewsIcon} from '../icons/news-icon.js';
import type {NewsArticle} from '../article/news-article.js';
import type {NewsBookmark} from '../bookmark/news-bookmark.js';
import type {NewsShare} from '../share/news-share.js';
import type {PodcastPlayer} from '../podcast/podcast-player.js';
import type {ElementTypings} from './generated.js';

/** Attribute values as markup writes them. */
type AttributeValue = string | number | boolean;

/** An element's settable properties, plus its attributes named unlike a property (`article-id`). */
type Props<T extends keyof ElementTypings> = Partial<
  Pick<HTMLElementTagNameMap[T], ElementTypings[T]['properties'] & keyof HTMLElementTagNameMap[T]>
> & {
  [A in ElementTypings[T]['attributes']]?: AttributeValue;
};

export type NewsIconEventMap = ElementTypings['news-icon']['events'];
export type NewsArticleEventMap = ElementTypings['news-article']['events'];
export type NewsBookmarkEventMap = ElementTypings['news-bookmark']['events'];
export type NewsShareEventMap = ElementTypings['news-share']['events'];
export type PodcastPlayerEventMap = ElementTypings['podcast-player']['events'];

export type NewsIconProps = Props<'news-icon'>;
export type NewsArticleProps = Props<'news-article'>;
export type NewsBookmarkProps = Props<'news-bookmark'>;
export type NewsShareProps = Props<'news-share'>;
// `duration` reads as a number (the real length once known) but takes a declared one, in seconds
// or as text (`27:33`), as the attribute does.
export type PodcastPlayerProps = Omit<Props<'podcast-player'>, 'duration'> & {
  duration?: number | string;
};

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
