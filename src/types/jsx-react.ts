// React 19 JSX typings for the elements used as tags: `import type {} from 'newsroom-elements/jsx-react'`
// once in the app. React 19 sets a known property as a property and anything else as an attribute,
// and adds `on<event-name>` functions as listeners: <news-bookmark onbookmark-change={…}>.
// (The wrappers of `newsroom-elements/react` take `onBookmarkChange` instead.)
import type {DetailedHTMLProps, HTMLAttributes} from 'react';
import type {DomListeners, NewsroomElements} from './elements.js';

type ReactElementProps<T extends keyof NewsroomElements> = DetailedHTMLProps<
  HTMLAttributes<NewsroomElements[T]['element']>,
  NewsroomElements[T]['element']
> &
  NewsroomElements[T]['props'] &
  DomListeners<NewsroomElements[T]['events']>;

export type NewsroomIntrinsicElements = {
  [T in keyof NewsroomElements]: ReactElementProps<T>;
};

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends NewsroomIntrinsicElements {}
  }
}
