// The package's index.d.ts re-exports './browser/commands.mjs', which has no types; declare the one command we use.
declare module '@web/test-runner-visual-regression' {
  /** Screenshots `element` and compares it with tests/screenshots/<name>.png (saved on first run). */
  export function visualDiff(element: Element, name: string): Promise<void>;
}
