// The build compiles each class's @property() decorators into one declareProperties() call
// (scripts/declare-properties.mjs). The built elements must declare exactly what the source
// does: every attribute of the manifest (read from the source) is a reactive property of the
// built class, under that attribute's name, with nothing extra. Needs `npm run build` first.
import {it} from 'node:test';
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${repo}/custom-elements.json`, 'utf8'));

const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((d) => d.customElement && d.tagName !== 'news-icon')
    .map((d) => ({path: module.path, ...d})),
);

it('finds the Lit elements', () => {
  assert.deepEqual(elements.map((e) => e.tagName).sort(), [
    'news-article',
    'news-bookmark',
    'news-share',
    'podcast-player',
  ]);
});

for (const element of elements) {
  it(`builds <${element.tagName}> with the properties its source declares`, async () => {
    const Class = (await import(`${repo}/${element.path}`))[element.name];
    const built = Class.elementProperties;
    const declared = element.attributes.filter((a) => a.fieldName);
    assert.deepEqual([...built.keys()].sort(), declared.map((a) => a.fieldName).sort());
    for (const {name, fieldName} of declared) {
      const options = built.get(fieldName);
      assert.equal(
        typeof options.attribute === 'string' ? options.attribute : fieldName.toLowerCase(),
        name,
        `${element.tagName}.${fieldName}`,
      );
    }
    assert.ok(Class.observedAttributes.length >= declared.length);
    for (const {name} of declared) assert.ok(Class.observedAttributes.includes(name), name);
  });
}
