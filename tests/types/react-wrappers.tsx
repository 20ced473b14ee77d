// Compiled by `npm run typecheck` (tsc), never run: the props and handlers of the React wrappers
// are typed, and an element's read-only properties are refused (setting one would throw).
import {NewsArticle, NewsBookmark, NewsShare, PodcastPlayer} from '../../src/react/index.js';
import type {PodcastPlayer as PodcastPlayerElement} from '../../src/podcast/podcast-player.js';
import type {ShareRequestEvent} from '../../src/share/news-share.js';

export const ok = (ref: {current: PodcastPlayerElement | null}) => (
  <>
    <NewsArticle layout="full" headline="Tides" onBookmarkChange={(e) => e.articleId}>
      <p>Body</p>
    </NewsArticle>
    <NewsBookmark articleId="tides" onBookmarkChange={(e) => e.bookmarked} />
    <NewsShare url="https://news.example/" onShareRequest={(e) => e.preventDefault()} />
    <PodcastPlayer ref={ref} src="/ep.mp3" duration="27:33" stepBack={10} onPlay={(e) => e.type} />
    <PodcastPlayer src="/ep.mp3" duration={1653} />
  </>
);

export const wrong = () => (
  <>
    {/* @ts-expect-error: layout is 'card' or 'full' */}
    <NewsArticle layout="grid" />
    {/* @ts-expect-error: the handler takes a BookmarkChangeEvent */}
    <NewsBookmark onBookmarkChange={(e: ShareRequestEvent) => e.url} />
    {/* @ts-expect-error: a length is a number or text */}
    <PodcastPlayer duration={[3]} />
    {/* @ts-expect-error: paused is read-only */}
    <PodcastPlayer paused />
    {/* @ts-expect-error: shareUrl is read-only */}
    <NewsShare shareUrl="https://news.example/" />
  </>
);
