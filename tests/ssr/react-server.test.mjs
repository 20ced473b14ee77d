// newsroom-elements/react rendered on the server by React 19 (react-dom/server, as Next.js does):
// every prop with an attribute is written under the attribute's own name, so the elements read it
// when they upgrade, before any effect runs. Needs `npm run build` first (npm test does it).
import {it} from 'node:test';
import assert from 'node:assert/strict';
import {createElement as h} from 'react';
import {renderToString} from 'react-dom/server';
import {NewsArticle, NewsBookmark, PodcastPlayer} from 'newsroom-elements/react';

it('writes camelCase props under their attribute names, and the body as children', () => {
  const html = renderToString(
    h(
      NewsArticle,
      {
        headline: 'Tides',
        articleId: 'tides-1',
        headingLevel: 3,
        layout: 'full',
        onBookmarkChange() {},
      },
      h('p', null, 'Twice a day the sea comes in.'),
    ),
  );
  assert.match(html, /^<news-article [^>]*>/);
  const tag = html.slice(0, html.indexOf('>') + 1);
  assert.match(tag, / headline="Tides"/);
  assert.match(tag, / article-id="tides-1"/);
  assert.match(tag, / heading-level="3"/);
  assert.match(tag, / layout="full"/);
  assert.doesNotMatch(tag, /articleId|articleid|onBookmarkChange/i);
  assert.match(html, /<p>Twice a day the sea comes in\.<\/p><\/news-article>$/);
});

it("writes the player's declared duration and a boolean attribute", () => {
  const html = renderToString(
    h(PodcastPlayer, {src: '/ep.wav', duration: '27:33', showRemaining: true}),
  );
  assert.match(html, / src="\/ep.wav"/);
  assert.match(html, / duration="27:33"/);
  assert.match(html, / show-remaining=""/);
  const off = renderToString(h(NewsBookmark, {articleId: 'a', bookmarked: false}));
  assert.equal(off, '<news-bookmark article-id="a"></news-bookmark>');
});
