// Preact JSX typings for the elements: `import type {} from 'newsroom-elements/jsx-preact'` once
// in the app. Preact sets a known property as a property and anything else as an attribute, and
// adds `on<event-name>` functions as listeners: <news-bookmark onbookmark-change={…}>.
import type {HTMLAttributes} from 'preact';
import type {DomListeners, NewsroomElements} from './elements.js';

export type NewsroomPreactElements = {
  [T in keyof NewsroomElements]: HTMLAttributes<NewsroomElements[T]['element']> &
    NewsroomElements[T]['props'] &
    DomListeners<NewsroomElements[T]['events']>;
};

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends NewsroomPreactElements {}
  }
}
