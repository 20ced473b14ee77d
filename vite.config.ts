import {defineConfig, type Plugin} from 'vite';
import {minifyTemplatesPlugin} from './scripts/minify-templates.mjs';
import {declarePropertiesPlugin} from './scripts/declare-properties.mjs';
import {oneFileBundlePlugin, staticGraph} from './scripts/one-file-bundle.mjs';
import {embedPagePlugin} from './scripts/embed-page.mjs';
import {serveBundlePlugin} from './scripts/serve-bundle.mjs';

/** Every self-defining module that the npm build publishes, keyed by its path under dist/. */
const entries = {
  index: 'src/index.ts',
  'icons/news-icon': 'src/icons/news-icon.ts',
  'icons/all': 'src/icons/all.ts',
  'article/news-article': 'src/article/news-article.ts',
  'bookmark/news-bookmark': 'src/bookmark/news-bookmark.ts',
  'share/news-share': 'src/share/news-share.ts',
  'podcast/podcast-player': 'src/podcast/podcast-player.ts',
  'locales/all': 'src/locales/all.ts',
  'react/index': 'src/react/index.ts',
  'embed/oembed': 'src/embed/oembed.ts',
  ...Object.fromEntries(
    ['ru', 'es', 'fr', 'de', 'ar'].map((lang) => [`locales/${lang}`, `src/locales/${lang}.ts`]),
  ),
};

export default defineConfig(({command, mode}) => {
  if (command === 'serve') {
    // The demo; demo/plain.html's one-file bundle is built and served by serveBundlePlugin().
    return {root: 'demo', server: {fs: {allow: ['..']}}, plugins: [serveBundlePlugin()]};
  }
  if (mode === 'bundle') {
    // One self-contained file, lit inlined, for a plain <script type="module"> tag. What the
    // entry reaches only through import() loads on demand, from files beside it (the share menu,
    // where there is no share sheet; the player's audio listener, lock-screen code, remembered
    // positions, chapters, transcript and feeds; the article's JSON-LD writer; translations).
    return oneFileBuild('src/bundle.ts', 'newsroom-elements.bundle.js', 'newsroom-elements');
  }
  if (mode === 'embed') {
    // The embed page (docs/embed.md): dist/embed.html, its script (the player, lit inlined; what
    // it loads on demand beside it as embed.*.js) and styles, and the host pages' embed-resize.js.
    return oneFileBuild('src/embed/embed.ts', 'embed.js', 'embed', [embedPagePlugin()]);
  }
  // The npm build: one ES module per source module, lit left to the consumer's bundler.
  return {
    plugins: [declarePropertiesPlugin()],
    build: {
      emptyOutDir: false,
      minify: false,
      lib: {entry: entries, formats: ['es']},
      rolldownOptions: {
        external: [/^lit(\/.*)?$/, /^@lit\//, /^react(-dom)?(\/.*)?$/],
        output: {preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js'},
      },
    },
  };
});

/**
 * A file served as it is, lit inlined: `entry` built into dist/`fileName`, and what it reaches
 * only through import() into files beside it (`prefix`.*.js; with what two of them share, such
 * as the Trusted Types helper); everything else is in the one file (see one-file-bundle.mjs).
 */
function oneFileBuild(entry: string, fileName: string, prefix: string, plugins: Plugin[] = []) {
  const graph = staticGraph();
  return {
    plugins: [
      minifyTemplatesPlugin(),
      declarePropertiesPlugin(),
      graph.plugin,
      oneFileBundlePlugin(fileName, `${prefix}.core.js`),
      ...plugins,
    ],
    build: {
      emptyOutDir: false,
      minify: true,
      lib: {entry, formats: ['es' as const], fileName: () => fileName},
      rolldownOptions: {
        output: {
          // Vite keeps whitespace in library builds, and the minifier `/* @__PURE__ */` marks
          // (for a bundler downstream): this file is served as it is, so both go.
          minify: true,
          comments: {annotation: false},
          chunkFileNames: `${prefix}.[name].js`,
          codeSplitting: {groups: [{name: 'core', test: graph.upFront}]},
        },
      },
    },
  };
}
