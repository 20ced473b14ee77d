// @custom-elements-manifest/analyzer: `npm run manifest` writes custom-elements.json from the JSDoc
// in src/ (see STYLE.md, "Docs in the code").
import {readFileSync} from 'node:fs';

/**
 * The shared theme tokens (src/shared/tokens.ts) with their defaults: every Lit element reads
 * them, so each lists them among its CSS custom properties (tests/manifest checks it).
 */
const tokens = [
  ...readFileSync(new URL('./src/shared/tokens.ts', import.meta.url), 'utf8').matchAll(
    /--_news-[\w-]+: var\((--news-[\w-]+), (.+)\);/g,
  ),
].map(([, name, fallback]) => ({
  name,
  default: fallback.replace('var(--_news-accent)', 'var(--news-color-accent)'),
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
  exclude: ['src/**/*.test.ts', 'src/icons/set/**', 'src/react/**'],
  outdir: '.',
  litelement: true,
  plugins: [tidy()],
};
