// `npm start` serves the demo from demo/ (Vite's root), so demo/plain.html's
// `../dist/newsroom-elements.bundle.js` is /dist/… under that root, which does not exist, and
// Vite would answer with the demo's index page instead. This plugin answers
// /dist/newsroom-elements.*.js with the one-file bundle, and /dist/embed* with the embed page
// (demo/embed.html's preview), each built by the same config as `vite build --mode bundle` or
// `--mode embed` into Vite's cache folder (dist/ is left alone): on the first request, and again
// on the first request after a file under src/ changes. `npm start` stays one command, and the
// pages load exactly what a publisher serves.
import {existsSync, readFileSync} from 'node:fs';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {build} from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

/** The builds served, each with the files it writes (as /dist/ names them) and its folder. */
const builds = [
  {mode: 'bundle', files: /^\/dist\/(newsroom-elements\.[\w.-]+\.js)$/},
  {mode: 'embed', files: /^\/dist\/(embed[\w.-]*\.(?:js|css|html))$/},
].map((b) => ({...b, out: join(root, 'node_modules', '.vite', `newsroom-elements-${b.mode}`)}));

/** The build and file a /dist/ URL names, when it is one of theirs. */
const served = (url) => {
  for (const b of builds) {
    const name = b.files.exec(url)?.[1];
    if (name) return {build: b, name};
  }
  return undefined;
};
/** The file a /dist/ URL names (as a module id Vite may ask for), or undefined. */
const bundleFile = (url) => served(url)?.name;
const types = {js: 'text/javascript', css: 'text/css', html: 'text/html'};

/** @returns {import('vite').Plugin} */
export function serveBundlePlugin() {
  /** @type {Map<string, Promise<unknown>>} */
  const built = new Map();
  const ensureBuilt = async ({mode, out}) => {
    if (!built.has(mode)) {
      built.set(
        mode,
        build({
          configFile: join(root, 'vite.config.ts'),
          mode,
          logLevel: 'warn',
          build: {outDir: out, emptyOutDir: true},
        }),
      );
    }
    try {
      await built.get(mode);
    } catch (error) {
      built.delete(mode);
      throw error;
    }
  };
  /** The built file's text, or undefined when the build has no such file. */
  const read = async (url) => {
    const found = served(url);
    if (!found) return undefined;
    await ensureBuilt(found.build);
    const file = join(found.build.out, found.name);
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
    load: (id) => (bundleFile(id) ? read(id) : undefined),
    configureServer(server) {
      server.watcher.add(src);
      server.watcher.on('all', (_event, file) => {
        if (file.startsWith(src)) built.clear();
      });
      // Served as built, ahead of Vite's own transforms.
      server.middlewares.use(async (req, res, next) => {
        const path = new URL(req.url ?? '/', 'http://localhost').pathname;
        const name = bundleFile(path);
        if (!name) return next();
        try {
          const code = await read(path);
          if (code === undefined) return next();
          res.setHeader('Content-Type', types[name.split('.').pop()]);
          res.setHeader('Cache-Control', 'no-cache');
          res.end(code);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}
