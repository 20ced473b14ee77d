// Written by `npm run typings` from custom-elements.json: do not edit.
// Per element: the properties a framework may set, the attributes (named unlike any property)
// markup may write, and the events with their types.
export interface ElementTypings {
  'news-article': {
    properties:
      | 'headline'
      | 'href'
      | 'articleId'
      | 'datetime'
      | 'dateFormat'
      | 'dateStyle'
      | 'timeZone'
      | 'lede'
      | 'image'
      | 'imageAlt'
      | 'author'
      | 'section'
      | 'sectionHref'
      | 'tags'
      | 'tagHref'
      | 'headingLevel'
      | 'layout'
      | 'structuredData';
    attributes:
      | 'article-id'
      | 'date-format'
      | 'date-style'
      | 'time-zone'
      | 'image-alt'
      | 'section-href'
      | 'tag-href'
      | 'heading-level'
      | 'structured-data';
    events: {
      'bookmark-change': GlobalEventHandlersEventMap['bookmark-change'];
      'share-request': GlobalEventHandlersEventMap['share-request'];
      'share-complete': GlobalEventHandlersEventMap['share-complete'];
    };
  };
  'news-bookmark': {
    properties: 'articleId' | 'headline' | 'storage' | 'bookmarked';
    attributes: 'article-id';
    events: {'bookmark-change': GlobalEventHandlersEventMap['bookmark-change']};
  };
  'news-icon': {
    properties: 'name' | 'label';
    attributes: never;
    events: {'icon-error': GlobalEventHandlersEventMap['icon-error']};
  };
  'news-share': {
    properties: 'url' | 'title' | 'text' | 'targets' | 'embed';
    attributes: never;
    events: {
      'share-request': GlobalEventHandlersEventMap['share-request'];
      'share-complete': GlobalEventHandlersEventMap['share-complete'];
    };
  };
  'podcast-player': {
    properties:
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
      | 'chapters'
      | 'transcript'
      | 'feed'
      | 'share'
      | 'currentTime'
      | 'duration'
      | 'playbackRate';
    attributes: 'step-back' | 'step-forward' | 'show-remaining';
    events: {
      play: Event;
      pause: Event;
      ended: Event;
      error: Event;
      ratechange: Event;
      timeupdate: Event;
    };
  };
}
