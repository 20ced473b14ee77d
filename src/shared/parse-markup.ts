type HtmlPolicy = {createHTML(text: string): string};
let policy: HtmlPolicy | null | undefined;

/**
 * Parses `source` with the browser's DOMParser into an inert document: its scripts never run, its
 * images never load, nothing of it is put into the page as is (callers copy out text, or the
 * elements they allow). Where Trusted Types are enforced, the text passes through a policy of our
 * own that is used for nothing else; if the page forbids that policy, this throws a TypeError.
 */
export function parseMarkup(source: string, type: DOMParserSupportedType): Document {
  if (policy === undefined) {
    const tt = (window as {trustedTypes?: {createPolicy(name: string, rules: object): HtmlPolicy}})
      .trustedTypes;
    try {
      policy = tt
        ? tt.createPolicy('newsroom-elements-parse', {createHTML: (s: string) => s})
        : null;
    } catch {
      policy = null;
    }
  }
  return new DOMParser().parseFromString(policy ? policy.createHTML(source) : source, type);
}
