import {html, nothing, type LitElement} from 'lit';
import {text} from '../shared/text.js';
import {ShareCompleteEvent, type ShareRequestEvent} from './share-events.js';
import type {ShareData, ShareTarget} from './share-targets.js';
import type {MenuOwner, ShareMenu} from './share-menu.js';

/** What the fallback menu shares: a checked URL, the page's title, text and embed code, and the targets it offers (empty: all). */
export interface SharedStory extends ShareData {
  targets: string;
}

/**
 * What pressing a share button does, loaded by its `ShareController` on the first press (a
 * thousand cards that are never shared load none of it): the system share sheet where the browser
 * has one, else the fallback menu, with its opening and closing, focus, and the polite live
 * region that says what happened. Events are dispatched from the host.
 */
export class SharePress {
  /** Whether the fallback menu is drawn, and what the live region says. */
  #state = {menuOpen: false, live: false, announcement: ''};
  /** The fallback menu's code, loaded the first time it opens, and the menu open now. */
  #menuModule?: typeof import('./share-menu.js');
  #menuCode?: ShareMenu;
  /** The opening under way while the menu's code loads (a token: a later one replaces it). */
  #opening?: object;

  constructor(
    private readonly host: LitElement,
    /** What to share now (read at each press and each drawing). */
    private readonly story: () => SharedStory,
    /** The language the button speaks now. */
    private readonly lang: () => string,
  ) {}

  /** Whether the menu is open. */
  get menuOpen(): boolean {
    return this.#state.menuOpen;
  }

  /** Whether the menu is open or opening: a press now closes it. */
  get busy(): boolean {
    return this.#state.menuOpen || !!this.#opening;
  }

  /** The host left the page: an open menu closes (the popover closes with it), an opening stops. */
  disconnected(): void {
    this.#opening = undefined;
    if (this.#state.menuOpen) this.#set({menuOpen: false});
  }

  /** The menu when open, and the live region; parts named with `prefix`. */
  render(lang: string, prefix: string) {
    const {url, title, text: line, embed, targets} = this.story();
    const data = {url, title: text(title), text: text(line), embed: text(embed)};
    return html`${this.#state.menuOpen && this.#menuCode
      ? this.#menuCode.render(lang, prefix, data, targets)
      : nothing}
    ${
      // The live region appears with the menu, before anything is said in it, and then stays:
      // a thousand cards need no thousand idle regions.
      this.#state.live
        ? html`<span class="share-status" role="status">${this.#state.announcement}</span>`
        : nothing
    }`;
  }

  /** Shares what the page allowed (`request`): the share sheet, else the menu. */
  async share(request: ShareRequestEvent): Promise<void> {
    const {url} = request;
    // An embed code cannot be passed to the sheet: the menu offers it.
    if ('share' in navigator && !text(this.story().embed)) {
      try {
        await navigator.share({url, title: request.title, text: request.text || undefined});
        this.#complete('native', url);
        return;
      } catch (error) {
        if ((error as DOMException).name === 'AbortError') return;
        // Share sheet unavailable here (not allowed, no targets): offer the menu instead.
      }
    }
    await this.open();
  }

  /** Opens the menu, focus on its first or last item. */
  async open(focus: 'first' | 'last' = 'first'): Promise<void> {
    const opening = (this.#opening = {});
    this.#menuModule ??= await import('./share-menu.js');
    // The menu opens speaking the button's language.
    await this.#menuModule.menuTranslations.load(this.lang());
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

  /** Closes the menu (or stops its opening) and gives focus back to the button. */
  close(): void {
    this.#opening = undefined;
    if (this.#menu?.matches(':popover-open')) this.#menu.hidePopover();
    this.#set({menuOpen: false});
    this.host.renderRoot.querySelector<HTMLElement>('.share')?.focus();
  }

  get #menu() {
    return this.host.renderRoot.querySelector<HTMLElement>('.share-menu');
  }

  #set(patch: Partial<{menuOpen: boolean; live: boolean; announcement: string}>): void {
    Object.assign(this.#state, patch);
    this.host.requestUpdate();
  }

  /** What the menu may do with this button. */
  readonly #owner: MenuOwner = {
    root: () => this.host.renderRoot as ShadowRoot,
    close: () => this.close(),
    dismissed: () => {
      // Light dismiss (an outside click) closed the popover: keep the state in step.
      if (this.#state.menuOpen) this.#set({menuOpen: false});
    },
    done: (target, url) => {
      this.close();
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

  #complete(target: ShareTarget | 'native', url: string): void {
    this.host.dispatchEvent(new ShareCompleteEvent(target, url));
  }
}
