// The strict policy the CSP page is served with (web-test-runner.config.mjs adds the header).
// The Trusted Types policies the elements need, exactly as docs/hardening.md lists them: Lit's
// own, and ours for parsing feeds and descriptions and for writing JSON-LD.
export const TRUSTED_TYPES = 'lit-html newsroom-elements-parse newsroom-elements-json-ld';
export const STRICT_CSP = `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types ${TRUSTED_TYPES}`;

/** Serves everything under /tests/hardening/csp/ with the strict policy. */
export async function strictCsp(context, next) {
  await next();
  if (context.path.startsWith('/tests/hardening/csp/')) {
    context.set('Content-Security-Policy', STRICT_CSP);
  }
}
