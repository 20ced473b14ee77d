// The typings and the elements agree. For each tag, TypeScript itself (its checker, on the
// typings as an app compiles them) must find: exactly the properties and attributes the manifest
// gives (each writable property, each attribute named unlike a property), each of them a
// writable property of the element's class or an attribute it observes, and exactly the
// manifest's events; and every framework's typing (React and Preact JSX, Vue, Svelte) must offer
// all of them. Reads custom-elements.json: run after `npm run build` (npm test does).
import {before, describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import ts from 'typescript';
import {settable} from '../../scripts/element-api.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
const declarations = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName);
const tags = declarations.map((d) => d.tagName).sort();

/** A probe an app could write: per tag, each typing of the tag, to be read by the checker. */
const probePath = `${root}tests/types/agree-probe.ts`;
const probe = `
import type {NewsroomElements} from '../../src/types/elements.js';
import type {NewsroomIntrinsicElements} from '../../src/types/jsx-react.js';
import type {NewsroomPreactElements} from '../../src/types/jsx-preact.js';
import type {NewsroomVueComponents} from '../../src/types/vue.js';
import type {NewsroomSvelteElements} from '../../src/types/svelte.js';
export type Probe = {
  [T in keyof NewsroomElements]: {
    element: HTMLElementTagNameMap[T];
    props: NewsroomElements[T]['props'];
    events: NewsroomElements[T]['events'];
    react: NewsroomIntrinsicElements[T];
    preact: NewsroomPreactElements[T];
    vue: InstanceType<NewsroomVueComponents[T]>['$props'];
    svelte: NewsroomSvelteElements[T];
  };
};
`;

let checker;
let typings;

before(() => {
  const {config} = ts.readConfigFile(`${root}tsconfig.json`, ts.sys.readFile);
  const {options} = ts.parseJsonConfigFileContent(config, ts.sys, root);
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const getSourceFile = host.getSourceFile.bind(host);
  host.fileExists = (
    (exists) => (f) =>
      f === probePath || exists(f)
  )(host.fileExists.bind(host));
  host.readFile = (f) => (f === probePath ? probe : readFile(f));
  host.getSourceFile = (f, language, ...rest) =>
    f === probePath
      ? ts.createSourceFile(f, probe, language, true)
      : getSourceFile(f, language, ...rest);
  const program = ts.createProgram([probePath], options, host);
  const errors = ts.getPreEmitDiagnostics(program, program.getSourceFile(probePath));
  assert.deepEqual(
    errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')),
    [],
  );
  checker = program.getTypeChecker();
  const alias = program
    .getSourceFile(probePath)
    .statements.find((s) => ts.isTypeAliasDeclaration(s) && s.name.text === 'Probe');
  typings = checker.getTypeAtLocation(alias.name);
});

/** The type of `key` on `type`. */
const member = (type, key) => checker.getTypeOfSymbol(checker.getPropertyOfType(type, key));
/** The names of `type`'s properties. */
const keys = (type) => checker.getPropertiesOfType(type).map((s) => s.name);

/** Whether `name` on `type` can be written: not readonly, not a getter without a setter. */
function writable(type, name) {
  const symbol = checker.getPropertyOfType(type, name);
  if (!symbol) return false;
  const declarations = symbol.declarations ?? [];
  if (declarations.some((d) => ts.getCombinedModifierFlags(d) & ts.ModifierFlags.Readonly))
    return false;
  return !declarations.some(ts.isGetAccessorDeclaration) || declarations.some(ts.isSetAccessor);
}

/** What the manifest says a framework may set on `d`, and the events `d` fires. */
function expected(d) {
  const {properties, attributes} = settable(d);
  return {
    properties,
    attributes,
    props: [...properties, ...attributes].sort(),
    events: (d.events ?? []).map((e) => e.name).sort(),
  };
}

const camel = (name) => name.replace(/-(\w)/g, (_, c) => c.toUpperCase());

describe('the typings and the elements', () => {
  it('type every element of the manifest, and no other', () => {
    assert.deepEqual(keys(typings).sort(), tags);
  });

  for (const d of declarations) {
    describe(`<${d.tagName}>`, () => {
      const want = expected(d);
      const of = (what) => member(member(typings, d.tagName), what);

      it('takes exactly the properties and attributes the manifest gives', () => {
        assert.deepEqual(keys(of('props')).sort(), want.props);
      });

      it("takes as properties only the element's own writable ones", () => {
        for (const name of want.properties)
          assert.ok(writable(of('element'), name), `${d.name}.${name} is writable`);
        const observed = new Set((d.attributes ?? []).map((a) => a.name));
        for (const name of want.attributes)
          assert.ok(observed.has(name), `<${d.tagName} ${name}> is observed`);
      });

      it('fires exactly the events the manifest gives', () => {
        assert.deepEqual(keys(of('events')).sort(), want.events);
      });

      it('is offered whole by the React, Preact, Vue and Svelte typings', () => {
        const listeners = {
          react: want.events.map((e) => `on${e}`),
          preact: want.events.map((e) => `on${e}`),
          svelte: want.events.map((e) => `on${e}`),
          vue: want.events.map((e) => `on${camel(`-${e}`)}`),
        };
        for (const [framework, on] of Object.entries(listeners)) {
          const offered = new Set(keys(of(framework)));
          for (const name of [...want.props, ...on])
            assert.ok(offered.has(name), `${framework}: <${d.tagName}> ${name}`);
        }
      });
    });
  }
});
