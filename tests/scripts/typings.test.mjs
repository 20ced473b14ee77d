// scripts/typings.mjs: the typings name every settable property and every attribute that a
// property's name does not already cover, and the events with their types.
import {it} from 'node:test';
import assert from 'node:assert/strict';
import {elementTypings} from '../../scripts/typings.mjs';

const declaration = {
  tagName: 'x-player',
  attributes: [
    {name: 'src', fieldName: 'src'},
    {name: 'step-back', fieldName: 'stepBack'},
    {name: 'duration', fieldName: 'declaredDuration'},
  ],
  members: [
    {kind: 'field', name: 'src'},
    {kind: 'field', name: 'stepBack'},
    {kind: 'field', name: 'declaredDuration'},
    {kind: 'field', name: 'duration', readonly: true},
    {kind: 'field', name: 'currentTime'},
    {kind: 'field', name: 'secret', privacy: 'private'},
    {kind: 'field', name: 'styles', static: true},
    {kind: 'method', name: 'play'},
  ],
  events: [
    {name: 'play', type: {text: 'Event'}},
    {name: 'x-change', type: {text: 'XChangeEvent'}},
  ],
};

it('lists the writable public properties, the attributes not named as one, and the events', () => {
  const out = elementTypings(declaration).replace(/\s+/g, ' ');
  assert.match(out, /properties: 'src' \| 'stepBack' \| 'declaredDuration' \| 'currentTime';/);
  // `duration` is a read-only property's name: a framework would set the property, and fail.
  assert.match(out, /attributes: 'step-back';/);
  assert.match(
    out,
    /events: \{'play': Event; 'x-change': GlobalEventHandlersEventMap\['x-change'\];\}/,
  );
});
