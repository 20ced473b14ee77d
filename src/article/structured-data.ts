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

/**
 * Writes the article's JSON-LD into `host`'s `<script>` child that `selector` finds, adding one
 * if there is none, when `fields()` gives the data (nothing when it gives `false`: the article no
 * longer asks for it). Unchanged JSON is not written again (nor seen again by the body's word
 * counter).
 */
export function writeJsonLd(
  host: Element,
  selector: string,
  fields: () => ArticleData | false,
): void {
  const data = fields();
  if (!data) return;
  let script = host.querySelector<HTMLScriptElement>(`:scope > ${selector}`);
  if (!script) {
    script = document.createElement('script');
    script.type = 'application/ld+json';
    script.dataset.newsArticle = '';
    script.slot = 'structured-data';
  }
  const json = newsArticleJsonLd(data);
  if (script.text !== json && setScriptJson(script, json) && !script.isConnected)
    host.append(script);
}
