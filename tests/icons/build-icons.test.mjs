// The icon script: it accepts our drawings and rejects anything unsafe or off-grid.
// Runs in Node (node --test), as part of npm test.
import {test} from 'node:test';
import assert from 'node:assert/strict';
import {execFileSync} from 'node:child_process';
import {mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {IconError, generate, validateSvg} from '../../scripts/build-icons.mjs';

const fixtures = new URL('./fixtures/', import.meta.url);
const read = (name) => readFileSync(new URL(name, fixtures), 'utf8');
const script = new URL('../../scripts/build-icons.mjs', import.meta.url).pathname;

test('a well-formed icon passes and is minified to its inner markup', () => {
  assert.equal(validateSvg(read('good.svg')), '<path d="M4 4h16"/>');
});

const rejected = {
  'bad-viewbox.svg': /24×24/,
  'bad-colour.svg': /currentColor/,
  'bad-script.svg': /<script> is not allowed/,
  'bad-event.svg': /event attribute onload/,
  'bad-foreign-object.svg': /<foreignObject> is not allowed/,
  'bad-external.svg': /<use> is not allowed/,
  'bad-url.svg': /external|currentColor/,
  'bad-style.svg': /attribute style is not allowed/,
  'bad-comment.svg': /comments/,
  'bad-unclosed.svg': /never closed/,
  'bad-empty.svg': /draws nothing/,
};
for (const [file, why] of Object.entries(rejected)) {
  test(`rejects ${file}`, () => {
    assert.throws(
      () => validateSvg(read(file), file),
      (e) => e instanceof IconError && why.test(e.message),
    );
  });
}

test('every committed icon is valid, and the generated modules are reproducible from the SVGs', () => {
  const icons = new URL('../../icons/', import.meta.url).pathname;
  const files = generate(icons);
  assert.equal([...files.keys()].filter((k) => k.startsWith('set/')).length, 47);
  for (const [path, text] of files) {
    assert.equal(
      readFileSync(new URL(`../../src/icons/${path}`, import.meta.url), 'utf8'),
      text,
      path,
    );
  }
});

test('the command fails with a clear message on a bad file, and writes nothing', () => {
  const dir = mkdtempSync(join(tmpdir(), 'icons-'));
  const out = mkdtempSync(join(tmpdir(), 'icons-out-'));
  copyFileSync(new URL('bad-script.svg', fixtures), join(dir, 'play.svg'));
  writeFileSync(join(dir, 'icons.json'), JSON.stringify({play: {aliases: []}}));
  assert.throws(
    () => execFileSync('node', [script, '--icons', dir, '--out', out], {stdio: 'pipe'}),
    (e) => e.status === 1 && /play\.svg: <script> is not allowed/.test(String(e.stderr)),
  );
  assert.deepEqual(readdirSync(out), []);
});

test('an SVG missing from icons.json, or a name given twice, fails', () => {
  const dir = mkdtempSync(join(tmpdir(), 'icons-'));
  copyFileSync(new URL('good.svg', fixtures), join(dir, 'a.svg'));
  copyFileSync(new URL('good.svg', fixtures), join(dir, 'b.svg'));
  writeFileSync(join(dir, 'icons.json'), JSON.stringify({a: {aliases: []}}));
  assert.throws(() => generate(dir), /b\.svg is not listed/);
  writeFileSync(
    join(dir, 'icons.json'),
    JSON.stringify({a: {aliases: ['x']}, b: {aliases: ['X']}}),
  );
  assert.throws(() => generate(dir), /"x" names both a and b/);
});
