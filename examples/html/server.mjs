// A static server for this folder, with the package's dist/ under /newsroom-elements/ (the
// files a CDN or your own /assets/ would serve). Listens on $HOST:$PORT (127.0.0.1:4173).
import {createServer} from 'node:http';
import {readFile} from 'node:fs/promises';
import {extname, join, normalize} from 'node:path';
import process from 'node:process';
import {fileURLToPath} from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const dist = join(here, 'node_modules/newsroom-elements/dist');
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.wav': 'audio/wav',
};

createServer(async (request, response) => {
  const path = normalize(decodeURIComponent(new URL(request.url, 'http://x').pathname));
  const file = path.startsWith('/newsroom-elements/')
    ? join(dist, path.slice('/newsroom-elements/'.length))
    : join(here, path === '/' ? 'index.html' : path);
  if (path.includes('..') || path.startsWith('/node_modules/'))
    return response.writeHead(404).end();
  try {
    const body = await readFile(file);
    response.writeHead(200, {'content-type': types[extname(file)] ?? 'application/octet-stream'});
    response.end(body);
  } catch {
    response.writeHead(404).end('not found');
  }
}).listen(Number(process.env.PORT ?? 4173), process.env.HOST ?? '127.0.0.1');
