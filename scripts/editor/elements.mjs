// The elements of custom-elements.json as an editor presents them: per tag its description, the
// attributes markup may write (with their values where the type lists them), the properties a
// script may use, its events, slots, CSS parts and CSS custom properties. web-types.mjs and
// vscode-data.mjs write the two editors' formats from this.
import {isPublicField} from '../element-api.mjs';

/** One line of Markdown per JSDoc paragraph: the source's line breaks are only wrapping. */
export const text = (value) =>
  String(value ?? '')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');

/** `'card' | 'full'` → `['card', 'full']`; undefined for any type that is not such a union. */
export function literals(type) {
  const members = String(type ?? '')
    .split('|')
    .map((m) => m.trim());
  if (!members.every((m) => /^'[^'\\]*'$/.test(m))) return undefined;
  return members.map((m) => m.slice(1, -1));
}

/** What an attribute's value is, as markup writes it: one of `values`, a flag, a number or text. */
function attributeValue(type) {
  const values = literals(type);
  if (values) return {kind: 'enum', values};
  if (type === 'boolean') return {kind: 'boolean'};
  if (type === 'number') return {kind: 'number'};
  return {kind: 'string'};
}

/** One element of the manifest (a custom-element declaration), for the editors. */
export function editorElement(d) {
  return {
    tag: d.tagName,
    className: d.name,
    description: text(d.description || d.summary),
    attributes: (d.attributes ?? []).map((a) => ({
      name: a.name,
      description: text(a.description),
      default: a.default,
      type: a.type?.text,
      value: attributeValue(a.type?.text),
    })),
    properties: (d.members ?? []).filter(isPublicField).map((m) => ({
      name: m.name,
      description: text(m.description),
      type: m.type?.text,
      readonly: !!m.readonly,
    })),
    events: (d.events ?? []).map((e) => ({
      name: e.name,
      description: text(e.description),
      type: e.type?.text,
    })),
    slots: (d.slots ?? []).map((s) => ({name: s.name, description: text(s.description)})),
    parts: (d.cssParts ?? []).map((p) => ({name: p.name, description: text(p.description)})),
    cssProperties: (d.cssProperties ?? []).map((p) => ({
      name: p.name,
      description: text(p.description),
      default: p.default,
    })),
  };
}

/** Every custom element of the manifest, in tag order. */
export const editorElements = (manifest) =>
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName))
    .map(editorElement);
