// React wrappers: `import {NewsArticle} from 'newsroom-elements/react'`. Made with @lit/react:
// props reach the elements as properties, and events arrive as `on…` handlers
// (onBookmarkChange, onShareRequest, onShareComplete, onIconError, onPlay, onPause, onEnded,
// onError, onRateChange, onTimeUpdate). Needs `react` and `@lit/react` (optional peer dependencies).
import * as React from 'react';
import type {ForwardRefExoticComponent} from 'react';
import {createComponent, type EventName} from '@lit/react';
import {NewsIcon as NewsIconElement, type IconErrorEvent} from '../icons/news-icon.js';
import {NewsArticle as NewsArticleElement} from '../article/news-article.js';
import {
  NewsBookmark as NewsBookmarkElement,
  type BookmarkChangeEvent,
} from '../bookmark/news-bookmark.js';
import {
  NewsShare as NewsShareElement,
  type ShareCompleteEvent,
  type ShareRequestEvent,
} from '../share/news-share.js';
import {PodcastPlayer as PodcastPlayerElement} from '../podcast/podcast-player.js';
import {leaveAttributesToReact, withAttributes} from './server-attributes.js';

/**
 * The component `C` without the props `K`: an element's read-only properties, which the wrapper
 * would try to set (and setting one throws).
 */
type Without<C, K extends PropertyKey, Extra = object> =
  C extends ForwardRefExoticComponent<infer P>
    ? ForwardRefExoticComponent<Omit<P, K> & Extra>
    : never;

const bookmarkEvents = {
  onBookmarkChange: 'bookmark-change' as EventName<BookmarkChangeEvent>,
};
const shareEvents = {
  onShareRequest: 'share-request' as EventName<ShareRequestEvent>,
  onShareComplete: 'share-complete' as EventName<ShareCompleteEvent>,
};

/** `<news-icon>`: an inline SVG icon. Event: `onIconError`. */
export const NewsIcon = withAttributes(
  createComponent({
    tagName: 'news-icon',
    elementClass: leaveAttributesToReact(NewsIconElement),
    react: React,
    events: {onIconError: 'icon-error' as EventName<IconErrorEvent>},
  }),
  NewsIconElement,
);

/** `<news-article>`: a card or the full story; children are its body. Events from its buttons. */
export const NewsArticle = withAttributes(
  createComponent({
    tagName: 'news-article',
    elementClass: leaveAttributesToReact(NewsArticleElement),
    react: React,
    events: {...bookmarkEvents, ...shareEvents},
  }),
  NewsArticleElement,
);

/** `<news-bookmark>`: a bookmark toggle. Event: `onBookmarkChange`. */
export const NewsBookmark = withAttributes(
  createComponent({
    tagName: 'news-bookmark',
    elementClass: leaveAttributesToReact(NewsBookmarkElement),
    react: React,
    events: bookmarkEvents,
  }),
  NewsBookmarkElement,
);

const newsShare = withAttributes(
  createComponent({
    tagName: 'news-share',
    elementClass: leaveAttributesToReact(NewsShareElement),
    react: React,
    events: shareEvents,
  }),
  NewsShareElement,
);

/** `<news-share>`: a share button. Events: `onShareRequest`, `onShareComplete`. */
export const NewsShare: Without<typeof newsShare, 'shareUrl'> = newsShare;

const podcastPlayer = withAttributes(
  createComponent({
    tagName: 'podcast-player',
    elementClass: leaveAttributesToReact(PodcastPlayerElement),
    react: React,
    events: {
      onPlay: 'play' as EventName<Event>,
      onPause: 'pause' as EventName<Event>,
      onEnded: 'ended' as EventName<Event>,
      onError: 'error' as EventName<Event>,
      onRateChange: 'ratechange' as EventName<Event>,
      onTimeUpdate: 'timeupdate' as EventName<Event>,
    },
  }),
  PodcastPlayerElement,
);

/**
 * `<podcast-player>`: an episode player. Events: `onPlay`, `onPause`, `onEnded`, `onError`,
 * `onRateChange`, `onTimeUpdate`. `duration` declares the length (seconds or `27:33`); `paused`
 * is read-only.
 */
export const PodcastPlayer: Without<
  typeof podcastPlayer,
  'duration' | 'paused' | 'back' | 'forward' | 'resumeKey',
  {duration?: number | string}
  // The element's `duration` setter takes text as well; its type reads as the getter's number.
> = podcastPlayer as never;
