// `npm start` serves the demo from demo/ (Vite's root), so demo/plain.html's
// `../dist/newsroom-elements.bundle.js` is /dist/… under that root, which does not exist, and
// Vite would answer with the demo's index page instead. This plugin answers
// /dist/newsroom-elements.*.js with the one-file bundle, built by the same config as
// `vite build --mode bundle` into Vite's cache folder (dist/ is left alone): on the first request,
// and again on the first request after a file under src/ changes. `npm start` stays one command,
// and the page loads exactly what a publisher serves.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');
const out = join(root, 'node_modules', '.vite', 'newsroom-elements-bundle');

/** The file a /dist/ URL names, when it is the bundle or a file it loads on demand. */
const bundleFile = (url) => /^\/dist\/(newsroom-elements\.[\w.-]+\.js)$/.exec(url)?.[1];

/** @returns {import('vite').Plugin} */
export function serveBundlePlugin() {
  /** @type {Promise<unknown> | undefined} */
  let built;
  const ensureBuilt = async () => {
    built ??= build({
      configFile: join(root, 'vite.config.ts'),
      mode: 'bundle',
      logLevel: 'warn',
      build: {outDir: out, emptyOutDir: true},
    });
    try {
      await built;
    } catch (error) {
      built = undefined;
      throw error;
    }
  };
  /** The built file's code, or undefined when the bundle has no such file. */
  const read = async (name) => {
    await ensureBuilt();
    const file = join(out, name);
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  };
  return {
    name: 'newsroom-elements:serve-bundle',
    apply: 'serve',
    // Vite transforms a page's module scripts (and what they import) ahead of their request:
    // give it the same files.
    resolveId(id, importer) {
      if (bundleFile(id)) return id;
      if (importer && bundleFile(importer) && id.startsWith('./')) {
        return bundleFile(`/dist/${id.slice(2)}`) ? `/dist/${id.slice(2)}` : undefined;
      }
      return undefined;
    },
    load: (id) => (bundleFile(id) ? read(bundleFile(id)) : undefined),
    configureServer(server) {
      server.watcher.add(src);
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(src)) built = undefined;
      });
      // Served as built, ahead of Vite's own transforms.
      server.middlewares.use(async (req, res, next) => {
        const name = bundleFile(new URL(req.url ?? '/', 'http://localhost').pathname);
        if (!name) return next();
        try {
          const code = await read(name);
          if (code === undefined) return next();
          res.setHeader('Content-Type', 'text/javascript');
          res.setHeader('Cache-Control', 'no-cache');
          res.end(code);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
