import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia, sendKeys, sendMouse} from '@web/test-runner-commands';
import sinon from 'sinon';
import '../../src/share/news-share.js';
import '../../src/locales/all.js';
import type {NewsShare} from '../../src/share/news-share.js';
import {iconName, inEachLanguage, nextEvent, settle, until} from '../helpers.js';

const shareButton = (el: NewsShare) =>
  el.shadowRoot!.querySelector<HTMLButtonElement>('button[part="button"]')!;
const menu = (el: NewsShare) => el.shadowRoot!.querySelector<HTMLElement>('[role="menu"]');
const items = (el: NewsShare) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="menuitem"]'),
];
const focused = (el: NewsShare) => el.shadowRoot!.activeElement;
const status = (el: NewsShare) => el.shadowRoot!.querySelector('[role="status"]')!.textContent;

const HARD_URL = 'https://news.example/мир/missile defense?a=1&b=2#part 2';

/** Installs a fake navigator.share (headless Chromium on Linux has none) for one test. */
function mockShare(impl: (data: ShareData) => Promise<void>) {
  const calls: ShareData[] = [];
  Object.defineProperty(Navigator.prototype, 'share', {
    configurable: true,
    value: (data: ShareData) => {
      calls.push(data);
      return impl(data);
    },
  });
  return calls;
}

/** Replaces navigator.clipboard.writeText (headless cannot grant clipboard permission). */
function mockClipboard(impl: (text: string) => Promise<void>) {
  const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
  const written: string[] = [];
  Object.defineProperty(Navigator.prototype, 'clipboard', {
    configurable: true,
    get: () => ({writeText: (text: string) => (written.push(text), impl(text))}),
  });
  return {
    written,
    restore: () => Object.defineProperty(Navigator.prototype, 'clipboard', original),
  };
}

async function share(
  markup = html`<news-share
    url=${HARD_URL}
    title=${'Tides & times'}
    text="Read this"
  ></news-share>`,
) {
  return fixture<NewsShare>(markup);
}

/** Waits for the menu to be open with an item focused (its code loads the first time). */
/** Resolves once the share menu's code (loaded on first open) has arrived. */
const menuCode = () => import('../../src/share/share-menu.js');

const shown = (el: NewsShare) =>
  until(
    () => !!menu(el)?.matches(':popover-open') && focused(el)?.getAttribute('role') === 'menuitem',
    'the menu to open, an item focused',
  );

/** Presses the button where the menu must not open: long enough for it to have, had it. */
async function pressRefused(el: NewsShare) {
  shareButton(el).click();
  await new Promise((r) => setTimeout(r, 100));
  await el.updateComplete;
}

async function openMenu(el: NewsShare) {
  shareButton(el).click();
  await shown(el);
}

