// Every documented entry of the package imports in a plain Node process (a server building a
// page, Next.js prerendering, an Astro frontmatter): no browser global is needed, none is shimmed
// by the caller, nothing throws. Each in a process of its own, so no entry borrows another's
// globals. Needs `npm run build` first (npm test does it).
import {it} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import process from 'node:process';
import {fileURLToPath} from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('package.json', `file://${repo}`), 'utf8'));

/** An example for each pattern export. */
const examples = {'./icons/*.js': './icons/play.js', './locales/*.js': './locales/ru.js'};

/**
 * The package's code entries, as a page or server imports them (`newsroom-elements/…`): not the
 * types-only ones, nor the JSON files (package.json, the manifest and the editors' data), nor the
 * one-tag bundle, which is a file for a browser's <script> tag.
 */
const entries = Object.entries(pkg.exports)
  .filter(
    ([key, target]) => (typeof target === 'string' || target.default) && key !== './bundle.js',
  )
  .filter(([key]) => !key.endsWith('.json'))
  .map(([key]) => examples[key] ?? key)
  .map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`));

it('finds the entries to try', () => {
  assert.ok(entries.includes('newsroom-elements'));
  assert.ok(entries.includes('newsroom-elements/news-icon.js'));
  assert.ok(entries.includes('newsroom-elements/react'));
  assert.ok(entries.includes('newsroom-elements/locales/ru.js'));
});

for (const entry of entries) {
  it(`imports ${entry} in Node without a DOM`, () => {
    const script = `for (const name of ['window', 'document', 'HTMLElement', 'customElements'])
  if (name in globalThis) throw new Error(name + ' exists before the import');
await import(${JSON.stringify(entry)});`;
    execFileSync(process.execPath, ['--input-type=module', '-e', script], {
      cwd: repo,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  });
}
