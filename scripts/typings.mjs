#!/usr/bin/env node
// Writes src/types/generated.ts from custom-elements.json: for each element, the names of the
// properties a framework may set, the attributes markup may write (where they differ from a
// property's name), and its events. The JSX, Vue and React typings are built on it, so they list
// no property by hand. `--check` writes nothing and fails when the file is stale.
// Run `npm run manifest` first (npm test does).
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {format, resolveConfig} from 'prettier';
import {settable} from './element-api.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outPath = `${root}src/types/generated.ts`;

const union = (names) => (names.length ? names.map((n) => `'${n}'`).join(' | ') : 'never');

/** The typings of one element of the manifest. */
export function elementTypings(d) {
  const {properties, attributes} = settable(d);
  const events = (d.events ?? []).map(
    (e) =>
      `'${e.name}': ${e.type?.text === 'Event' ? 'Event' : `GlobalEventHandlersEventMap['${e.name}']`};`,
  );
  return `'${d.tagName}': {
    properties: ${union(properties)};
    attributes: ${union(attributes)};
    events: {${events.join('\n')}};
  };`;
}

/** The whole file. */
export async function typings(manifest) {
  const declarations = manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .filter((d) => d.customElement && d.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const source = `// Written by \`npm run typings\` from custom-elements.json: do not edit.
// Per element: the properties a framework may set, the attributes (named unlike any property)
// markup may write, and the events with their types.
export interface ElementTypings {
${declarations.map(elementTypings).join('\n')}
}
`;
  return format(source, {...(await resolveConfig(outPath)), parser: 'typescript'});
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const next = await typings(manifest);
  let now = '';
  try {
    now = readFileSync(outPath, 'utf8');
  } catch {
    // not written yet
  }
  if (process.argv.includes('--check')) {
    if (next !== now) {
      console.error('src/types/generated.ts is stale: run `npm run manifest && npm run typings`.');
      process.exit(1);
    }
    console.log('src/types/generated.ts matches custom-elements.json.');
  } else if (next !== now) {
    writeFileSync(outPath, next);
    console.log('src/types/generated.ts written from custom-elements.json.');
  }
}
