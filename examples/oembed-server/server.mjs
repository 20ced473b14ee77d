// An oEmbed provider for a podcast site, in plain Node (no dependency but this package):
//   GET /oembed?url=<an episode page>&format=json[&maxwidth=…&maxheight=…]   the oEmbed JSON
//   GET /episodes/<slug>                                                    the episode's page,
//                                                          with the oEmbed discovery <link>
// Run it with `node examples/oembed-server/server.mjs` (after `npm run build`), then open
// http://localhost:8787/oembed?url=http://localhost:8787/episodes/tides&format=json
import {pathToFileURL} from 'node:url';
import {createServer} from 'node:http';
import {oembed, oembedLink} from 'newsroom-elements/oembed';

/** The site's episodes, by the path of their page (a real site asks its database). */
const episodes = {
  '/episodes/tides': {
    title: 'Tides, explained',
    src: 'https://media.news.example/tides.mp3',
    duration: '27:33',
    image: {url: 'https://media.news.example/tides.jpg', width: 600, height: 600},
  },
  '/episodes/moscow': {
    title: 'Moscow waits for NATO’s “moves”',
    src: 'https://media.news.example/moscow.mp3',
    duration: 1653,
  },
};

const escapeText = (value) =>
  value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The provider's request handler. `origin` is where this server answers (its pages' URLs),
 * `embedUrl` where the site serves dist/embed.html.
 */
export function provider({origin, embedUrl, providerName = 'The Daily Seed'}) {
  return (request, response) => {
    const url = new URL(request.url, origin);
    const send = (status, type, body) => {
      response.writeHead(status, {
        'content-type': type,
        'access-control-allow-origin': '*',
        'x-content-type-options': 'nosniff',
      });
      response.end(body);
    };
    if (url.pathname === '/oembed') {
      const format = url.searchParams.get('format') ?? 'json';
      // The specification allows a provider to answer only one format, with 501 for the others.
      if (format !== 'json') return send(501, 'text/plain', 'Only format=json is implemented.\n');
      let page;
      try {
        page = new URL(url.searchParams.get('url') ?? '');
      } catch {
        return send(400, 'text/plain', 'url must be an episode page.\n');
      }
      const episode = page.origin === origin ? episodes[page.pathname] : undefined;
      if (!episode) return send(404, 'text/plain', 'No such episode.\n');
      const answer = oembed({
        url: page.href,
        maxwidth: url.searchParams.get('maxwidth'),
        maxheight: url.searchParams.get('maxheight'),
        episode,
        embedUrl,
        providerName,
        providerUrl: `${origin}/`,
      });
      return send(200, 'application/json; charset=utf-8', JSON.stringify(answer));
    }
    const episode = episodes[url.pathname];
    if (!episode) return send(404, 'text/plain', 'Not found.\n');
    const link = oembedLink({endpoint: `${origin}/oembed`, url: url.href, title: episode.title});
    return send(
      200,
      'text/html; charset=utf-8',
      `<!doctype html><html lang="en"><head><meta charset="utf-8">${link}` +
        `<title>${escapeText(episode.title)}</title></head><body><h1>${escapeText(episode.title)}</h1></body></html>\n`,
    );
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.env.PORT) || 8787;
  const origin = `http://localhost:${port}`;
  const embedUrl = process.env.EMBED_URL ?? 'https://player.news.example/embed.html';
  createServer(provider({origin, embedUrl})).listen(port, () => {
    console.log(`oEmbed provider on ${origin}/oembed?url=${origin}/episodes/tides&format=json`);
  });
}
