import {expect, fixture, html} from '@open-wc/testing';
import type {LitElement} from 'lit';
import '../../src/index.js';
import {captureConsole} from '../helpers.js';
import {CANARY, escaped, strings, unsafeUrls, values} from './corpus.js';

interface Target {
  tag: keyof HTMLElementTagNameMap;
  /** attribute → property */
  attributes: Record<string, string>;
  /** Puts the element in a state that draws more (opens a menu, …). */
  exercise?: (el: HTMLElement) => Promise<void>;
  base?: Record<string, string>;
}

const openShareMenu = async (el: HTMLElement) => {
  el.shadowRoot!.querySelector<HTMLButtonElement>('button')!.click();
  await (el as LitElement).updateComplete;
};

const targets: Target[] = [
  {tag: 'news-icon', attributes: {name: 'name', label: 'label'}},
  {
    tag: 'news-article',
    base: {
      layout: 'full',
      'structured-data': '',
      headline: 'Headline',
      href: 'https://news.example/a',
    },
    attributes: {
      headline: 'headline',
      href: 'href',
      'article-id': 'articleId',
      datetime: 'datetime',
      'date-style': 'dateStyle',
      'time-zone': 'timeZone',
      lede: 'lede',
      image: 'image',
      'image-alt': 'imageAlt',
      author: 'author',
      section: 'section',
      tags: 'tags',
      'heading-level': 'headingLevel',
      layout: 'layout',
    },
  },
  {
    tag: 'news-bookmark',
    base: {'article-id': 'hostile'},
    attributes: {'article-id': 'articleId', headline: 'headline', storage: 'storage'},
    exercise: async (el) => {
      el.shadowRoot!.querySelector('button')!.click();
      await (el as LitElement).updateComplete;
    },
  },
  {
    tag: 'podcast-player',
    base: {src: '/__podcast/tone.wav?id=hostile', duration: '27:33'},
    attributes: {
      src: 'src',
      title: 'title',
      show: 'show',
      artwork: 'artwork',
      duration: 'declaredDuration',
      preload: 'preload',
      'step-back': 'stepBack',
      'step-forward': 'stepForward',
      rates: 'rates',
      start: 'start',
      download: 'download',
      resume: 'resume',
      'show-remaining': 'showRemaining',
      chapters: 'chapters',
      transcript: 'transcript',
      feed: 'feed',
      share: 'share',
    },
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
    attributes: {url: 'url', title: 'title', text: 'text', targets: 'targets'},
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

  for (const target of targets) {
    describe(`<${target.tag}>`, () => {
      for (const [attribute, property] of Object.entries(target.attributes)) {
        it(`survives every hostile value of ${attribute} / .${property}`, async () => {
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
              for (const payload of strings) {
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
