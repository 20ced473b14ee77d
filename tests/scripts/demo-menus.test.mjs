// scripts/docs/demo-menus.mjs: each demo page's two menus written from one list, the page's own
// link marked as current, and nothing else on the page touched.
import {it} from 'node:test';
import assert from 'node:assert/strict';
import {DEMO_PAGES, withMenus} from '../../scripts/docs/demo-menus.mjs';

const page = `<header>
    <a href="./index.html">Home</a>
    <nav aria-label="Demo pages">
      <a href="./stale.html">Stale</a>
    </nav>
    <div class="language">kept</div>
    <nav class="docs-menu" aria-label="Element docs">
    </nav>
  </header>
  <nav aria-label="Other">untouched</nav>
`;

it('writes every page and every element, the page itself marked, at the menu’s indent', () => {
  const html = withMenus(page, 'seed', ['news-article', 'podcast-player']);
  for (const [name, label] of DEMO_PAGES) {
    const current = name === 'seed' ? ' aria-current="page"' : '';
    assert.ok(html.includes(`\n      <a href="./${name}.html"${current}>${label}</a>`), name);
  }
  assert.equal(html.match(/aria-current/g).length, 1, 'one current page');
  assert.ok(!html.includes('stale.html'), 'the old links are gone');
  assert.ok(
    html.includes(`      <span>Docs:</span>
      <a href="./docs/news-article.html">&lt;news-article&gt;</a>
      <a href="./docs/podcast-player.html">&lt;podcast-player&gt;</a>
    </nav>`),
    'the docs menu, closed at its indent',
  );
  for (const kept of ['<a href="./index.html">Home</a>', 'kept</div>', 'untouched</nav>'])
    assert.ok(html.includes(kept), kept);
});

it('gives the same page back when written twice', () => {
  const once = withMenus(page, 'vue', ['news-icon']);
  assert.equal(withMenus(once, 'vue', ['news-icon']), once);
});

it('says which page lacks a menu rather than writing a page without one', () => {
  assert.throws(
    () => withMenus('<header></header>', 'plain', []),
    /demo\/plain\.html: no <nav aria-label="Demo pages">/,
  );
  const unclosed = page.replace('    </nav>\n    <div', '  </nav>\n    <div');
  assert.throws(() => withMenus(unclosed, 'plain', []), /not closed at its indent/);
});
