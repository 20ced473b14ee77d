// Compiled by `npm run typecheck` (tsc), never run: each tag is in HTMLElementTagNameMap and each
// custom event in GlobalEventHandlersEventMap, so plain DOM code is typed without casts.
import type {} from '../../src/index.js';
import type {ElementTypings} from '../../src/types/generated.js';

export function typed(root: ParentNode): void {
  const article = document.createElement('news-article');
  article.layout = 'full';
  root.querySelector('podcast-player')?.seek(30);
  root.querySelector('news-icon')?.addEventListener('icon-error', (e) => e.name.toUpperCase());
  article.addEventListener('bookmark-change', (e) => e.articleId.toUpperCase());
  article.addEventListener('share-request', (e) => e.url.toUpperCase());
  article.addEventListener('share-complete', (e) => e.shareTarget.toUpperCase());

  // @ts-expect-error: layout is 'card' or 'full'
  article.layout = 'grid';
  // @ts-expect-error: a BookmarkChangeEvent has no url
  article.addEventListener('bookmark-change', (e) => e.url);
  // The player's duration declares the length when set, in seconds or as text.
  const player = document.createElement('podcast-player');
  player.duration = 1653;
  player.duration = '27:33';
  // @ts-expect-error: a length is a number or text
  player.duration = true;
}

// The generated typings name only what each element has: every property a real one.
type EveryPropertyReal = {
  [T in keyof ElementTypings]: ElementTypings[T]['properties'] extends keyof HTMLElementTagNameMap[T]
    ? true
    : never;
};
export const everyPropertyReal: EveryPropertyReal = {
  'news-article': true,
  'news-bookmark': true,
  'news-icon': true,
  'news-share': true,
  'podcast-player': true,
};
