// src/podcast/extras/description.ts: an episode's HTML description, copied out of an inert
// document keeping only text structure and http(s) links.
import {expect} from '@open-wc/testing';
import {MAX_DESCRIPTION, description} from '../../../src/podcast/extras/description.js';

const html = (source: string) => {
  const div = document.createElement('div');
  div.append(description(source, 'https://news.example/feed.xml'));
  return div.innerHTML;
};

describe('episode descriptions', () => {
  it('keeps paragraphs, emphasis, lists and http(s) links, nothing else', () => {
    expect(
      html(
        '<p onclick="x()">A <em>b</em> <span style="color:red">c</span></p><ul><li>d</li></ul>' +
          '<a href="/story" target="_blank">e</a><a href="javascript:x()">f</a>',
      ),
    ).to.equal(
      '<p>A <em>b</em> c</p><ul><li>d</li></ul>' +
        '<a href="https://news.example/story" target="_blank" rel="noopener noreferrer nofollow">e</a><a>f</a>',
    );
  });

  it('drops scripts, styles, images and frames with their content', () => {
    expect(
      html(
        'x<script>window.bad = 1</script><style>p{}</style><img src=x onerror="y()">' +
          '<iframe srcdoc="<p>z</p>"></iframe><svg onload="y()"><text>t</text></svg>y',
      ),
    ).to.equal('xy');
  });

  it('reads plain text as HTML: its entities decoded, never its tags run', () => {
    expect(html('Plain &lt;b&gt; &amp; more')).to.equal('Plain &lt;b&gt; &amp; more');
  });
});

describe('descriptions a hostile feed could hold', () => {
  const timed = (source: string) => {
    const started = performance.now();
    const out = html(source);
    return {out, ms: performance.now() - started};
  };

  it('reads 1 MB of <a<a<a… without a closing > in linear time', () => {
    const {ms} = timed('<a'.repeat(500_000));
    expect(ms).to.be.below(500);
  });

  it('reads 100,000 nested <b> quickly, and keeps no element deeper than 17', () => {
    const {out, ms} = timed(`${'<b>'.repeat(100_000)}deep${'</b>'.repeat(100_000)}`);
    expect(ms).to.be.below(500);
    expect(out.split('<b>').length - 1).to.be.at.most(17);
  });

  it(`reads only the first ${MAX_DESCRIPTION} characters`, () => {
    const {out} = timed(`<p>${'word '.repeat(MAX_DESCRIPTION)}</p>`);
    expect(out.length).to.be.at.most(MAX_DESCRIPTION + 20);
  });
});

describe('descriptions that used to slow the parser down', () => {
  it('reads formatting tags that differ only by attributes, with stray closing tags, quickly', () => {
    // 400 different <b>s, each followed by a </div> that closes nothing, then 1,000 paragraphs.
    const notes =
      '<p>' +
      Array.from({length: 400}, (_, i) => `<b a=${i}></div>`).join('') +
      '<p>x'.repeat(1000);
    const started = performance.now();
    const out = html(notes);
    expect(performance.now() - started).to.be.below(1000);
    expect(out).not.to.contain(' a=');
  });

  it('opens links in a new tab, and refuses one with credentials', () => {
    expect(
      html(
        '<a href="https://news.example/story">s</a><a href="https://news.example@evil.example/">e</a>',
      ),
    ).to.equal(
      '<a href="https://news.example/story" target="_blank" rel="noopener noreferrer nofollow">s</a><a>e</a>',
    );
  });
});
