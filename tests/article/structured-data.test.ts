// src/article/structured-data.ts: the NewsArticle JSON-LD a card publishes, and its <script>.
import {expect} from '@open-wc/testing';
import {
  newsArticleJsonLd,
  setScriptJson,
  writeJsonLd,
  type ArticleData,
} from '../../src/article/structured-data.js';

const MARKED = 'script[type="application/ld+json"][data-news-article]';
const FULL = {
  headline: 'Ministers meet',
  url: 'https://news.example/nato',
  datePublished: new Date(Date.UTC(2010, 4, 20, 11, 12)),
  author: 'Rosa Tal',
  image: 'https://news.example/photo.jpg',
};

describe('newsArticleJsonLd', () => {
  it('gives schema.org NewsArticle JSON with exactly the fields given', () => {
    expect(JSON.parse(newsArticleJsonLd(FULL)), 'every field').to.deep.equal({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Ministers meet',
      url: 'https://news.example/nato',
      datePublished: '2010-05-20T11:12:00.000Z',
      author: {'@type': 'Person', name: 'Rosa Tal'},
      image: ['https://news.example/photo.jpg'],
    });
  });

  it('leaves out the fields not given (and an empty author or image)', () => {
    const keys = (data: ArticleData) => Object.keys(JSON.parse(newsArticleJsonLd(data))).join();
    const always = '@context,@type,headline';
    expect(keys({headline: 'A'}), 'headline only').to.equal(always);
    expect(keys({headline: 'A', author: '', image: ''}), 'empty').to.equal(always);
    for (const field of ['url', 'datePublished', 'author', 'image'] as const)
      expect(keys({headline: 'A', [field]: FULL[field]}), field).to.equal(`${always},${field}`);
  });

  it('cannot end its <script> or open a comment there, and reads back as written', () => {
    for (const value of [
      '</script><script>window.__escaped=1</script>',
      '</SCRIPT >',
      '<!--<script>',
      'a --> b',
      ']]> <![CDATA[',
      'Fish & chips &amp; &lt;',
      'line\u2028paragraph\u2029end',
      'lone \uD800 and \uDFFF halves',
      '📰 Breaking 🇺🇦',
      'خبر عاجل \u202Eevil',
    ]) {
      const json = newsArticleJsonLd({headline: value, author: value, image: value});
      expect(/[<>&\u2028\u2029]/.test(json), `escaped: ${value}`).to.equal(false);
      expect(json.isWellFormed(), `well-formed: ${value}`).to.equal(true);
      const data = JSON.parse(json);
      expect(data.headline, `headline: ${value}`).to.equal(value);
      expect(data.author.name, `author: ${value}`).to.equal(value);
      expect(data.image[0], `image: ${value}`).to.equal(value);
      // As a page would parse it: one script holding all of it, and the markup after it intact.
      const html = `<script type="application/ld+json">${json}</script><p id="after"></p>`;
      const page = new DOMParser().parseFromString(html, 'text/html');
      expect(page.scripts.length, `one script: ${value}`).to.equal(1);
      expect(page.scripts[0].text, `whole JSON: ${value}`).to.equal(json);
      expect(page.getElementById('after') !== null, `markup after: ${value}`).to.equal(true);
    }
  });
});

describe('writeJsonLd', () => {
  let host: HTMLElement;
  beforeEach(() => (host = document.body.appendChild(document.createElement('div'))));
  afterEach(() => host.remove());
  const ours = () => host.querySelectorAll<HTMLScriptElement>(`:scope > ${MARKED}`);

  it('adds one marked JSON-LD script, then rewrites that same one', () => {
    writeJsonLd(host, MARKED, () => ({headline: 'First'}));
    const [script] = ours();
    expect(ours().length, 'one script').to.equal(1);
    expect(script.type, 'type').to.equal('application/ld+json');
    expect(script.dataset.newsArticle, 'marker').to.equal('');
    expect(script.slot, 'slot').to.equal('structured-data');
    expect(script.text, 'JSON').to.equal(newsArticleJsonLd({headline: 'First'}));
    writeJsonLd(host, MARKED, () => ({headline: 'Second'}));
    expect(host.querySelectorAll('script').length, 'still one script').to.equal(1);
    expect(ours()[0] === script, 'the same script').to.equal(true);
    expect(JSON.parse(script.text).headline, 'rewritten').to.equal('Second');
  });

  it('does not touch the script again when the JSON is unchanged', () => {
    writeJsonLd(host, MARKED, () => ({headline: 'Same', author: 'R'}));
    const observer = new MutationObserver(() => {});
    observer.observe(host, {childList: true, subtree: true, characterData: true});
    writeJsonLd(host, MARKED, () => ({headline: 'Same', author: 'R'}));
    expect(observer.takeRecords().length, 'mutations').to.equal(0);
    observer.disconnect();
  });

  it('leaves the page’s own JSON-LD alone, and a marked script that is not a child', () => {
    const [theirs, nested] = ['{"@type":"Organization"}', '{}'].map((text) =>
      Object.assign(document.createElement('script'), {type: 'application/ld+json', text}),
    );
    nested.dataset.newsArticle = '';
    host.append(theirs, document.createElement('div'));
    host.lastElementChild!.append(nested);
    writeJsonLd(host, MARKED, () => ({headline: 'Ours'}));
    expect(theirs.text, 'the page’s script').to.equal('{"@type":"Organization"}');
    expect(nested.text, 'the nested script').to.equal('{}');
    expect(ours().length, 'ours added').to.equal(1);
    expect(host.querySelectorAll('script').length, 'three scripts').to.equal(3);
  });

  it('writes nothing when the article no longer asks for it', () => {
    writeJsonLd(host, MARKED, () => false);
    expect(host.querySelectorAll('script').length, 'nothing added').to.equal(0);
    writeJsonLd(host, MARKED, () => ({headline: 'Kept'}));
    writeJsonLd(host, MARKED, () => false);
    expect(JSON.parse(ours()[0].text).headline, 'left as it was').to.equal('Kept');
  });

  it('setScriptJson writes the text where Trusted Types are not enforced', () => {
    const script = document.createElement('script');
    expect(setScriptJson(script, '{"a":1}'), 'written').to.equal(true);
    expect(script.text, 'text').to.equal('{"a":1}');
  });
});
