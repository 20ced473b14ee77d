// Links a reader follows or shares say where they go: no credentials that make one host read as
// another, and nothing that reads as a path on this site but leaves it.
import {expect, fixture, html} from '@open-wc/testing';
import type {LitElement} from 'lit';
import '../../src/index.js';
import {captureConsole} from '../helpers.js';

const misleading = [
  'https://news.example@evil.example/story',
  'https://user:secret@news.example/story',
  '//evil.example/story',
  '/\\evil.example/story',
  '\\\\evil.example\\story',
  'https:evil.example/story',
  'http:\\\\evil.example/story',
];

/** Every link in `el`'s shadow root and light DOM that leaves this page's site. */
const offSite = (el: Element) =>
  [...el.querySelectorAll('a[href]'), ...el.shadowRoot!.querySelectorAll('a[href]')]
    .map((a) => (a as HTMLAnchorElement).href)
    .filter((href) => new URL(href).origin !== location.origin || new URL(href).username);

describe('misleading links', () => {
  for (const href of misleading) {
    it(`<news-article> neither links nor shares ${href}, and says so once`, async () => {
      let el!: LitElement;
      const said = await captureConsole(['error'], async () => {
        el = await fixture<LitElement>(
          html`<news-article headline="Moscow waits" href=${href} layout="full"></news-article>`,
        );
        el.requestUpdate();
        await el.updateComplete;
      });
      expect(offSite(el)).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part~="headline"] a[href]')).to.equal(null);
      expect(said).to.have.length(1);
      expect(said[0]).to.match(/^newsroom-elements: not linking to or sharing/);
      expect(
        el.shadowRoot!.querySelector('[part~="share"], news-share'),
        'nothing to share',
      ).to.equal(null);
    });

    it(`<news-share> refuses to share ${href}`, async () => {
      // A value of its own: each refused value is explained once per page.
      const el = await fixture<LitElement>(html`<news-share url=${`${href}?share`}></news-share>`);
      let requested = false;
      el.addEventListener('share-request', () => (requested = true));
      const said = await captureConsole(['error'], async () => {
        el.shadowRoot!.querySelector('button')!.click();
        await el.updateComplete;
      });
      expect(requested).to.be.false;
      expect(said).to.have.length(1);
      expect(said[0]).to.match(/^newsroom-elements: not linking to or sharing/);
    });
  }

  it('still links and shares an absolute link to another site, and a path on this one', async () => {
    for (const href of ['https://other.example/story', '/story']) {
      const el = await fixture<LitElement>(
        html`<news-article headline="Moscow waits" href=${href}></news-article>`,
      );
      expect(el.shadowRoot!.querySelector('a')!.href).to.equal(new URL(href, location.href).href);
    }
  });
});
