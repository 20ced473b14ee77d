'use client';
// The React components of newsroom-elements/react: props become the elements' attributes in the
// server's HTML and properties in the browser; events arrive as onBookmarkChange, onPlay…
// (a plain <news-article onbookmark-change> gets no listener when React hydrates it).
import {useEffect, useState} from 'react';
import {NewsArticle, PodcastPlayer} from 'newsroom-elements/react';

export default function Story({id, headline, body}) {
  const [bookmarkLog, setBookmarkLog] = useState('');
  const [playLog, setPlayLog] = useState('');
  useEffect(() => {
    document.body.dataset.hydrated = '';
  }, []);
  return (
    <>
      <NewsArticle
        layout="full"
        articleId={id}
        headline={headline}
        onBookmarkChange={(e) =>
          setBookmarkLog(`${e.bookmarked ? 'Bookmarked' : 'Removed'}: ${e.articleId}`)
        }
      >
        <p>{body}</p>
      </NewsArticle>
      <p id="bookmark-log" aria-live="polite">
        {bookmarkLog}
      </p>

      <PodcastPlayer
        src="/episode.wav"
        title="Episode 12"
        duration="27:33"
        onPlay={(e) => setPlayLog(`Playing: ${e.target.title}`)}
      />
      <p id="play-log" aria-live="polite">
        {playLog}
      </p>
    </>
  );
}
