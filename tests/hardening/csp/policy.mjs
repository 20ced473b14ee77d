// The strict policy the CSP page is served with (web-test-runner.config.mjs adds the header).
// The Trusted Types policies the elements need, exactly as docs/hardening.md lists them: Lit's
// own, and ours for parsing feeds and descriptions and for writing JSON-LD.
export const TRUSTED_TYPES = 'lit-html newsroom-elements-parse newsroom-elements-json-ld';
export const strictCsp = (trustedTypes = TRUSTED_TYPES) =>
  `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types ${trustedTypes}`;

/**
 * Serves everything under /tests/hardening/csp/ with the strict policy; the page with `?tt=…`
 * allows those Trusted Types policies instead (`'none'`, or the list with one name left out).
 */
export async function strictCspMiddleware(context, next) {
  await next();
  if (context.path.startsWith('/tests/hardening/csp/')) {
    const tt = typeof context.query.tt === 'string' ? context.query.tt : undefined;
    context.set('Content-Security-Policy', strictCsp(tt));
  }
}
