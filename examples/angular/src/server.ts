// The production server: static files from dist/browser, every page rendered by Angular.
// Listens on $HOST:$PORT (127.0.0.1:4000).
import {
  AngularNodeAppEngine,
  createNodeRequestHandler,
  isMainModule,
  writeResponseToNodeResponse,
} from '@angular/ssr/node';
import express from 'express';
import {join} from 'node:path';

const browserDistFolder = join(import.meta.dirname, '../browser');
const app = express();
// Angular renders only for the hosts it knows (a guard against server-side request forgery).
const angularApp = new AngularNodeAppEngine({allowedHosts: ['127.0.0.1', 'localhost']});

app.use(express.static(browserDistFolder, {maxAge: '1y', index: false, redirect: false}));
app.use((request, response, next) => {
  angularApp
    .handle(request)
    .then((page) => (page ? writeResponseToNodeResponse(page, response) : next()))
    .catch(next);
});

if (isMainModule(import.meta.url)) {
  const port = Number(process.env['PORT'] || 4000);
  const host = process.env['HOST'] || '127.0.0.1';
  app.listen(port, host, (error) => {
    if (error) throw error;
    console.log(`Listening on http://${host}:${port}`);
  });
}

export const reqHandler = createNodeRequestHandler(app);
