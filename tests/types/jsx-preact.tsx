/** @jsxImportSource preact */
// Compiled by `npm run typecheck` (tsc), never run: the Preact JSX typings accept what the
// elements take and refuse what they do not (each @ts-expect-error must stay an error).
import type {} from '../../src/types/jsx-preact.js';

export const ok = () => (
  <div>
    <news-icon name="play" label="Play" class="icon" />
    <news-article layout="card" headline="Tides" onbookmark-change={(e) => e.articleId} />
    <news-bookmark article-id="tides" onbookmark-change={(e) => e.bookmarked} />
    <news-share url="https://news.example/" onshare-request={(e) => e.preventDefault()} />
    <podcast-player src="/ep.mp3" resume onended={(e) => e.type} />
  </div>
);

export const wrong = () => (
  <div>
    {/* @ts-expect-error: layout is 'card' or 'full' */}
    <news-article layout="grid" />
    {/* @ts-expect-error: the event carries no such field */}
    <news-share onshare-complete={(e) => e.articleId} />
    {/* @ts-expect-error: muted is a boolean */}
    <podcast-player muted="yes" />
  </div>
);
