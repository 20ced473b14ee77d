// VS Code HTML custom data (version 1.1) from the editor view of the manifest (elements.mjs):
// with `html.customData` pointing at the file, VS Code completes each tag and its attributes
// (and their values) and shows their descriptions on hover. The format has no events, slots or
// CSS parts, so the tag's description lists them.

const markdown = (value) => ({kind: 'markdown', value});

const code = (name) => `\`${name}\``;

/** `title` and a Markdown list of `items`, each `label` — description; nothing when empty. */
function section(title, items) {
  if (!items.length) return '';
  const lines = items.map(([label, description]) =>
    description ? `- ${label} — ${description}` : `- ${label}`,
  );
  return `**${title}**\n\n${lines.join('\n')}`;
}

/** The hover text of a tag: its description, then its events, slots, parts and CSS properties. */
function tagDescription(e) {
  return [
    e.description,
    section(
      'Events',
      e.events.map((x) => [code(x.name), x.description]),
    ),
    section(
      'Slots',
      e.slots.map((x) => [x.name ? code(x.name) : '(default)', x.description]),
    ),
    section(
      'CSS parts',
      e.parts.map((x) => [code(`::part(${x.name})`), x.description]),
    ),
    section(
      'CSS custom properties',
      e.cssProperties.map((x) => [
        code(x.name),
        x.default ? `${x.description} Default: \`${x.default}\`.`.trim() : x.description,
      ]),
    ),
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** One attribute: a flag has no value ("v"); an enum-like one offers its values. */
function attribute(a) {
  const description = a.default ? `${a.description}\n\nDefault: \`${a.default}\`.` : a.description;
  return {
    name: a.name,
    description: markdown(description.trim()),
    ...(a.value.kind === 'boolean' ? {valueSet: 'v'} : {}),
    ...(a.value.kind === 'enum' ? {values: a.value.values.map((name) => ({name}))} : {}),
  };
}

/** The whole vscode.html-custom-data.json for `elements`. */
export function vscodeData(elements) {
  return {
    $schema:
      'https://raw.githubusercontent.com/microsoft/vscode-html-languageservice/main/docs/customData.schema.json',
    version: 1.1,
    tags: elements.map((e) => ({
      name: e.tag,
      description: markdown(tagDescription(e)),
      attributes: e.attributes.map(attribute),
    })),
  };
}
