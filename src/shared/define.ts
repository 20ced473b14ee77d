/**
 * Defines a custom element unless the tag is taken: a page that loads the library twice (say,
 * the bundle and an npm copy) keeps the first definition instead of throwing.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
