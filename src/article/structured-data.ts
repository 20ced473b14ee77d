import {trustedPolicy} from '../shared/trusted-policy.js';

/** The fields of a schema.org NewsArticle that `<news-article structured-data>` publishes. */
export interface ArticleData {
  headline: string;
  url?: string;
  datePublished?: Date;
  author?: string;
  image?: string;
}

/**
 * NewsArticle JSON-LD, serialised so that no field can end the `<script>` it goes into or open a
 * comment there: `<`, `>` and `&` are written as JSON escapes, as are U+2028 and U+2029.
 */
export function newsArticleJsonLd(data: ArticleData): string {
  const json = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: data.headline,
    url: data.url,
    datePublished: data.datePublished?.toISOString(),
    author: data.author ? {'@type': 'Person', name: data.author} : undefined,
    image: data.image ? [data.image] : undefined,
  };
  return JSON.stringify(json).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Writes `json` into `script`. Where Trusted Types are enforced, through a policy of our own that
 * only ever receives the JSON above; if the page forbids that policy, nothing is written.
 */
export function setScriptJson(script: HTMLScriptElement, json: string): boolean {
  const policy = trustedPolicy('newsroom-elements-json-ld', {createScript: (s: string) => s});
  try {
    (script as {text: unknown}).text = policy ? policy.createScript(json) : json;
    return true;
  } catch {
    return false;
  }
}
