import {defineConfig} from 'vite';
import {minifyTemplatesPlugin} from './scripts/minify-templates.mjs';

/** Every self-defining module that the npm build publishes, keyed by its path under dist/. */
const entries = {
  index: 'src/index.ts',
  'icons/news-icon': 'src/icons/news-icon.ts',
  'icons/all': 'src/icons/all.ts',
  'article/news-article': 'src/article/news-article.ts',
  'bookmark/news-bookmark': 'src/bookmark/news-bookmark.ts',
  'share/news-share': 'src/share/news-share.ts',
};

export default defineConfig(({command, mode}) => {
  if (command === 'serve') {
    return {root: 'demo', server: {fs: {allow: ['..']}}};
  }
  if (mode === 'bundle') {
    // One self-contained file, lit inlined, for a plain <script type="module"> tag.
    return {
      plugins: [minifyTemplatesPlugin()],
      build: {
        emptyOutDir: false,
        minify: true,
        lib: {
          entry: 'src/index.ts',
          formats: ['es'],
          fileName: () => 'newsroom-elements.bundle.js',
        },
        // Vite keeps whitespace in library builds; this file is served as is, so strip it.
        rolldownOptions: {output: {minify: true}},
      },
    };
  }
  // The npm build: one ES module per source module, lit left to the consumer's bundler.
  return {
    build: {
      emptyOutDir: false,
      minify: false,
      lib: {entry: entries, formats: ['es']},
      rolldownOptions: {
        external: [/^lit(\/.*)?$/, /^@lit\//],
        output: {preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js'},
      },
    },
  };
});
