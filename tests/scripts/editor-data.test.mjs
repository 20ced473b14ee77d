// scripts/editor-data.mjs: web-types and the VS Code data say what the manifest says of each tag:
// its description, attributes (an enum-like one with its values, a flag as a flag), properties,
// events, slots, CSS parts and CSS custom properties.
import {describe, it} from 'node:test';
import assert from 'node:assert/strict';
import {editorElements, literals, text} from '../../scripts/editor/elements.mjs';
import {webTypes} from '../../scripts/editor/web-types.mjs';
import {vscodeData} from '../../scripts/editor/vscode-data.mjs';

const manifest = {
  modules: [
    {
      path: 'dist/x-card.js',
      declarations: [
        {kind: 'function', name: 'helper'},
        {
          kind: 'class',
          customElement: true,
          tagName: 'x-card',
          name: 'XCard',
          description: 'A card:\nwrapped here.\n\nA second paragraph.',
          attributes: [
            {
              name: 'layout',
              fieldName: 'layout',
              type: {text: "'card' | 'full'"},
              default: "'card'",
            },
            {name: 'open', fieldName: 'open', type: {text: 'boolean'}, description: 'Opened.'},
            {name: 'step', fieldName: 'step', type: {text: 'number'}, default: '15'},
            {name: 'duration', fieldName: 'declaredDuration', type: {text: 'string'}},
          ],
          members: [
            {kind: 'field', name: 'layout', type: {text: "'card' | 'full'"}},
            {kind: 'field', name: 'declaredDuration', type: {text: 'string'}},
            {kind: 'field', name: 'duration', readonly: true, type: {text: 'number'}},
            {kind: 'field', name: 'secret', privacy: 'private'},
            {kind: 'field', name: 'styles', static: true},
            {kind: 'method', name: 'play'},
          ],
          events: [{name: 'x-change', type: {text: 'XChangeEvent'}, description: 'Changed.'}],
          slots: [{name: '', description: 'The body.'}],
          cssParts: [{name: 'headline', description: 'The headline.'}],
          cssProperties: [{name: '--x-card-accent', default: 'red', description: 'Accent.'}],
        },
      ],
    },
  ],
};
const [card] = editorElements(manifest);

describe('the editor view of the manifest', () => {
  it('keeps paragraphs and joins the wrapped lines of a description', () => {
    assert.equal(text('a\n  b\n\nc'), 'a b\n\nc');
    assert.equal(card.description, 'A card: wrapped here.\n\nA second paragraph.');
  });

  it('reads the values of a union of string literals, and nothing else', () => {
    assert.deepEqual(literals("'none' | 'metadata' | 'auto'"), ['none', 'metadata', 'auto']);
    assert.equal(literals('string'), undefined);
    assert.equal(literals("number | 'auto'"), undefined);
  });

  it('lists custom elements only, with their public instance properties', () => {
    assert.deepEqual(
      editorElements(manifest).map((e) => e.tag),
      ['x-card'],
    );
    assert.deepEqual(
      card.properties.map((p) => p.name),
      ['layout', 'declaredDuration', 'duration'],
    );
  });
});

describe('web-types', () => {
  const types = webTypes([card], {name: 'pkg', version: '1.2.3'});
  const [element] = types.contributions.html.elements;

  it('names the package and each tag with its class', () => {
    assert.equal(types.name, 'pkg');
    assert.equal(types.version, '1.2.3');
    assert.equal(element.name, 'x-card');
    assert.deepEqual(element.source, {symbol: 'XCard'});
  });

  it('types each attribute: the values of an enum, a flag, a number, text', () => {
    const type = Object.fromEntries(element.attributes.map((a) => [a.name, a.value.type]));
    assert.deepEqual(type, {
      layout: "'card' | 'full'",
      open: 'boolean',
      step: 'number',
      duration: 'string',
    });
    assert.equal(element.attributes[0].default, "'card'");
  });

  it('lists properties, events, slots, parts and CSS properties', () => {
    assert.deepEqual(element.js.properties[2], {
      name: 'duration',
      type: 'number',
      'read-only': true,
    });
    assert.deepEqual(element.js.events, [{name: 'x-change', description: 'Changed.'}]);
    assert.deepEqual(element.slots, [{name: '', description: 'The body.'}]);
    assert.deepEqual(element.css.parts, [{name: 'headline', description: 'The headline.'}]);
    assert.deepEqual(element.css.properties, [
      {name: '--x-card-accent', description: 'Accent. Default: `red`.'},
    ]);
  });
});

describe('VS Code custom data', () => {
  const data = vscodeData([card]);
  const [tag] = data.tags;
  const attribute = (name) => tag.attributes.find((a) => a.name === name);

  it('is version 1.1 with a tag per element', () => {
    assert.equal(data.version, 1.1);
    assert.equal(tag.name, 'x-card');
  });

  it('offers the values of an enum-like attribute and no value for a flag', () => {
    assert.deepEqual(attribute('layout').values, [{name: 'card'}, {name: 'full'}]);
    assert.equal(attribute('open').valueSet, 'v');
    assert.equal(attribute('step').values, undefined);
    assert.match(attribute('step').description.value, /Default: `15`/);
  });

  it("describes the tag's events, slots, parts and CSS properties, which the format lacks", () => {
    const hover = tag.description.value;
    assert.equal(tag.description.kind, 'markdown');
    assert.match(hover, /\*\*Events\*\*\n\n- `x-change` — Changed\./);
    assert.match(hover, /\*\*Slots\*\*\n\n- \(default\) — The body\./);
    assert.match(hover, /- `::part\(headline\)` — The headline\./);
    assert.match(hover, /- `--x-card-accent` — Accent\. Default: `red`\./);
  });
});
