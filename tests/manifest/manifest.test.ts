// custom-elements.json (written by `npm run manifest` from the JSDoc, before the browser tests run)
// must say what the elements really do: their observed attributes, the events that leave them,
// the parts they draw, the public CSS properties their styles read and the slots they offer.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/index.js';
import type {NewsArticle} from '../../src/article/news-article.js';
import type {NewsShare} from '../../src/share/news-share.js';
import type {PodcastPlayer} from '../../src/podcast/podcast-player.js';
import {audio, playing, until, wavUrl} from '../podcast/helpers.js';
import {TAGS, declaration, settables} from './read-manifest.js';

type Named = {name: string};

const names = (list: Named[] | undefined) => [...new Set((list ?? []).map((x) => x.name))].sort();
const sorted = (set: Iterable<string>) => [...new Set(set)].sort();

/**
 * Records every event that leaves `host`: dispatched on the host itself, or dispatched inside
 * its shadow tree as bubbling and composed (events the browser fires for input are not counted).
 */
function recordEvents(host: HTMLElement): {seen: Set<string>; stop: () => void} {
  const seen = new Set<string>();
  const original = EventTarget.prototype.dispatchEvent;
  const inside = (node: Node): boolean => {
    for (let root = node.getRootNode(); root instanceof ShadowRoot; ) {
      if (root.host === host) return true;
      root = root.host.getRootNode();
    }
    return false;
  };
  EventTarget.prototype.dispatchEvent = function (this: EventTarget, event: Event) {
    if (this === host || (this instanceof Node && event.bubbles && event.composed && inside(this)))
      seen.add(event.type);
    return original.call(this, event);
  };
  return {seen, stop: () => (EventTarget.prototype.dispatchEvent = original)};
}

/** Every part drawn in `el`'s shadow root now, and those it re-exports from nested elements. */
const partsOf = (el: Element) => [
  ...[...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) =>
    n.getAttribute('part')!.split(/\s+/),
  ),
  ...[...el.shadowRoot!.querySelectorAll('[exportparts]')].flatMap((n) =>
    n
      .getAttribute('exportparts')!
      .split(',')
      .map((pair) => pair.split(':').at(-1)!.trim()),
  ),
];

/** Every custom property the element's own styles read: its knobs `--<tag>-*`, shared tokens `--news-*`. */
function knobsOf(el: Element, tag: string): string[] {
  // An element's own sheets, and any it added to the root it was placed in (<news-icon>'s box).
  const rules = (sheets: readonly CSSStyleSheet[]) =>
    sheets.flatMap((sheet) => [...sheet.cssRules]);
  const root = el.getRootNode() as Document | ShadowRoot;
  const text = [
    ...rules(el.shadowRoot!.adoptedStyleSheets),
    ...rules(root.adoptedStyleSheets).filter((rule) => rule.cssText.includes(tag)),
  ]
    .map((rule) => rule.cssText)
    .join('\n');
  return [...text.matchAll(new RegExp(`var\\(\\s*(--(?:${tag}|news)-[\\w-]+)`, 'g'))].map(
    (m) => m[1],
  );
}

