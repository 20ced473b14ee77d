// JetBrains web-types (version 2) from the editor view of the manifest (elements.mjs): WebStorm
// and the other JetBrains IDEs read the file the package.json `web-types` field names, and then
// complete each tag, its attributes (and their values), events, slots and CSS parts/properties.

/** The type an attribute's value has in markup, in TypeScript syntax (`'card' | 'full'`). */
const valueType = ({value}) =>
  value.kind === 'enum' ? value.values.map((v) => `'${v}'`).join(' | ') : value.kind;

const named = ({name, description}) => (description ? {name, description} : {name});

/** One element's contribution. */
function webTypesElement(e) {
  const css = {
    properties: e.cssProperties.map((p) => ({
      name: p.name,
      description: p.default ? `${p.description} Default: \`${p.default}\`.`.trim() : p.description,
    })),
    parts: e.parts.map(named),
  };
  return {
    name: e.tag,
    description: e.description,
    source: {symbol: e.className},
    attributes: e.attributes.map((a) => ({
      ...named(a),
      ...(a.default === undefined ? {} : {default: a.default}),
      value: {type: valueType(a), required: false},
    })),
    slots: e.slots.map(named),
    js: {
      properties: e.properties.map((p) => ({
        ...named(p),
        ...(p.type ? {type: p.type} : {}),
        ...(p.readonly ? {'read-only': true} : {}),
      })),
      events: e.events.map(named),
    },
    css,
  };
}

/** The whole web-types.json of `pkg` (package.json) for `elements`. */
export function webTypes(elements, pkg) {
  return {
    $schema: 'https://json.schemastore.org/web-types',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    'js-types-syntax': 'typescript',
    contributions: {html: {elements: elements.map(webTypesElement)}},
  };
}
