// @custom-elements-manifest/analyzer: `npm run manifest` writes custom-elements.json from the JSDoc
// in src/ (see STYLE.md, "Docs in the code"). The file is shipped as it is written: its module
// paths name the package's own files (dist/…/*.js), and each tag names the module defining it.
import {readFileSync} from 'node:fs';
import {posix} from 'node:path';

/**
 * The shared theme tokens (src/shared/tokens.ts) with their defaults: every Lit element reads
 * them, so each lists them among its CSS custom properties (tests/manifest checks it).
 */
const tokens = [
  ...readFileSync(new URL('./src/shared/tokens.ts', import.meta.url), 'utf8').matchAll(
    /--_news-[\w-]+: var\(\s*(--news-[\w-]+),\s*([^;]+?)\s*\);/g,
  ),
].map(([, name, fallback]) => ({
  name,
  // One line, naming the public tokens a default is made of.
  default: fallback.replace(/\s+/g, ' ').replace(/var\(--_news-(\w+)\)/g, 'var(--news-color-$1)'),
  description: 'Shared theme token (docs/theming.md).',
}));
const themed = new Set(['news-article', 'news-bookmark', 'news-share', 'podcast-player']);

/** Lifecycle callbacks are the browser's business, not part of an element's API. */
const lifecycle = new Set([
  'connectedCallback',
  'disconnectedCallback',
  'attributeChangedCallback',
  'adoptedCallback',
]);

/**
 * `define('news-share', NewsShare)` (src/shared/define.ts) defines a tag: the module that calls it
 * gets the `custom-element-definition` export the analyzer gives `customElements.define()`.
 */
function definitions() {
  return {
    name: 'newsroom-definitions',
    analyzePhase({ts, node, moduleDoc}) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      const [tag, element] = node.arguments;
      if (node.expression.text !== 'define' || !tag || !ts.isStringLiteral(tag)) return;
      if (!element || !ts.isIdentifier(element)) return;
      (moduleDoc.exports ??= []).push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: {name: element.text, module: moduleDoc.path},
      });
    },
    packageLinkPhase({customElementsManifest}) {
      // define() itself calls customElements.define(tag, element): not a tag of ours.
      const tags = new Set(
        customElementsManifest.modules.flatMap((m) =>
          (m.declarations ?? []).filter((d) => d.customElement).map((d) => d.tagName),
        ),
      );
      for (const mod of customElementsManifest.modules)
        mod.exports = mod.exports?.filter(
          (e) => e.kind !== 'custom-element-definition' || tags.has(e.name),
        );
    },
  };
}

/** `src/a/b.ts` (or a `.js` specifier of it) → `dist/a/b.js`, the file the package ships. */
const shipped = (path) => path.replace(/^src\//, 'dist/').replace(/\.[jt]s$/, '.js');

/**
 * Rewrites every module path, and every reference to a module of ours, to the built file the
 * package ships, so that tools reading the installed manifest find what it names. Modules that
 * declare and export nothing (translations, type-only modules) are left out: they ship no
 * declaration a tool could use, and a type-only module ships no .js at all.
 */
function shippedPaths() {
  const rewrite = (value, from) => {
    if (Array.isArray(value)) return value.forEach((v) => rewrite(v, from));
    if (!value || typeof value !== 'object') return;
    if (typeof value.module === 'string' && !value.package) {
      const path = value.module.startsWith('.')
        ? posix.join(posix.dirname(from), value.module)
        : value.module;
      value.module = shipped(path);
    }
    for (const v of Object.values(value)) rewrite(v, from);
  };
  return {
    name: 'newsroom-shipped-paths',
    packageLinkPhase({customElementsManifest}) {
      customElementsManifest.modules = customElementsManifest.modules.filter(
        (m) => m.declarations?.length || m.exports?.length,
      );
      for (const mod of customElementsManifest.modules) {
        rewrite(mod.declarations, mod.path);
        rewrite(mod.exports, mod.path);
        mod.path = shipped(mod.path);
      }
    },
  };
}

/** Tidies what the analyzer cannot know from a plain (non-Lit) element. */
function tidy() {
  return {
    name: 'newsroom-tidy',
    packageLinkPhase({customElementsManifest}) {
      // The analyzer lists modules in the order the file system gives, which differs from one
      // machine to the next; the reference and docs pages are made from this list, so sort it.
      customElementsManifest.modules.sort(
        (a, b) => Number(a.path > b.path) - Number(a.path < b.path),
      );
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (!decl.customElement) continue;
          decl.members = (decl.members ?? []).filter(
            (m) => !(m.kind === 'method' && lifecycle.has(m.name)),
          );
          if (themed.has(decl.tagName)) {
            const own = new Set((decl.cssProperties ?? []).map((p) => p.name));
            decl.cssProperties = [
              ...(decl.cssProperties ?? []),
              ...tokens.filter((t) => !own.has(t.name)),
            ];
          }
          // An attribute named like a public field is that field's (news-icon's name and label).
          for (const attr of decl.attributes ?? []) {
            if (attr.fieldName) continue;
            const field = decl.members.find(
              (m) => m.kind === 'field' && m.name === attr.name && m.privacy !== 'private',
            );
            if (field) attr.fieldName = field.name;
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // src/types/ holds typings only (built from this manifest): no module a tool could load. The
  // embed page's own scripts are built into dist/embed.js and dist/embed-resize.js, not modules;
  // the one-file bundle's entry and its on-demand translations into dist/newsroom-elements.*.js.
  exclude: [
    'src/bundle.ts',
    'src/locales/on-demand.ts',
    'src/**/*.test.ts',
    'src/icons/set/**',
    'src/react/**',
    'src/types/**',
    'src/embed/embed.ts',
    'src/embed/params.ts',
    'src/embed/resize.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [definitions(), tidy(), shippedPaths()],
};
