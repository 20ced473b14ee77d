// Svelte 5 typings for the elements in templates (checked by svelte-check and the Svelte language
// server): `import type {} from 'newsroom-elements/svelte'` once in the app (in SvelteKit,
// src/app.d.ts). Svelte sets a known property as a property and anything else as an attribute,
// and adds `on<event-name>` attributes as listeners: <news-bookmark onbookmark-change={…}>.
import type {HTMLAttributes} from 'svelte/elements';
import type {DomListeners, NewsroomElements} from './elements.js';

export type NewsroomSvelteElements = {
  [T in keyof NewsroomElements]: HTMLAttributes<NewsroomElements[T]['element']> &
    NewsroomElements[T]['props'] &
    DomListeners<NewsroomElements[T]['events']>;
};

declare module 'svelte/elements' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface SvelteHTMLElements extends NewsroomSvelteElements {}
}
