// Compiled by `npm run typecheck` (tsc), never run: the React 19 JSX typings accept what the
// elements take and refuse what they do not (each @ts-expect-error must stay an error).
import type {} from '../../src/types/jsx-react.js';
import type {BookmarkChangeEvent} from '../../src/bookmark/news-bookmark.js';
import type {ShareRequestEvent} from '../../src/share/news-share.js';
import type {NewsArticle} from '../../src/article/news-article.js';

export const ok = (ref: {current: NewsArticle | null}) => (
  <>
    <news-icon name="play" label="Play" className="icon" />
    <news-article
      ref={ref}
      layout="full"
      headline="Tides"
      href="https://news.example/tides"
      article-id="tides"
      headingLevel={3}
      structuredData
      onbookmark-change={(event: BookmarkChangeEvent) => event.articleId.toUpperCase()}
      onshare-request={(event) => event.url.toUpperCase()}
    >
      <p>Body</p>
    </news-article>
    <news-bookmark articleId="tides" bookmarked onbookmark-change={(e) => e.bookmarked} />
    <news-share
      url="https://news.example/"
      targets="copy mail"
      onshare-complete={(e) => e.shareTarget}
    />
    <podcast-player src="/ep.mp3" duration="27:33" stepBack={10} muted onplay={(e) => e.type} />
  </>
);

export const wrong = () => (
  <>
    {/* @ts-expect-error: layout is 'card' or 'full' */}
    <news-article layout="grid" />
    {/* @ts-expect-error: bookmarked is a boolean */}
    <news-bookmark bookmarked="yes" />
    {/* @ts-expect-error: the event is a BookmarkChangeEvent, not a ShareRequestEvent */}
    <news-bookmark onbookmark-change={(e: ShareRequestEvent) => e.url} />
    {/* @ts-expect-error: no such property */}
    <news-icon nme="play" />
    {/* @ts-expect-error: a length is a number or text */}
    <podcast-player duration={true} />
    {/* @ts-expect-error: stepBack is a number */}
    <podcast-player stepBack="ten" />
  </>
);
