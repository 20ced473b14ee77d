// A Vite plugin that gives the compiled decorators a smaller helper. With
// `experimentalDecorators`, each `@property()` compiles to a call of `__decorate` (from
// @oxc-project/runtime, put into the output). Its general form also decorates classes and defers
// to a `Reflect.decorate` polyfill (reflect-metadata), neither of which this project uses: our
// one decorator, `property()` (src/shared/property.ts), decorates fields and accessors only.
// This keeps the same semantics for those (last decorator first, each given the descriptor the
// one before returned), and has no class or Reflect.decorate branch.

/** The helper, as the compiler calls it: `__decorate(decorators, prototype, name, desc)`. */
export const DECORATE = `export default function __decorate(decorators, target, key, desc) {
  let result = desc === null ? Object.getOwnPropertyDescriptor(target, key) : desc;
  for (const decorate of decorators.reverse()) result = decorate(target, key, result) || result;
  if (result) Object.defineProperty(target, key, result);
}
`;

export function decorateHelperPlugin() {
  return {
    name: 'decorate-helper',
    transform(_code, id) {
      if (/@oxc-project\+runtime@[^/]+\/helpers\/esm\/decorate\.js$/.test(id)) {
        return {code: DECORATE, map: null};
      }
    },
  };
}
