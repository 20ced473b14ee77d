// Compiled by `npm run typecheck` (tsc), never run: the `svelte/elements` declaration gives Svelte 5
// templates (svelte-check) each element's props and its events as `on<event-name>` attributes.
import type {SvelteHTMLElements} from 'svelte/elements';
import type {} from '../../src/types/svelte.js';
import type {BookmarkChangeEvent} from '../../src/bookmark/news-bookmark.js';

type Article = SvelteHTMLElements['news-article'];
type Player = SvelteHTMLElements['podcast-player'];
type Icon = SvelteHTMLElements['news-icon'];

export const article: Article = {
  layout: 'full',
  headline: 'Tides',
  'article-id': 'tides',
  class: 'story',
  'onbookmark-change': (event: BookmarkChangeEvent) => event.articleId,
  'onshare-request': (event) => event.url,
};
export const player: Player = {
  src: '/ep.mp3',
  declaredDuration: '27:33',
  stepBack: 10,
  feed: '/feed.xml',
  onplay: (event: Event) => event.type,
  ontimeupdate: (event) => event.type,
};
export const icon: Icon = {name: 'play', 'onicon-error': (event) => event.type};

// @ts-expect-error: layout is 'card' or 'full'
export const badLayout: Article = {layout: 'grid'};
// @ts-expect-error: no such property or attribute
export const badName: Article = {headlin: 'Tides'};
// @ts-expect-error: stepBack is a number
export const badStep: Player = {stepBack: 'ten'};
// @ts-expect-error: the listener takes a BookmarkChangeEvent
export const badListener: Article = {'onbookmark-change': (event: string) => event};
// @ts-expect-error: Svelte 5 takes the event's own name (`onbookmark-change`), not camelCase
export const camelListener: Article = {onBookmarkChange: (event: BookmarkChangeEvent) => event};
