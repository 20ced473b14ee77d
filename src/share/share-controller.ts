import {html, nothing, type LitElement, type ReactiveController} from 'lit';
import {iconSvg} from '../icons/icon-svg.js';
import '../icons/set/share.js';
import {safeLink} from '../shared/safe-url.js';
import {text} from '../shared/text.js';
import type {ShareData, ShareTarget} from './share-targets.js';
import type {MenuOwner, ShareMenu} from './share-menu.js';
import {t} from './news-share.strings.js';

/** The reader asked to share. Cancelable: `preventDefault()` stops the share sheet or menu. */
export class ShareRequestEvent extends Event {
  static readonly type = 'share-request';
  constructor(
    readonly url: string,
    readonly title: string,
    readonly text: string,
  ) {
    super(ShareRequestEvent.type, {bubbles: true, composed: true, cancelable: true});
  }
}

/** The story was shared (or its link copied): `shareTarget` says where (`native` for the system share sheet). */
export class ShareCompleteEvent extends Event {
  static readonly type = 'share-complete';
  constructor(
    readonly shareTarget: ShareTarget | 'native',
    readonly url: string,
  ) {
    super(ShareCompleteEvent.type, {bubbles: true, composed: true});
  }
}

/**
 * What the host shares, read whenever it is needed (drawing, or a press): `url` may be anything
 * here (empty: the page's own; only http(s) is shared), and `targets` says which targets the
 * fallback menu offers, in order (empty: all).
 */
export interface ShareSource extends ShareData {
  targets: string;
}

/**
 * A share button, drawn in its host's own shadow root: the system share sheet where the browser
 * has one, elsewhere a menu of targets. `<news-share>` is this and nothing else, and
 * `<news-article>` draws one in its card without a nested element. Events are dispatched from
 * the host.
 */
export class ShareController implements ReactiveController {
  /** Whether the fallback menu is drawn, and what the polite live region says. */
  #state = {menuOpen: false, live: false, announcement: ''};
  #lang = 'en';
  /** Part names are `${prefix}button`, `${prefix}menu` and `${prefix}item`. */
  #prefix = '';
  /** The fallback menu's code, loaded the first time it opens, and the menu open now. */
  #menuModule?: typeof import('./share-menu.js');
  #menuCode?: ShareMenu;

  constructor(
    private readonly host: LitElement,
    private readonly data: () => ShareSource,
  ) {
    host.addController(this);
  }

