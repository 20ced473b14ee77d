// A news page rendered on the server with @lit-labs/ssr: <news-article> (with its slotted body)
// and <podcast-player> come out as declarative shadow DOM, so the story is drawn and readable
// before any script runs, or with none. The client script (client.mjs) then hydrates them.
// Renders from dist/ (`npm run build` first).
import {render} from '@lit-labs/ssr';
import {collectResult} from '@lit-labs/ssr/lib/render-result.js';
import {html} from 'lit';
import '../../dist/article/news-article.js';
import '../../dist/podcast/podcast-player.js';

/** The story of the page; its paragraphs stay in the page's own DOM (the article's slot). */
export const story = {
  headline: 'Moscow waiting for NATO’s moves on missile defense',
  href: 'https://news.example/world/nato-missile-defense',
  datetime: '2010-05-20T15:12:00+04:00',
  section: 'World',
  lede: 'NATO and Russia should trust each other more, says the chief of the Alliance.',
  paragraphs: [
    'Ahead of the visit, the Alliance addressed Moscow’s fears over the missile shield.',
    'Russia is ready to help NATO, an envoy told reporters, if its concerns are heard.',
  ],
};

/** `text` with the characters that mean something in HTML written as references. */
export const escapeHtml = (text) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page's markup, server-rendered: a full HTML document (`headline` replaces the story's). */
export async function renderPage({clientScript = '/client.js', headline = story.headline} = {}) {
  const body = await collectResult(
    render(
      html`<main>
        <news-article
          layout="full"
          heading-level="1"
          article-id="ssr-nato"
          headline=${headline}
          href=${story.href}
          datetime=${story.datetime}
          time-zone="Europe/Moscow"
          section=${story.section}
          section-href="/world"
          lede=${story.lede}
          tags="NATO, Russia"
          tag-href="/tags/{tag}"
          >${story.paragraphs.map((p) => html`<p>${p}</p>`)}</news-article
        >
        <podcast-player
          src="https://news.example/media/episode-1.ogg"
          duration="1:35"
          title="Episode 1: Missile defense"
          show="The Daily Seed"
        ></podcast-player>
        <podcast-player title="Episode 2: other formats" duration="2:05" resume>
          <source src="https://news.example/media/episode-2.ogg" type="audio/ogg" />
          <source src="https://news.example/media/episode-2.mp3" type="audio/mpeg" />
        </podcast-player>
      </main>`,
    ),
  );
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link rel="icon" href="data:," />
    <title>${escapeHtml(headline)} · server-rendered · newsroom-elements</title>
    <style>body{margin:2rem auto;max-inline-size:46rem;padding:0 1rem;font-family:system-ui,sans-serif}podcast-player{margin-block-start:2rem}</style>
    <script type="module" src="${clientScript}"></script>
  </head>
  <body>
    ${body}
  </body>
</html>
`;
}