describe('custom-elements.json', () => {
  it('declares every element', () => {
    for (const tag of TAGS) {
      const d = declaration(tag);
      expect(d, tag).to.exist;
      expect(customElements.get(tag), tag).to.exist;
    }
  });

  it("lists exactly each element's observed attributes, each with a default", () => {
    for (const tag of TAGS) {
      const element = customElements.get(tag) as unknown as {observedAttributes: string[]};
      const d = declaration(tag);
      expect(names(d.attributes), tag).to.deep.equal(sorted(element.observedAttributes));
      for (const attribute of d.attributes ?? [])
        expect(attribute.default, `${tag} [${attribute.name}] default`).to.be.a('string');
    }
  });

  it('is what the reference pages and the hostile-input suite are made from', async () => {
    // The pages (and the typings, src/types/generated.ts) are generated from the manifest, and
    // npm test checks they are not stale; here, each settable property is found on its page.
    for (const tag of TAGS) {
      const page = await (await fetch(`/docs/elements/${tag}.md`)).text();
      for (const {attribute, property} of settables(tag))
        expect(page, `${tag} page`).to.include(`\`${attribute || property}\``);
    }
  });

  it('lists exactly the custom properties each element reads, each with a default', async () => {
    const elements = await fixture(
      html`<div>
        <news-icon name="play"></news-icon
        ><news-article headline="A" href="https://a.example/a"></news-article>
        <news-bookmark article-id="a"></news-bookmark
        ><news-share url="https://a.example/"></news-share>
        <podcast-player share></podcast-player>
      </div>`,
    );
    // The player's chapter, transcript and share styles come with that code, on first use; so
    // do the share menu's.
    const player = elements.querySelector('podcast-player')!;
    await until(() => !!player.extras, 'the player’s extras');
    const shareNav = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
    delete (Navigator.prototype as {share?: unknown}).share;
    try {
      for (const host of elements.querySelectorAll('news-share, news-article')) {
        host
          .shadowRoot!.querySelector<HTMLElement>('[part~="share-button"], [part="button"]')!
          .click();
        await until(() => !!host.shadowRoot!.querySelector('.share-menu'), 'the share menu');
      }
    } finally {
      if (shareNav) Object.defineProperty(Navigator.prototype, 'share', shareNav);
    }
    for (const tag of TAGS) {
      const el = elements.querySelector(tag)!;
      await (el as HTMLElement & {updateComplete?: Promise<unknown>}).updateComplete;
      const d = declaration(tag);
      expect(names(d.cssProperties), tag).to.deep.equal(sorted(knobsOf(el, tag)));
      for (const property of d.cssProperties ?? [])
        expect(property.default, `${tag} ${property.name} default`).to.be.a('string');
    }
  });

  it('<news-icon>: parts and events', async () => {
    const el = await fixture<HTMLElement>(html`<news-icon name="play"></news-icon>`);
    const events = recordEvents(el);
    try {
      el.setAttribute('name', 'no-such-icon-for-the-manifest');
      await until(() => events.seen.size > 0, 'icon-error');
    } finally {
      events.stop();
    }
    expect(sorted(events.seen)).to.deep.equal(names(declaration('news-icon').events));
    expect(sorted(partsOf(el))).to.deep.equal(names(declaration('news-icon').cssParts));
  });

  it('<news-article>: parts, slots and the events that leave it', async () => {
    const parts: string[] = [];
    const card = await fixture<NewsArticle>(
      html`<news-article
        headline="Tides"
        href="https://news.example/tides"
        image="https://news.example/tides.jpg"
        section="Science"
        lede="The sea."
        author="R. Carson"
        datetime="2010-05-20"
      ></news-article>`,
    );
    parts.push(...partsOf(card));
    const full = await fixture<NewsArticle>(
      html`<news-article
        layout="full"
        headline="Tides"
        href="https://news.example/tides"
        image="https://news.example/tides.jpg"
        tags="sea, moon"
        ><p>Twice a day.</p></news-article
      >`,
    );
    parts.push(...partsOf(full));

    const slots = [...full.shadowRoot!.querySelectorAll('slot')].map((s) => s.name);
    expect(sorted(slots)).to.deep.equal(names(declaration('news-article').slots));

    const events = recordEvents(card);
    try {
      card.shadowRoot!.querySelector<HTMLElement>('[part="bookmark-button"]')!.click();
      card.shadowRoot!.querySelector<HTMLElement>('[part="share-button"]')!.click();
      await until(() => !!card.shadowRoot!.querySelector('[part="share-menu"]'), 'the menu');
      parts.push(...partsOf(card));
      await shareThroughMenu(card, 'share-item');
    } finally {
      events.stop();
    }
    expect(sorted(parts)).to.deep.equal(names(declaration('news-article').cssParts));
    expect(sorted(events.seen)).to.deep.equal(names(declaration('news-article').events));
  });

  it('<news-bookmark>: parts and events', async () => {
    const el = await fixture<HTMLElement>(
      html`<news-bookmark article-id="manifest-test"></news-bookmark>`,
    );
    const events = recordEvents(el);
    try {
      el.shadowRoot!.querySelector('button')!.click();
      el.shadowRoot!.querySelector('button')!.click();
    } finally {
      events.stop();
    }
    expect(sorted(events.seen)).to.deep.equal(names(declaration('news-bookmark').events));
    expect(sorted(partsOf(el))).to.deep.equal(names(declaration('news-bookmark').cssParts));
  });

  it('<news-share>: parts and events', async () => {
    const el = await fixture<NewsShare>(
      html`<news-share url="https://news.example/"></news-share>`,
    );
    const parts = partsOf(el);
    const events = recordEvents(el);
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]')!.click();
      await until(() => !!el.shadowRoot!.querySelector('[part="menu"]'), 'the menu');
      await el.updateComplete;
      parts.push(...partsOf(el));
      await shareThroughMenu(el);
    } finally {
      events.stop();
    }
    expect(sorted(events.seen)).to.deep.equal(names(declaration('news-share').events));
    expect(sorted(parts)).to.deep.equal(names(declaration('news-share').cssParts));
  });

  it('<podcast-player>: parts and events', async () => {
    const parts: string[] = [];
    const el = await fixture<PodcastPlayer>(
      html`<podcast-player src=${wavUrl(2)} download></podcast-player>`,
    );
    parts.push(...partsOf(el));
    const events = recordEvents(el);
    try {
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="speed-button"]')!.click();
      await playing(el);
      el.pause();
      await until(() => events.seen.has('pause'), 'pause');
      await playing(el);
      el.seek(el.duration - 0.2);
      await until(() => events.seen.has('ended'), 'ended');
      el.src = `/__podcast/flaky.wav?id=manifest-${Date.now()}&fail=404`;
      await el.updateComplete;
      await el.play();
      await until(() => events.seen.has('error'), 'error');
      await el.updateComplete;
      parts.push(...partsOf(el));
      expect(audio(el)).to.exist;
    } finally {
      events.stop();
    }
    const empty = await fixture<PodcastPlayer>(html`<podcast-player></podcast-player>`);
    parts.push(...partsOf(empty));
    // Chapters, transcript, a feed and sharing, every panel open, an episode without audio.
    const feed = await fixture<PodcastPlayer>(
      html`<podcast-player share feed="/tests/podcast/fixtures/feed.xml"></podcast-player>`,
    );
    const button = (part: string) =>
      feed.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`);
    await until(
      () =>
        !!button('chapters-button') && !!button('transcript-button') && !!button('episodes-button'),
      'the feed’s chapters and transcript',
    );
    for (const part of ['chapters-button', 'transcript-button', 'episodes-button'])
      button(part)!.click();
    await feed.updateComplete;
    parts.push(...partsOf(feed));
    feed.shadowRoot!.querySelectorAll<HTMLButtonElement>('#episodes li button')[1]!.click();
    await until(() => !!feed.shadowRoot!.querySelector('[part="problem"]'), 'a problem shown');
    parts.push(...partsOf(feed));
    expect(sorted(events.seen)).to.deep.equal(names(declaration('podcast-player').events));
    expect(sorted(parts)).to.deep.equal(names(declaration('podcast-player').cssParts));
  });
});

/** Picks the e-mail target in an open share menu, staying on this page. */
/** Shares through the mail item of the open menu drawn in `host`'s shadow root. */
async function shareThroughMenu(host: HTMLElement, item = 'item'): Promise<void> {
  const selector = `[part="${item}"][href^="mailto:"]`;
  await until(() => !!host.shadowRoot!.querySelector(selector), 'menu');
  const mail = host.shadowRoot!.querySelector<HTMLAnchorElement>(selector)!;
  mail.addEventListener('click', (e) => e.preventDefault());
  const done = new Promise((resolve) =>
    host.addEventListener('share-complete', resolve, {once: true}),
  );
  mail.click();
  await done;
}
