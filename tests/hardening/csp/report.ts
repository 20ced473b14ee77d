// What both strict-CSP pages (page.ts, icons.ts) do around their own checks: record every policy
// violation and every console error from the moment they load, then run the checks and tell the
// test (the iframe's parent) what they saw, or what failed.

const violations: string[] = [];
/** What the elements said on the console (a forbidden policy is named there). */
const errors: string[] = [];
const consoleError = console.error;
console.error = (...args: unknown[]) => {
  errors.push(args.map(String).join(' '));
  consoleError.apply(console, args);
};
document.addEventListener('securitypolicyviolation', (e) =>
  violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sample}`),
);

/** Runs `checks` and posts `{type: 'csp-result', checks, violations, errors}` (or `error`). */
export function reportChecks(checks: () => Promise<Record<string, unknown>>): void {
  checks().then(
    (result) => parent.postMessage({type: 'csp-result', checks: result, violations, errors}, '*'),
    (error) =>
      parent.postMessage({type: 'csp-result', error: String(error), violations, errors}, '*'),
  );
}
