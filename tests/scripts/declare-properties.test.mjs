// scripts/declare-properties.mjs: each class's @property() decorators become one call after the
// class; nothing else in the module changes. The built elements are then tried against the
// manifest in tests/ssr/built-properties.test.mjs.
import {it} from 'node:test';
import assert from 'node:assert/strict';
import ts from 'typescript';
import {declareProperties} from '../../scripts/declare-properties.mjs';

const source = `import {LitElement} from 'lit';
import {property} from '../shared/property.js';

/** A card. */
export class Card extends LitElement {
  /** The headline. */
  @property()
  headline = '';
  @property({type: Number, attribute: 'step-back'})
  stepBack = 15;
  #kept = 1;
  /** Its state. */
  @property({type: Boolean, reflect: true})
  get open(): boolean {
    return this.#kept > 0;
  }
  set open(value: boolean) {}
  plain = 'no decorator';
}

class Other extends LitElement {}
`;

it('turns the decorators of each class into one declareProperties call after it', () => {
  const out = declareProperties(source, 'card.ts');
  assert.doesNotMatch(out, /@property/);
  assert.match(
    out,
    /^import \{declareProperties as __declareProperties\} from '\.\.\/shared\/property\.js';\n/,
  );
  assert.ok(
    out.trimEnd().includes(`}
__declareProperties(Card, {headline: 0,stepBack: {type: Number, attribute: 'step-back'},open: {type: Boolean, reflect: true}});

class Other extends LitElement {}`),
    out,
  );
  // The members, their documentation and everything else stay as written.
  for (const kept of [
    '/** The headline. */',
    "headline = '';",
    'get open(): boolean {',
    "plain = 'no decorator';",
  ]) {
    assert.ok(out.includes(kept), kept);
  }
  // And it is still TypeScript that compiles without decorators.
  const {diagnostics, outputText} = ts.transpileModule(out, {
    reportDiagnostics: true,
    compilerOptions: {target: ts.ScriptTarget.ES2022},
  });
  assert.deepEqual(diagnostics, []);
  assert.doesNotMatch(outputText, /__decorate/);
});

it('leaves a module without @property() as it is', () => {
  const code = `export const a = 1;\nclass B {}\n`;
  assert.equal(declareProperties(code), code);
});

it('refuses what it cannot keep in order: two decorators on one member', () => {
  const code = `import {property} from './property.js';
class A { @property() @other() x = ''; }`;
  assert.throws(() => declareProperties(code, 'a.ts'), /x has more than one decorator/);
});

it('refuses a computed member name', () => {
  const code = `import {property} from './property.js';
class A { @property() ['x'] = ''; }`;
  assert.throws(() => declareProperties(code, 'a.ts'), /without a plain name/);
});

it('refuses a static member, which would otherwise move to the prototype', () => {
  const code = `import {property} from './property.js';
class A { @property() static count = 0; }`;
  assert.throws(() => declareProperties(code, 'a.ts'), /static member count/);
});
