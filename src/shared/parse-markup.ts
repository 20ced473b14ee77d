import {trustedPolicy} from './trusted-policy.js';

/**
 * Parses `source` with the browser's DOMParser into an inert document: its scripts never run, its
 * images never load, nothing of it is put into the page as is (callers copy out text, or the
 * elements they allow). Where Trusted Types are enforced, the text passes through a policy of our
 * own that is used for nothing else; if the page forbids that policy, this throws a TypeError.
 */
export function parseMarkup(source: string, type: DOMParserSupportedType): Document {
  const policy = trustedPolicy('newsroom-elements-parse', {createHTML: (s: string) => s});
  return new DOMParser().parseFromString(policy ? policy.createHTML(source) : source, type);
}