describe('<news-share>', () => {
  let originalShare: PropertyDescriptor | undefined;
  before(() => {
    originalShare = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
  });
  afterEach(async () => {
    if (originalShare) Object.defineProperty(Navigator.prototype, 'share', originalShare);
    else delete (Navigator.prototype as {share?: unknown}).share;
    await emulateMedia({colorScheme: 'light'});
  });
  beforeEach(() => {
    delete (Navigator.prototype as {share?: unknown}).share;
  });

  it('is a labelled menu button when there is no share sheet', async () => {
    const el = await share();
    expect(shareButton(el)).to.have.attribute('aria-label', 'Share: Tides & times');
    expect(shareButton(el)).to.have.attribute('aria-haspopup', 'menu');
    expect(shareButton(el)).to.have.attribute('aria-expanded', 'false');
    expect(menu(el)).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('fires share-request, and a veto stops the menu', async () => {
    const el = await share();
    el.addEventListener('share-request', (e) => e.preventDefault(), {once: true});
    const request = nextEvent(el, 'share-request');
    await pressRefused(el);
    const event = await request;
    expect(event.url).to.equal(new URL(HARD_URL).href);
    expect(event.title).to.equal('Tides & times');
    expect(menu(el)).to.equal(null);
    await openMenu(el);
    expect(menu(el)!.matches(':popover-open')).to.equal(true);
  });

  it('uses the native share sheet where there is one', async () => {
    const calls = mockShare(async () => {});
    const el = await share();
    expect(shareButton(el)).not.to.have.attribute('aria-haspopup');
    const complete = nextEvent(el, 'share-complete');
    shareButton(el).click();
    const event = await complete;
    expect(event.shareTarget).to.equal('native');
    expect(calls).to.deep.equal([
      {url: new URL(HARD_URL).href, title: 'Tides & times', text: 'Read this'},
    ]);
    expect(menu(el)).to.equal(null);
  });

  it('does nothing more when the reader cancels the share sheet', async () => {
    mockShare(() => Promise.reject(new DOMException('cancelled', 'AbortError')));
    const el = await share();
    let completed = false;
    el.addEventListener('share-complete', () => (completed = true));
    shareButton(el).click();
    await settle();
    await el.updateComplete;
    expect(completed).to.equal(false);
    expect(menu(el)).to.equal(null);
  });

  it('falls back to the menu when the share sheet is not allowed', async () => {
    mockShare(() => Promise.reject(new DOMException('no', 'NotAllowedError')));
    const el = await share();
    shareButton(el).click();
    await shown(el);
    // Now a menu button, open, with its menu anchored under it.
    expect(shareButton(el)).to.have.attribute('aria-expanded', 'true');
    expect(shareButton(el)).to.have.attribute('aria-haspopup', 'menu');
    const [at, below] = [shareButton(el), menu(el)!].map((n) => n.getBoundingClientRect());
    expect(below.top).to.be.closeTo(at.bottom, 8);
  });

  it('shares what the page set just before the press', async () => {
    const el = await share();
    const requests: string[][] = [];
    el.addEventListener('share-request', (e) => {
      requests.push([e.url, e.title]);
      e.preventDefault();
    });
    el.url = 'https://news.example/changed';
    el.title = 'Changed';
    shareButton(el).click();
    expect(requests).to.deep.equal([['https://news.example/changed', 'Changed']]);
    expect(el.shareUrl).to.equal('https://news.example/changed');
  });

  it('stays closed, without an error, when taken off the page as its menu’s code loads', async () => {
    const el = await fixture<NewsShare>(html`<news-share url=${HARD_URL}></news-share>`);
    const rejections: unknown[] = [];
    const heard = (e: PromiseRejectionEvent) => rejections.push(e.reason);
    window.addEventListener('unhandledrejection', heard);
    const parent = el.parentElement!;
    shareButton(el).click();
    el.remove();
    await menuCode();
    parent.append(el);
    await el.updateComplete;
    window.removeEventListener('unhandledrejection', heard);
    expect(rejections).to.deep.equal([]);
    expect(menu(el)).to.equal(null);
    expect(shareButton(el)).to.have.attribute('aria-expanded', 'false');
  });

  it('asks once and ends closed when pressed twice before the menu’s code has loaded', async () => {
    const el = await share();
    let requests = 0;
    el.addEventListener('share-request', () => requests++);
    shareButton(el).click();
    shareButton(el).click();
    await menuCode();
    await el.updateComplete;
    expect(requests).to.equal(1);
    expect(menu(el)).to.equal(null);
    expect(shareButton(el)).to.have.attribute('aria-expanded', 'false');
    await openMenu(el);
    expect(requests, 'and opens on the next press').to.equal(2);
  });

  it('opens its menu, styled, after moving into another document', async () => {
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe title="Another document"></iframe>`,
    );
    const el = await share();
    frame.contentDocument!.body.append(el);
    await el.updateComplete;
    shareButton(el).click();
    await until(() => !!menu(el)?.matches(':popover-open'), 'the menu in the frame');
    expect(getComputedStyle(menu(el)!).boxShadow).not.to.equal('none');
    expect(items(el)).to.have.length(8);
    el.remove();
  });

  it('comes back closed when it is taken off the page with its menu open', async () => {
    const el = await share();
    await openMenu(el);
    expect(menu(el)).to.exist;
    const parent = el.parentElement!;
    el.remove();
    parent.append(el);
    await el.updateComplete;
    expect(menu(el)).to.equal(null);
    expect(shareButton(el)).to.have.attribute('aria-expanded', 'false');
  });

  it('opens the menu with Enter, moves with the arrows, closes with Escape and returns focus', async () => {
    const el = await share();
    shareButton(el).focus();
    await sendKeys({press: 'Enter'});
    await shown(el);
    expect(shareButton(el)).to.have.attribute('aria-expanded', 'true');
    const list = items(el);
    expect(list.map((i) => i.textContent!.trim())).to.deep.equal([
      'Copy link',
      'E-mail',
      'Facebook',
      'VK',
      'X',
      'Telegram',
      'OK',
      'WhatsApp',
    ]);
    expect(focused(el)).to.equal(list[0]);
    await sendKeys({press: 'ArrowDown'});
    expect(focused(el)).to.equal(list[1]);
    await sendKeys({press: 'End'});
    expect(focused(el)).to.equal(list[7]);
    await sendKeys({press: 'ArrowDown'});
    expect(focused(el)).to.equal(list[0]);
    await sendKeys({press: 'ArrowUp'});
    expect(focused(el)).to.equal(list[7]);
    await sendKeys({press: 'Home'});
    expect(focused(el)).to.equal(list[0]);
    await expect(el).to.be.accessible();
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    expect(menu(el)).to.equal(null);
    expect(focused(el)).to.equal(shareButton(el));
    expect(shareButton(el)).to.have.attribute('aria-expanded', 'false');
  });

  it('lets Tab leave the open menu for what follows the button, and Shift+Tab go back to the button', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <button>Before</button>
        <news-share url=${HARD_URL} title="Tides"></news-share>
        <button>After</button>
      </div>`,
    );
    const el = wrapper.querySelector('news-share')!;
    const [before, after] = wrapper.querySelectorAll(':scope > button');
    const heard: string[] = [];
    wrapper.addEventListener('keydown', (e) => heard.push(e.key));
    shareButton(el).focus();
    await sendKeys({press: 'Enter'});
    await shown(el);
    expect(focused(el)).to.equal(items(el)[0]);
    // Keys in the menu are the menu's: a player's shortcuts around it must not hear "m" or arrows.
    await sendKeys({press: 'm'});
    await sendKeys({press: 'ArrowDown'});
    expect(heard, 'keys pressed in the menu, heard outside it').to.deep.equal(['Enter']);
    await sendKeys({press: 'Tab'});
    await el.updateComplete;
    expect(document.activeElement).to.equal(after);
    expect(menu(el)).to.equal(null);
    expect(shareButton(el)).to.have.attribute('aria-expanded', 'false');
    shareButton(el).focus();
    await sendKeys({press: 'Enter'});
    await shown(el);
    await sendKeys({down: 'Shift'});
    await sendKeys({press: 'Tab'});
    await el.updateComplete;
    expect(focused(el)).to.equal(shareButton(el));
    expect(menu(el)).to.equal(null);
    await sendKeys({press: 'Tab'});
    await sendKeys({up: 'Shift'});
    expect(document.activeElement).to.equal(before);
  });

  it('opens with Space and ArrowDown too, and ArrowUp focuses the last item', async () => {
    const el = await share();
    shareButton(el).focus();
    await sendKeys({press: 'Space'});
    await shown(el);
    expect(focused(el)).to.equal(items(el)[0]);
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    await sendKeys({press: 'ArrowUp'});
    await shown(el);
    expect(focused(el)).to.equal(items(el).at(-1));
    await sendKeys({press: 'Escape'});
    await el.updateComplete;
    await sendKeys({press: 'ArrowDown'});
    await shown(el);
    expect(focused(el)).to.equal(items(el)[0]);
  });

  it('closes when the reader clicks outside', async () => {
    const el = await share();
    await openMenu(el);
    expect(menu(el)!.matches(':popover-open')).to.equal(true);
    await sendMouse({type: 'click', position: [600, 500]});
    await el.updateComplete;
    expect(menu(el)).to.equal(null);
    expect(shareButton(el)).to.have.attribute('aria-expanded', 'false');
  });

  it('draws the seed’s icons on the button and on every target', async () => {
    const el = await share();
    expect(iconName(shareButton(el).querySelector('svg'))).to.equal('share');
    await openMenu(el);
    // "Copy link" draws a chain link of the menu's own (the set has none), not the file icon.
    const copy = items(el)[0]!.querySelector('svg')!;
    expect(copy.querySelector('path')!.getAttribute('d')).to.match(/^M10 13a5 5/);
    expect(copy.getAttribute('aria-hidden')).to.equal('true');
    expect(items(el).map((i) => iconName(i.querySelector('svg')))).to.deep.equal([
      undefined,
      'mail',
      'facebook',
      'vk',
      'x-twitter',
      'telegram',
      'odnoklassniki',
      'whatsapp',
    ]);
  });

  it('offers the targets the page chooses, in its order', async () => {
    const el = await share(
      html`<news-share
        url="https://a.example/"
        targets="telegram copy bogus telegram x"
      ></news-share>`,
    );
    await openMenu(el);
    expect(items(el).map((i) => i.textContent!.trim())).to.deep.equal([
      'Telegram',
      'Copy link',
      'X',
    ]);
  });

  it('builds every target’s address with each field encoded', async () => {
    const el = await share();
    await openMenu(el);
    const url = new URL(HARD_URL).href;
    const links = Object.fromEntries(
      items(el)
        .filter((i): i is HTMLAnchorElement => i instanceof HTMLAnchorElement)
        .map((a) => [a.textContent!.trim(), a.href]),
    );
    const params = (href: string) => new URL(href).searchParams;
    expect(params(links['Facebook']).get('u')).to.equal(url);
    expect(params(links['VK']).get('url')).to.equal(url);
    expect(params(links['VK']).get('title')).to.equal('Tides & times');
    expect(params(links['X']).get('url')).to.equal(url);
    expect(params(links['X']).get('text')).to.equal('Tides & times');
    expect(params(links['Telegram']).get('url')).to.equal(url);
    expect(params(links['OK']).get('url')).to.equal(url);
    expect(params(links['WhatsApp']).get('text')).to.equal(`Tides & times ${url}`);
    const mail = new URL(links['E-mail']);
    expect(mail.protocol).to.equal('mailto:');
    expect(mail.searchParams.get('subject')).to.equal('Tides & times');
    expect(mail.searchParams.get('body')).to.equal(`Read this\n\n${url}`);
    for (const a of items(el).filter((i) => i instanceof HTMLAnchorElement)) {
      expect(a.getAttribute('rel')).to.equal('noopener noreferrer');
    }
    expect(items(el)[2].getAttribute('target')).to.equal('_blank');
  });

  it('fires share-complete with the target when the reader picks one', async () => {
    const el = await share();
    await openMenu(el);
    const link = items(el)[3] as HTMLAnchorElement;
    link.addEventListener('click', (e) => e.preventDefault()); // stay on this page
    const complete = nextEvent(el, 'share-complete');
    link.click();
    expect((await complete).shareTarget).to.equal('vk');
    await el.updateComplete;
    expect(menu(el)).to.equal(null);
  });

  it('copies the link with the Clipboard API and says so politely', async () => {
    const clipboard = mockClipboard(async () => {});
    let clock: sinon.SinonFakeTimers | undefined;
    try {
      const el = await share();
      await openMenu(el);
      const complete = nextEvent(el, 'share-complete');
      items(el)[0].click();
      expect((await complete).shareTarget).to.equal('copy');
      await el.updateComplete;
      expect(clipboard.written).to.deep.equal([new URL(HARD_URL).href]);
      expect(el.shadowRoot!.querySelector('[role="status"]')).to.exist;
      await until(() => status(el) === 'Link copied', 'the announcement');
      // Seen too, where it was pressed: the item says so, then the menu closes a moment later.
      expect(items(el)[0].textContent!.trim()).to.equal('Link copied');
      expect(iconName(items(el)[0].querySelector('svg'))).to.equal('check');
      expect(menu(el)!.matches(':popover-open')).to.equal(true);
      await expect(el).to.be.accessible();
      await until(() => menu(el) === null, 'the menu to close', 3000);
      expect(focused(el)).to.equal(shareButton(el));
      // Copying again is announced again: the live region is emptied, then filled. (From here
      // the clock is faked, so the test can let the pending close's second pass at once.)
      clock = sinon.useFakeTimers({
        toFake: ['setTimeout', 'clearTimeout'],
        shouldAdvanceTime: true,
      });
      const said: string[] = [];
      const region = el.shadowRoot!.querySelector('[role="status"]')!;
      const observer = new MutationObserver(() => said.push(region.textContent!.trim()));
      observer.observe(region, {childList: true, characterData: true, subtree: true});
      await openMenu(el);
      expect(items(el)[0].textContent!.trim(), 'a fresh menu').to.equal('Copy link');
      items(el)[0].click();
      await until(() => said.at(-1) === 'Link copied', 'the second announcement');
      observer.disconnect();
      expect(said).to.include('');
      // Closed by the reader at once, then opened anew: the pending close leaves the new menu be.
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      await sendKeys({press: 'ArrowDown'});
      await shown(el);
      await clock.tickAsync(1300);
      expect(menu(el)!.matches(':popover-open'), 'the new menu still open').to.equal(true);
      await sendKeys({press: 'Escape'});
    } finally {
      clock?.restore();
      clipboard.restore();
    }
  });

  it('falls back to copying the selection when the Clipboard API is denied', async () => {
    const clipboard = mockClipboard(() =>
      Promise.reject(new DOMException('denied', 'NotAllowedError')),
    );
    const execCommand = document.execCommand;
    const commands: string[] = [];
    let selected = '';
    document.execCommand = (command: string) => {
      commands.push(command);
      selected =
        String(getSelection()) ||
        (document.activeElement?.shadowRoot?.activeElement as HTMLTextAreaElement)?.value;
      return true;
    };
    try {
      const el = await share();
      await openMenu(el);
      items(el)[0].focus();
      items(el)[0].click();
      await until(() => status(el) === 'Link copied', 'the announcement');
      expect(commands).to.deep.equal(['copy']);
      expect(selected).to.equal(new URL(HARD_URL).href);
      // The selection borrowed the focus: it is back on the item, and then on the button.
      expect(focused(el)).to.equal(items(el)[0]);
      await until(() => menu(el) === null, 'the menu to close', 3000);
      expect(focused(el)).to.equal(shareButton(el));
    } finally {
      clipboard.restore();
      document.execCommand = execCommand;
    }
  });

  it('shows the link to copy by hand when no way of copying works', async () => {
    const clipboard = mockClipboard(() =>
      Promise.reject(new DOMException('denied', 'NotAllowedError')),
    );
    const execCommand = document.execCommand;
    document.execCommand = () => false;
    try {
      const el = await share(html`<news-share url="https://a.example/x"></news-share>`);
      let completed = false;
      el.addEventListener('share-complete', () => (completed = true));
      await openMenu(el);
      items(el)[0].click();
      await until(() => status(el) === 'Copy the link: https://a.example/x', 'the announcement');
      expect(completed).to.equal(false);
      // The menu stays open with the link in it, focused and selected: Ctrl+C copies it.
      expect(menu(el)!.matches(':popover-open')).to.equal(true);
      const item = focused(el) as HTMLElement;
      expect(item.getAttribute('role')).to.equal('menuitem');
      expect(item.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Copy the link: https://a.example/x',
      );
      expect(String(getSelection())).to.equal('https://a.example/x');
      expect(item.getBoundingClientRect().height).to.be.greaterThan(0);
      await expect(el).to.be.accessible();
      await sendKeys({press: 'Escape'});
      await el.updateComplete;
      expect(menu(el)).to.equal(null);
    } finally {
      clipboard.restore();
      document.execCommand = execCommand;
    }
  });

  for (const bad of [
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:x',
    'ftp://files.example/a',
  ]) {
    it(`refuses to share ${bad.slice(0, 24)} with a console error`, async () => {
      const errors: string[] = [];
      const original = console.error;
      console.error = (...args: unknown[]) => errors.push(args.join(' '));
      try {
        const el = await share(html`<news-share url=${bad}></news-share>`);
        let requested = false;
        el.addEventListener('share-request', () => (requested = true));
        await pressRefused(el);
        expect(requested).to.equal(false);
        expect(menu(el)).to.equal(null);
        expect(errors.some((e) => e.includes('only http(s) URLs'))).to.equal(true);
      } finally {
        console.error = original;
      }
    });
  }

  it('shares the page itself when no url is given', async () => {
    const el = await share(html`<news-share></news-share>`);
    expect(el.shareUrl).to.equal(location.href);
  });

  for (const scheme of ['light', 'dark'] as const) {
    for (const dir of ['ltr', 'rtl']) {
      it(`passes axe with the menu open, ${scheme}, ${dir}`, async () => {
        await emulateMedia({colorScheme: scheme});
        const wrapper = await fixture(
          html`<div dir=${dir} style="color-scheme: light dark; padding: 1rem">
            <news-share url="https://a.example/"></news-share>
          </div>`,
        );
        const el = wrapper.querySelector('news-share')!;
        await openMenu(el);
        await expect(el).to.be.accessible();
      });
    }
  }

  const labels = {
    en: 'Share',
    ru: 'Поделиться',
    es: 'Compartir',
    fr: 'Partager',
    de: 'Teilen',
    ar: 'مشاركة',
  };
  inEachLanguage(
    labels,
    (lang) => `is labelled in ${lang}`,
    async (lang, label) => {
      const el = await share(html`<news-share lang=${lang} url="https://a.example/"></news-share>`);
      expect(shareButton(el)).to.have.attribute('aria-label', label);
      await openMenu(el);
      expect(menu(el)).to.have.attribute('aria-label', label);
    },
  );
});
