// src/shared/parse-markup.ts: markup from a feed or a cue, parsed into an inert document.
import {expect} from '@open-wc/testing';
import {parseMarkup} from '../../src/shared/parse-markup.js';

const canary = '__parseMarkupCanary';
const canaries = () => (window as unknown as Record<string, unknown>)[canary];
const requested = (name: string) =>
  performance.getEntriesByType('resource').filter((entry) => entry.name.includes(name));

describe('parseMarkup', () => {
  afterEach(() => delete (window as unknown as Record<string, unknown>)[canary]);

  it('parses HTML into a document of its own, outside the page', () => {
    const doc = parseMarkup(
      '<p id="pm-1" title="a &amp; b">Tides &lt;&gt; <b>times</b></p>',
      'text/html',
    );
    expect(doc.defaultView === null, 'a document of its own, with no window').to.equal(true);
    const p = doc.getElementById('pm-1')!;
    expect(p.title, 'attribute, entities decoded').to.equal('a & b');
    expect(p.textContent, 'text, entities decoded').to.equal('Tides <> times');
    expect(p.querySelector('b')!.localName, 'elements kept').to.equal('b');
    expect(document.querySelectorAll('#pm-1'), 'nothing in the page').to.have.length(0);
  });

  it('runs no script, fires no handler and loads nothing it names', async () => {
    const doc = parseMarkup(
      `<script>window.${canary} = 'script'</script>
      <img src="/pm-probe-img.png" onerror="window.${canary} = 'img'">
      <svg onload="window.${canary} = 'svg'"><image href="/pm-probe-svg.png"/></svg>
      <iframe srcdoc="<script>parent.${canary} = 'frame'</script>"></iframe>
      <link rel="stylesheet" href="/pm-probe.css"><video src="/pm-probe.mp4" autoplay></video>`,
      'text/html',
    );
    expect(
      doc.querySelectorAll('script, img, svg, iframe, link, video'),
      'all parsed',
    ).to.have.length(6);
    // An image in the page is fetched (and, not being one, fails): by then the parsed ones would
    // have been too.
    const control = document.body.appendChild(document.createElement('img'));
    const failed = new Promise((resolve) => control.addEventListener('error', resolve));
    control.src = '/package.json?pm-control';
    await failed;
    control.remove();
    expect(requested('pm-control'), 'the control was requested').to.have.length(1);
    expect(canaries(), 'nothing ran').to.equal(undefined);
    expect(requested('pm-probe'), 'nothing requested').to.deep.equal([]);
  });

  it('parses XML with its namespaces, and reports malformed XML instead of throwing', () => {
    const feed = parseMarkup(
      `<?xml version="1.0"?><rss xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd">
        <channel><title>Tides &amp; times</title><itunes:duration>27:33</itunes:duration></channel>
      </rss>`,
      'application/xml',
    );
    expect(feed.documentElement.localName).to.equal('rss');
    expect(feed.querySelectorAll('parsererror'), 'well formed').to.have.length(0);
    expect(feed.querySelector('channel > title')!.textContent).to.equal('Tides & times');
    const itunes = 'http://www.itunes.com/dtds/podcast-1.0.dtd';
    expect(feed.getElementsByTagNameNS(itunes, 'duration')[0].textContent).to.equal('27:33');
    for (const bad of ['<rss><channel></rss>', 'not xml', '<a>&nbsp;</a>', '']) {
      const doc = parseMarkup(bad, 'application/xml');
      expect(doc.querySelectorAll('parsererror'), JSON.stringify(bad)).to.not.have.length(0);
    }
  });
});
