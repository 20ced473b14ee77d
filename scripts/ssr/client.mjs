// The browser side of the server-rendered page: Lit's hydration support first (it must run
// before lit-element loads), then the elements, which hydrate the declarative shadow DOM the
// server wrote instead of drawing it again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../../dist/index.js';
