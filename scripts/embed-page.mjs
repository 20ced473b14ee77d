// A Vite plugin for `vite build --mode embed`: beside the embed page's script (dist/embed.js,
// built by Vite), writes the page itself (dist/embed.html), its styles (dist/embed.css) and the
// optional script for host pages (dist/embed-resize.js, a plain script with no imports).
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {transform} from 'esbuild';
import {minifyCss} from './minify-templates.mjs';

const read = (path) =>
  readFileSync(fileURLToPath(new URL(`../src/embed/${path}`, import.meta.url)), 'utf8');

export function embedPagePlugin() {
  return {
    name: 'embed-page',
    async generateBundle() {
      const resize = await transform(read('resize.ts'), {
        loader: 'ts',
        format: 'iife',
        minify: true,
        target: 'es2020',
      });
      const files = {
        // Whitespace between tags is dropped; the attributes are kept as written.
        'embed.html': read('embed.html').replace(/>\s+</g, '><').replace(/\s+/g, ' ').trim() + '\n',
        'embed.css': minifyCss(read('embed.css')) + '\n',
        'embed-resize.js': resize.code,
      };
      for (const [fileName, source] of Object.entries(files)) {
        this.emitFile({type: 'asset', fileName, source});
      }
    },
  };
}
