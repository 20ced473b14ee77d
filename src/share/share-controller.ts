import {css, html, nothing, type LitElement, type ReactiveController} from 'lit';
import {iconSvg} from '../icons/icon-svg.js';
import '../icons/set/share.js';
import '../icons/set/file.js';
import '../icons/set/mail.js';
import '../icons/set/facebook.js';
import '../icons/set/vk.js';
import '../icons/set/x-twitter.js';
import '../icons/set/telegram.js';
import '../icons/set/odnoklassniki.js';
import '../icons/set/whatsapp.js';
import {safeUrl} from '../shared/safe-url.js';
import {text} from '../shared/text.js';
import {parseTargets, targetInfo, type ShareData, type ShareTarget} from './share-targets.js';
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
    return safeUrl(this.data().url || location.href);
  }

  /** The button, its menu when open, and its live region; parts named with `prefix`. */
  render(lang: string, prefix = '') {
    this.#lang = lang;
    this.#prefix = prefix;
    const title = text(this.data().title);
    const open = this.#state.menuOpen;
    // On a server (no navigator) the button is drawn as a menu button, as in most browsers.
    // Where the share sheet failed and the menu stands in for it, it says so too.
    const menu = open || !('share' in (globalThis.navigator ?? {}));
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
      ${this.#state.menuOpen ? this.#renderMenu(lang) : nothing}
      ${
        // The live region appears with the menu, before anything is said in it, and then stays:
        // a thousand cards need no thousand idle regions.
        this.#state.live
          ? html`<span class="share-status" role="status">${this.#state.announcement}</span>`
          : nothing
      }`;
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

  #renderMenu(lang: string) {
    const {title, text: line, targets} = this.data();
    const data = {url: this.shareUrl ?? '', title: text(title), text: text(line)};
    const item = `${this.#prefix}item`;
    return html`<div
      class="share-menu"
      role="menu"
      part=${`${this.#prefix}menu`}
      popover="auto"
      aria-label=${t(lang, 'share')}
      @keydown=${this.#onMenuKey}
      @toggle=${this.#onToggle}
    >
      ${parseTargets(targets).map((target) => {
        const {icon, href} = targetInfo[target];
        const content = html`${iconSvg(icon)}${t(lang, target)}`;
        return href
          ? html`<a
              role="menuitem"
              part=${item}
              tabindex="-1"
              href=${href(data)}
              target=${target === 'mail' ? nothing : '_blank'}
              rel="noopener noreferrer"
              @click=${() => this.#done(target)}
              >${content}</a
            >`
          : html`<button
              role="menuitem"
              part=${item}
              type="button"
              tabindex="-1"
              @click=${this.#copy}
            >
              ${content}
            </button>`;
      })}
    </div>`;
  }

  /** Checks the URL and asks the page; returns the request unless the URL is unsafe or the page vetoed. */
  #request(): ShareRequestEvent | undefined {
    const data = this.data();
    const url = this.shareUrl;
    if (!url) {
      console.error(
        `<${this.host.localName}>: refusing to share "${data.url}": only http(s) URLs can be shared.`,
      );
      return;
    }
    const request = new ShareRequestEvent(url, text(data.title), text(data.text));
    this.host.dispatchEvent(request);
    return request.defaultPrevented ? undefined : request;
  }

  readonly #onClick = async (): Promise<void> => {
    if (this.#state.menuOpen) return this.#close();
    const request = this.#request();
    if (!request) return;
    const {url} = request;
    if ('share' in navigator) {
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

  async #open(focus: 'first' | 'last' = 'first'): Promise<void> {
    this.#set({menuOpen: true, live: true});
    await this.host.updateComplete;
    const menu = this.#menu;
    if (!menu) return;
    menu.showPopover();
    const items = this.#items();
    items[focus === 'first' ? 0 : items.length - 1]?.focus();
  }

  #close(): void {
    if (this.#menu?.matches(':popover-open')) this.#menu.hidePopover();
    this.#set({menuOpen: false});
    this.#button?.focus();
  }

  #items(): HTMLElement[] {
    return [...(this.#menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  readonly #onToggle = (event: ToggleEvent): void => {
    // Light dismiss (an outside click) closes the popover: keep the state in step.
    if (event.newState === 'closed' && this.#state.menuOpen) this.#set({menuOpen: false});
  };

  readonly #onButtonKey = (event: KeyboardEvent): void => {
    if ('share' in navigator || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    if (this.#request()) void this.#open(event.key === 'ArrowDown' ? 'first' : 'last');
  };

  readonly #onMenuKey = (event: KeyboardEvent): void => {
    const items = this.#items();
    const at = items.indexOf(this.#menu?.querySelector<HTMLElement>(':focus') ?? items[0]);
    const move = (to: number) => items[(to + items.length) % items.length]?.focus();
    switch (event.key) {
      case 'ArrowDown':
        move(at + 1);
        break;
      case 'ArrowUp':
        move(at - 1);
        break;
      case 'Home':
        move(0);
        break;
      case 'End':
        move(items.length - 1);
        break;
      case 'Escape':
        this.#close();
        break;
      case 'Tab':
        // Focus goes back to the button first (the menu is gone before Tab moves on): Tab then
        // leaves for what follows the button, and Shift+Tab stays on the button.
        this.#close();
        if (!event.shiftKey) return event.stopPropagation();
        break;
      case ' ':
        (event.target as HTMLElement).click();
        break;
      default:
        // The menu has the keyboard while it is open: the host's own shortcuts wait.
        return event.stopPropagation();
    }
    event.preventDefault();
    event.stopPropagation();
  };

  #done(target: ShareTarget): void {
    const url = this.shareUrl ?? '';
    this.#close();
    this.#complete(target, url);
  }

  #complete(target: ShareTarget | 'native', url: string): void {
    this.host.dispatchEvent(new ShareCompleteEvent(target, url));
  }

  readonly #copy = async (): Promise<void> => {
    const url = this.shareUrl ?? '';
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = this.#copyWithSelection(url);
    }
    this.#close();
    // Emptied first, so that a second "Link copied" is announced again.
    this.#set({announcement: ''});
    await this.host.updateComplete;
    this.#set({announcement: t(this.#lang, copied ? 'copied' : 'copyFailed', {url})});
    if (copied) this.#complete('copy', url);
  };

  /** The fallback when the Clipboard API is denied: select the text and copy it. */
  #copyWithSelection(url: string): boolean {
    const field = document.createElement('textarea');
    field.value = url;
    field.readOnly = true;
    field.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
    this.host.renderRoot.append(field);
    field.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    field.remove();
    return copied;
  }
}

/** The share button's knobs, its menu and its live region (with `iconButton`). */
export const shareStyles = css`
  .share {
    --_button-size: var(--news-share-size, 2.25em);
    --_button-color: var(--news-share-color, var(--_news-accent));
  }
  /* An anchor only while its menu is open: a thousand idle anchors slow every layout. */
  .share.open {
    anchor-name: --news-share;
  }
  .share-menu {
    position-anchor: --news-share;
    position-area: block-end span-inline-end;
    position-try-fallbacks: flip-block, flip-inline;
    margin: 0.25em 0;
    padding: 0.25em;
    min-inline-size: 12em;
    border: 1px solid var(--_news-border);
    border-radius: var(--_news-radius);
    background: var(--news-share-menu-surface, var(--_news-surface));
    color: var(--_news-text);
    font: 0.9375rem/1.3 var(--_news-font);
    box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
  }
  .share-menu > * {
    display: flex;
    gap: 0.75em;
    align-items: center;
    box-sizing: border-box;
    inline-size: 100%;
    block-size: 2.5em;
    margin: 0;
    padding: 0 0.75em;
    border-radius: 4px;
    color: inherit;
    text-decoration: none;
  }
  .share-menu > button {
    border: 1px solid transparent;
    background: none;
    font: inherit;
    cursor: pointer;
  }
  .share-menu > :is(:hover, :focus) {
    outline: none;
    background: color-mix(in srgb, var(--_news-accent) 12%, transparent);
  }
  .share-menu > :focus-visible {
    outline: var(--_news-focus-ring);
    outline-offset: -2px;
  }
  .share-status {
    position: absolute;
    clip-path: inset(50%);
  }
`;

declare global {
  interface GlobalEventHandlersEventMap {
    'share-request': ShareRequestEvent;
    'share-complete': ShareCompleteEvent;
  }
}
