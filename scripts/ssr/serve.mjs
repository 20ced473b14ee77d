// `npm run demo:ssr`: serves a server-rendered page on http://localhost:5174 (PORT overrides).
// `/` is rendered by @lit-labs/ssr on each request; `/client.js` is the hydrating client,
// bundled once with esbuild (lit inlined, production build).
import {createServer} from 'node:http';
import process from 'node:process';
import {fileURLToPath} from 'node:url';
import {build} from 'esbuild';
import {renderPage} from './page.mjs';

/** The client, bundled; `development`: Lit's development build, with its warnings. */
async function bundleClient(development) {
  const result = await build({
    conditions: development ? ['development'] : [],
    entryPoints: [fileURLToPath(new URL('./client.mjs', import.meta.url))],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}

/** Starts the server on `port` (0: any free port); resolves with it and its URL. */
export async function startServer(
  port = Number(process.env.PORT ?? 5174),
  {development = false} = {},
) {
  const client = await bundleClient(development);
  const server = createServer(async (req, res) => {
    const {pathname} = new URL(req.url, 'http://localhost');
    try {
      if (pathname === '/') {
        res.writeHead(200, {'content-type': 'text/html; charset=utf-8'});
        res.end(await renderPage());
      } else if (pathname === '/client.js') {
        res.writeHead(200, {'content-type': 'text/javascript; charset=utf-8'});
        res.end(client);
      } else {
        res.writeHead(404).end();
      }
    } catch (error) {
      console.error(error);
      res.writeHead(500).end();
    }
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {server, url: `http://127.0.0.1:${server.address().port}/`};
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const {url} = await startServer();
  console.log(`Server-rendered page on ${url.replace('127.0.0.1', 'localhost')}`);
}