  /** A host taken off the page loses its open menu (the popover closes with it). */
  hostDisconnected(): void {
    if (this.#state.menuOpen) this.#set({menuOpen: false});
  }

  /** The URL that would be shared, or undefined when it is not a safe http(s) URL. */
  get shareUrl(): string | undefined {
    return safeLink(this.data().url || location.href);
  }

  /** The button, its menu when open, and its live region; parts named with `prefix`. */
  render(lang: string, prefix = '') {
    this.#lang = lang;
    this.#prefix = prefix;
    const title = text(this.data().title);
    const open = this.#state.menuOpen;
    // On a server (no navigator) the button is drawn as a menu button, as in most browsers.
    // Where the share sheet failed and the menu stands in for it, it says so too.
    const menu = open || !this.#sheet();
    return html`<button
        class=${open ? 'icon-button share open' : 'icon-button share'}
        part=${`${prefix}button`}
        type="button"
        aria-label=${title ? t(lang, 'shareTitled', {title}) : t(lang, 'share')}
        aria-haspopup=${menu ? 'menu' : nothing}
        aria-expanded=${menu ? String(open) : nothing}
        @click=${this.#onClick}
        @keydown=${this.#onButtonKey}
      >
        ${iconSvg('share')}
      </button>
      ${open && this.#menuCode ? this.#renderMenu(this.#menuCode) : nothing}
      ${
        // The live region appears with the menu, before anything is said in it, and then stays:
        // a thousand cards need no thousand idle regions.
        this.#state.live
          ? html`<span class="share-status" role="status">${this.#state.announcement}</span>`
          : nothing
      }`;
  }

  /** Whether the system share sheet is used: where there is one, and no embed code to copy. */
  #sheet(): boolean {
    return 'share' in (globalThis.navigator ?? {}) && !this.data().embed;
  }

  get #button() {
    return this.host.renderRoot.querySelector<HTMLElement>('.share');
  }

  get #menu() {
    return this.host.renderRoot.querySelector<HTMLElement>('.share-menu');
  }

  #set(patch: Partial<{menuOpen: boolean; live: boolean; announcement: string}>): void {
    Object.assign(this.#state, patch);
    this.host.requestUpdate();
  }

  #renderMenu(menu: ShareMenu) {
    const {title, text: line, targets, embed} = this.data();
    const data = {
      url: this.shareUrl ?? '',
      title: text(title),
      text: text(line),
      embed: text(embed),
    };
    return menu.render(this.#lang, this.#prefix, data, targets);
  }

  /** Checks the URL and asks the page; returns the request unless the URL is unsafe or the page vetoed. */
  #request(): ShareRequestEvent | undefined {
    const data = this.data();
    const url = this.shareUrl;
    // Refused: safeLink says why.
    if (!url) return;
    const request = new ShareRequestEvent(url, text(data.title), text(data.text));
    this.host.dispatchEvent(request);
    return request.defaultPrevented ? undefined : request;
  }

  readonly #onClick = async (): Promise<void> => {
    // A second press closes the menu, or cancels its opening while its code loads.
    if (this.#state.menuOpen || this.#opening) return this.#close();
    const request = this.#request();
    if (!request) return;
    const {url} = request;
    if (this.#sheet()) {
      try {
        await navigator.share({url, title: request.title, text: request.text || undefined});
        this.#complete('native', url);
        return;
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return;
        // Share sheet unavailable here (not allowed, no targets): offer the menu instead.
      }
    }
    await this.#open();
  };

  /** The opening under way while the menu's code loads (a token: a later one replaces it). */
  #opening?: object;

  async #open(focus: 'first' | 'last' = 'first'): Promise<void> {
    const opening = (this.#opening = {});
    this.#menuModule ??= await import('./share-menu.js');
    // Cancelled or replaced while the code loaded; or the host has left the page.
    if (this.#opening !== opening) return;
    this.#opening = undefined;
    if (!this.host.isConnected) return;
    this.#menuCode = new this.#menuModule.ShareMenu(this.#owner);
    this.#set({menuOpen: true, live: true});
    await this.host.updateComplete;
    const menu = this.#menu;
    if (!menu?.isConnected) return;
    menu.showPopover();
    this.#menuCode?.focus(focus);
  }

  #close(): void {
    this.#opening = undefined;
    if (this.#menu?.matches(':popover-open')) this.#menu.hidePopover();
    this.#set({menuOpen: false});
    this.#button?.focus();
  }

  /** What the menu may do with this button. */
  readonly #owner: MenuOwner = {
    root: () => this.host.renderRoot as ShadowRoot,
    close: () => this.#close(),
    dismissed: () => {
      // Light dismiss (an outside click) closed the popover: keep the state in step.
      if (this.#state.menuOpen) this.#set({menuOpen: false});
    },
    done: (target, url) => {
      this.#close();
      this.#complete(target, url);
    },
    announce: async (message, copiedUrl, target = 'copy') => {
      // Emptied first, so that a second "Link copied" is announced again.
      this.#set({announcement: ''});
      await this.host.updateComplete;
      this.#set({announcement: message});
      if (copiedUrl) this.#complete(target, copiedUrl);
      await this.host.updateComplete;
    },
  };

  readonly #onButtonKey = (event: KeyboardEvent): void => {
    if (this.#sheet() || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    if (this.#request()) void this.#open(event.key === 'ArrowDown' ? 'first' : 'last');
  };

  #complete(target: ShareTarget | 'native', url: string): void {
    this.host.dispatchEvent(new ShareCompleteEvent(target, url));
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'share-request': ShareRequestEvent;
    'share-complete': ShareCompleteEvent;
  }
}
