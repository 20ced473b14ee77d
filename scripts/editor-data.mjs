#!/usr/bin/env node
// Writes the editors' data from custom-elements.json: web-types.json (JetBrains IDEs, named by
// the package.json `web-types` field) and vscode.html-custom-data.json (VS Code's
// `html.customData`). Both ship in the package. `--check` writes nothing and fails when either
// file is stale. Run `npm run manifest` first (npm test does).
import {readFileSync, writeFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {format, resolveConfig} from 'prettier';
import {editorElements} from './editor/elements.mjs';
import {webTypes} from './editor/web-types.mjs';
import {vscodeData} from './editor/vscode-data.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Each file's name and its content, from the manifest and package.json. */
export async function editorData(manifest, pkg) {
  const elements = editorElements(manifest);
  const json = async (name, data) => {
    const options = {...(await resolveConfig(`${root}${name}`)), parser: 'json'};
    return format(JSON.stringify(data), options);
  };
  return {
    [pkg['web-types']]: await json(pkg['web-types'], webTypes(elements, pkg)),
    'vscode.html-custom-data.json': await json(
      'vscode.html-custom-data.json',
      vscodeData(elements),
    ),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));
  const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
  const check = process.argv.includes('--check');
  const stale = [];
  for (const [name, next] of Object.entries(await editorData(manifest, pkg))) {
    let now = '';
    try {
      now = readFileSync(`${root}${name}`, 'utf8');
    } catch {
      // not written yet
    }
    if (next === now) continue;
    stale.push(name);
    if (!check) writeFileSync(`${root}${name}`, next);
  }
  if (check && stale.length) {
    console.error(`${stale.join(', ')} stale: run \`npm run manifest && npm run editor-data\`.`);
    process.exit(1);
  }
  console.log(
    stale.length
      ? `${stale.join(', ')} written from custom-elements.json.`
      : 'web-types and VS Code data match custom-elements.json.',
  );
}
