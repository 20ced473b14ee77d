import {expect, fixture, html} from '@open-wc/testing';
import type {LitElement} from 'lit';
import '../../src/index.js';
import {captureConsole} from '../helpers.js';
import {TAGS, settables} from '../manifest/read-manifest.js';
import {CANARY, escaped, strings, unsafeUrls, values} from './corpus.js';

/** Each element, in a state that draws; what it is set is every attribute and property of the manifest. */
interface Target {
  tag: (typeof TAGS)[number];
  /** Puts the element in a state that draws more (opens a menu, …). */
  exercise?: (el: HTMLElement) => Promise<void>;
  base?: Record<string, string>;
}

const openShareMenu = async (el: HTMLElement) => {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
  await (el as LitElement).updateComplete;
};

const targets: Target[] = [
  {tag: 'news-icon'},
  {
    tag: 'news-article',
    base: {
      layout: 'full',
      'structured-data': '',
      headline: 'Headline',
      href: 'https://news.example/a',
    },
  },
  {
    tag: 'news-bookmark',
    base: {'article-id': 'hostile'},
    exercise: async (el) => {
      el.shadowRoot!.querySelector('button')!.click();
      await (el as LitElement).updateComplete;
    },
  },
  {
    tag: 'podcast-player',
    base: {src: '/__podcast/tone.wav?id=hostile', duration: '27:33'},
    exercise: async (el) => {
      // Every control, as a listener would press them.
      for (const button of el.shadowRoot!.querySelectorAll<HTMLElement>('button:not([disabled])')) {
        if (!button.matches('[part="play-button"]')) button.click();
      }
      await (el as LitElement).updateComplete;
    },
  },
  {
    tag: 'news-share',
    base: {url: 'https://news.example/a'},
    exercise: openShareMenu,
  },
];

let tried = 0;

describe('hostile input', () => {
  beforeEach(() => {
    delete (window as unknown as Record<string, unknown>)[CANARY];
    localStorage.clear();
  });
  after(() => {
    console.log(`hostile input: ${tried} payload × attribute or property cases tried`);
  });

  it('tries every element of the manifest', () => {
    expect(targets.map((t) => t.tag).sort()).to.deep.equal([...TAGS].sort());
  });

  for (const target of targets) {
    describe(`<${target.tag}>`, () => {
      for (const {attribute, property} of settables(target.tag)) {
        const name = attribute ? `${attribute} / .${property}` : `.${property}`;
        it(`survives every hostile value of ${name}`, async () => {
          const el = await fixture<LitElement>(html`<div></div>`).then((wrapper) => {
            const el = document.createElement(target.tag) as unknown as LitElement;
            for (const [name, value] of Object.entries(target.base ?? {}))
              el.setAttribute(name, value);
            wrapper.append(el);
            return el;
          });
          const shareRequests: string[] = [];
          el.addEventListener('share-request', (e) =>
            shareRequests.push((e as Event & {url: string}).url),
          );
          let errors: string[] = [];
          // The elements say what they refused (each message names who speaks); the payloads
          // stay out of the test log.
          const said = await captureConsole(['warn', 'error'], async () => {
            errors = await escaped(async () => {
              for (const payload of attribute ? strings : []) {
                el.setAttribute(attribute, payload);
                await el.updateComplete;
                await target.exercise?.(el);
                tried++;
                expect(unsafeUrls(el), `${attribute}=${payload.slice(0, 40)}`).to.deep.equal([]);
                expect(el.shadowRoot!.childElementCount, 'still draws').to.be.greaterThan(0);
              }
              for (const value of values) {
                (el as unknown as Record<string, unknown>)[property] = value;
                await el.updateComplete;
                await target.exercise?.(el);
                tried++;
                expect(unsafeUrls(el)).to.deep.equal([]);
                expect(el.shadowRoot!.childElementCount).to.be.greaterThan(0);
              }
            });
          });
          expect(errors).to.deep.equal([]);
          for (const message of said) expect(message).to.match(/^(<[a-z-]+>|newsroom-elements):/);
          expect((window as unknown as Record<string, unknown>)[CANARY]).to.equal(undefined);
          for (const url of shareRequests) expect(url).to.match(/^https?:/);
        });
      }
    });
  }
});
