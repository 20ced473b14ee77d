// custom-elements.json as the browser tests read it (written by `npm run manifest` before they
// run): the one list of each element's attributes and properties that suites iterate over.

interface Named {
  name: string;
  default?: string;
}
export interface Member extends Named {
  kind: string;
  static?: boolean;
  readonly?: boolean;
  privacy?: string;
  attribute?: string;
}
export interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: (Named & {fieldName?: string})[];
  members?: Member[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
  slots?: Named[];
}
interface Manifest {
  modules: {path: string; declarations?: Declaration[]}[];
}

const response = await fetch('/custom-elements.json');
if (!response.ok) throw new Error('custom-elements.json is missing: run `npm run manifest` first');
export const manifest: Manifest = await response.json();

export const TAGS = [
  'news-icon',
  'news-article',
  'news-bookmark',
  'news-share',
  'podcast-player',
] as const;

/** The manifest's declaration of `tag`. */
export const declaration = (tag: string): Declaration =>
  manifest.modules
    .flatMap((m) => m.declarations ?? [])
    .find((d) => d.customElement && d.tagName === tag)!;

/**
 * Every way a page sets a value on `tag`: each attribute with the property it sets, then each
 * writable property that has no attribute (`currentTime`), with an empty attribute name.
 */
export function settables(tag: string): {attribute: string; property: string}[] {
  const d = declaration(tag);
  const withAttribute = (d.attributes ?? []).map((a) => ({
    attribute: a.name,
    property: a.fieldName ?? a.name,
  }));
  const taken = new Set(withAttribute.map((a) => a.property));
  const propertyOnly = (d.members ?? [])
    .filter(
      (m) =>
        m.kind === 'field' &&
        !m.static &&
        !m.readonly &&
        m.privacy !== 'private' &&
        m.privacy !== 'protected' &&
        !m.name.startsWith('#') &&
        !taken.has(m.name),
    )
    .map((m) => ({attribute: '', property: m.name}));
  return [...withAttribute, ...propertyOnly];
}
