#!/usr/bin/env node
// Fails when modules under src/ import each other in a circle. Every kind of import counts:
// static, `import type` and `import()`, since each says that one module knows the other.
//
//   node scripts/check-cycles.mjs [DIR]
import {readFileSync, readdirSync, statSync} from 'node:fs';
import {dirname, join, relative, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

const root = resolve(process.argv[2] ?? fileURLToPath(new URL('../src', import.meta.url)));

/** Every .ts file under `dir`. */
const files = (dir) =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') ? [path] : [];
  });

/** The relative modules `file` imports, as paths of .ts files. */
export function importsOf(file, source = readFileSync(file, 'utf8')) {
  const specifiers = [
    ...source.matchAll(/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/\bimport\s*['"]([^'"]+)['"]/g),
    ...source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g),
  ].map((m) => m[1]);
  return specifiers
    .filter((s) => s.startsWith('.'))
    .map((s) => resolve(dirname(file), s.replace(/\.js$/, '.ts')));
}

/** The circles in the graph `edges` (file → files), each once, as lists of files. */
export function cycles(edges) {
  const found = [];
  const state = new Map(); // 1: on the path, 2: done
  const path = [];
  const visit = (node) => {
    state.set(node, 1);
    path.push(node);
    for (const next of edges.get(node) ?? []) {
      if (state.get(next) === 1) found.push(path.slice(path.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(node, 2);
  };
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return found;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const all = files(root);
  const edges = new Map(all.map((f) => [f, importsOf(f).filter((to) => all.includes(to))]));
  const found = cycles(edges);
  const name = (f) => relative(process.cwd(), f);
  if (found.length) {
    for (const circle of found)
      console.error(`import cycle: ${[...circle, circle[0]].map(name).join(' → ')}`);
    process.exit(1);
  }
  console.log(`${name(root)}: ${all.length} modules, no import cycle`);
}
