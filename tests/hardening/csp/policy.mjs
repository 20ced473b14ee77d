// The strict policy the CSP page is served with (web-test-runner.config.mjs adds the header).
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Serves everything under /tests/hardening/csp/ with the strict policy. */
export async function strictCsp(context, next) {
  await next();
  if (context.path.startsWith('/tests/hardening/csp/')) {
    context.set('Content-Security-Policy', STRICT_CSP);
  }
}
