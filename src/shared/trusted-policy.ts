/** The Trusted Types factory, where the browser has one. */
type Factory = {createPolicy<R extends object>(name: string, rules: R): R};

const policies = new Map<string, object | null>();

/**
 * Our Trusted Types policy `name`, made once with `rules` (each rule returns its input: what it
 * may be given is decided by the one caller that uses it). `null` where Trusted Types are not
 * enforced (the caller then uses the plain string), or where the page forbids the policy: then
 * the one part that needs it fails, and the console says once which name the page must allow.
 */
export function trustedPolicy<R extends object>(name: string, rules: R): R | null {
  if (!policies.has(name)) {
    const factory = (window as {trustedTypes?: Factory}).trustedTypes;
    let made: R | null = null;
    try {
      made = factory ? factory.createPolicy(name, rules) : null;
    } catch {
      console.error(
        `newsroom-elements: add ${name} to the page's trusted-types directive (and load this library once).`,
      );
    }
    policies.set(name, made);
  }
  return policies.get(name) as R | null;
}
