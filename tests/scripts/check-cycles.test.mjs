// scripts/check-cycles.mjs: reads every kind of relative import, and finds circles of any length.
import {it} from 'node:test';
import assert from 'node:assert/strict';
import {cycles, importsOf} from '../../scripts/check-cycles.mjs';

it('reads static, type-only, side-effect and dynamic imports, and re-exports', () => {
  const source = `import {a} from './a.js';
import type {B} from '../b/b.js';
import './c.js';
export {d} from './d.js';
const e = () => import('./e.js');
import {html} from 'lit';`;
  assert.deepEqual(importsOf('/src/x/x.ts', source), [
    '/src/x/a.ts',
    '/src/b/b.ts',
    '/src/x/d.ts',
    '/src/x/c.ts',
    '/src/x/e.ts',
  ]);
});

it('finds a circle of two, and one of three, and no circle in a tree', () => {
  const graph = (pairs) => {
    const edges = new Map();
    for (const [from, to] of pairs) {
      edges.set(from, [...(edges.get(from) ?? []), to]);
      if (!edges.has(to)) edges.set(to, []);
    }
    return edges;
  };
  assert.deepEqual(
    cycles(
      graph([
        ['a', 'b'],
        ['b', 'a'],
      ]),
    ),
    [['a', 'b']],
  );
  assert.deepEqual(
    cycles(
      graph([
        ['a', 'b'],
        ['b', 'c'],
        ['c', 'a'],
        ['c', 'd'],
      ]),
    ),
    [['a', 'b', 'c']],
  );
  assert.deepEqual(
    cycles(
      graph([
        ['a', 'b'],
        ['a', 'c'],
        ['b', 'd'],
        ['c', 'd'],
      ]),
    ),
    [],
  );
});
