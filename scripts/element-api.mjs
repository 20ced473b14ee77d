// Which members of an element in custom-elements.json are its public API: one answer for every
// script that reads the manifest (typings, reference tables, docs pages, editor data).

/** A member a page may use: not private or protected, not static, not a `#private` field. */
export const isPublic = (m) =>
  m.privacy !== 'private' && m.privacy !== 'protected' && !m.static && !m.name.startsWith('#');

/** A public field, but Lit's `updateComplete` (a promise every Lit element has). */
export const isPublicField = (m) =>
  m.kind === 'field' && isPublic(m) && m.name !== 'updateComplete';

/**
 * What a framework may set on an element: each writable public property, and each attribute named
 * unlike any property (`article-id`). An attribute named like a property would be set as that
 * property by a framework: it is that property.
 */
export function settable(d) {
  const fields = (d.members ?? []).filter(isPublicField);
  const names = new Set(fields.map((f) => f.name));
  return {
    properties: fields.filter((f) => !f.readonly).map((f) => f.name),
    attributes: (d.attributes ?? []).map((a) => a.name).filter((a) => !names.has(a)),
  };
}
