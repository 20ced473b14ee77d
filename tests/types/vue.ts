// Compiled by `npm run typecheck` (tsc), never run: the Vue GlobalComponents declaration gives
// templates (vue-tsc) each element's props and its events as `on…` listeners.
import type {GlobalComponents} from 'vue';
import type {} from '../../src/types/vue.js';
import type {BookmarkChangeEvent} from '../../src/bookmark/news-bookmark.js';

type PropsOf<T> = T extends new (...args: never[]) => {$props: infer P} ? P : never;

type Article = PropsOf<GlobalComponents['news-article']>;
type Player = PropsOf<GlobalComponents['podcast-player']>;

export const article: Article = {
  layout: 'full',
  headline: 'Tides',
  'article-id': 'tides',
  onBookmarkChange: (event: BookmarkChangeEvent) => event.articleId,
  onShareRequest: (event) => event.url,
};
export const player: Player = {
  src: '/ep.mp3',
  declaredDuration: '27:33',
  stepBack: 10,
  onPlay: (event: Event) => event.type,
};

// @ts-expect-error: layout is 'card' or 'full'
export const badLayout: Article = {layout: 'grid'};
// @ts-expect-error: a length is a number or text
export const badDuration: Player = {duration: true};
// @ts-expect-error: stepBack is a number
export const badStep: Player = {stepBack: 'ten'};
// @ts-expect-error: the listener takes a BookmarkChangeEvent
export const badListener: Article = {onBookmarkChange: (event: string) => event};
