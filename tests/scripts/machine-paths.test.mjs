// What a reader copies from the demo, the docs and the scripts works on their machine: no file
// names a path that exists on one machine only (a home folder, a temporary folder, a workspace).
import {it} from 'node:test';
import assert from 'node:assert/strict';
import {readdirSync, readFileSync, statSync} from 'node:fs';
import {extname, join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const FOLDERS = ['demo', 'docs', 'scripts', 'examples'];
const TEXT = new Set([
  '.html',
  '.md',
  '.ts',
  '.mjs',
  '.js',
  '.css',
  '.json',
  '.xml',
  '.vtt',
  '.sh',
  '.py',
]);
/** What the examples' installs and production builds write (git-ignored, full of paths). */
const BUILT = new Set([
  'node_modules',
  'dist',
  'build',
  '.next',
  '.svelte-kit',
  '.astro',
  '.nuxt',
  '.output',
  '.angular',
]);
/** An absolute path into a home, temporary or workspace folder (not a URL's path). */
const MACHINE_PATH =
  /(?<![\w.:/-])(?:\/(?:home|Users|tmp|work|root|var\/folders)\/|[A-Z]:\\Users\\)/;

function* files(dir) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (BUILT.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (TEXT.has(extname(name))) yield path;
  }
}

it('the pattern finds machine paths, not URLs', () => {
  for (const text of [
    'seed=/work/shared/a.txt',
    "'/home/me/x'",
    'open /tmp/x.png',
    'C:\\Users\\me',
  ])
    assert.match(text, MACHINE_PATH, text);
  for (const text of ['https://news.example/work/a', 'href="./docs/x"', 'src/home/x.ts'])
    assert.doesNotMatch(text, MACHINE_PATH, text);
});

it('demo/, docs/, scripts/ and the top-level guides name no machine path', () => {
  const top = readdirSync(root)
    .filter((name) => name.endsWith('.md'))
    .map((name) => join(root, name));
  const found = [];
  for (const path of [...top, ...FOLDERS.flatMap((f) => [...files(join(root, f))])]) {
    readFileSync(path, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        if (MACHINE_PATH.test(line)) found.push(`${relative(root, path)}:${i + 1}: ${line.trim()}`);
      });
  }
  assert.deepEqual(found, []);
});
