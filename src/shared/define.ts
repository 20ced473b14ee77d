/**
 * Defines a custom element once. A page that loads the library twice (say, the bundle and an npm
 * copy) keeps the first definition and gets a warning instead of an exception.
 */
export function define(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
  else if (customElements.get(tag) !== element) {
    console.warn(
      `newsroom-elements: <${tag}> is already defined by another copy; keeping that one.`,
    );
  }
}
