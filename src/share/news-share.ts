import {LitElement, css, html, nothing} from 'lit';
import {define} from '../shared/define.js';
import {oneSheet} from '../shared/one-sheet.js';
import {iconSvg} from '../icons/icon-svg.js';
import {iconSvgStyles} from '../icons/icon-svg.styles.js';
import '../icons/set/share.js';
import '../icons/set/file.js';
import '../icons/set/mail.js';
import '../icons/set/facebook.js';
import '../icons/set/vk.js';
import '../icons/set/x-twitter.js';
import '../icons/set/telegram.js';
import '../icons/set/odnoklassniki.js';
import '../icons/set/whatsapp.js';
import {LocaleController} from '../shared/i18n.js';
import {tokens} from '../shared/tokens.js';
import {iconButton} from '../shared/icon-button.styles.js';
import {safeUrl} from '../shared/safe-url.js';
import {text} from '../shared/text.js';
import {parseTargets, targetInfo, type ShareTarget} from './share-targets.js';
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
 * A share button: the system share sheet where the browser has one, elsewhere a menu of targets
 * (copy link, e-mail, Facebook, VK, X, Telegram, OK, WhatsApp). Only http(s) URLs are shared.
 *
 * @summary Share button with a fallback menu.
 * @tag news-share
 * @fires {ShareRequestEvent} share-request - The reader pressed the button: `event.url`, `.title`, `.text`. Cancelable: `preventDefault()` stops the sheet or menu.
 * @fires {ShareCompleteEvent} share-complete - Shared: `event.shareTarget` is `native`, `copy`, `mail`, `facebook`, …; `event.url` what was shared.
 * @csspart button - The share button.
 * @csspart menu - The fallback menu.
 * @csspart item - Each target in the menu.
 * @cssprop [--news-share-size=2.25em] - Size of the button.
 * @cssprop [--news-share-color=var(--news-color-accent)] - Colour of the icon when hovered.
 * @cssprop [--news-share-menu-surface=var(--news-color-surface)] - Background of the menu.
 */
export class NewsShare extends LitElement {
  static override properties = {
    url: {},
    title: {},
    text: {},
    targets: {},
  };

  static override styles = oneSheet(
    tokens,
    iconButton,
    iconSvgStyles,
    css`
      :host {
        --_button-size: var(--news-share-size, 2.25em);
        --_button-color: var(--news-share-color, var(--_news-accent));
        --_menu-surface: var(--news-share-menu-surface, var(--_news-surface));
      }
      button[aria-haspopup] {
        anchor-name: --news-share;
      }
      [role='menu'] {
        position-anchor: --news-share;
        position-area: block-end span-inline-end;
        position-try-fallbacks: flip-block, flip-inline;
        margin: 0.25em 0;
        padding: 0.25em;
        min-inline-size: 12em;
        border: 1px solid var(--_news-border);
        border-radius: var(--_news-radius);
        background: var(--_menu-surface);
        color: var(--_news-text);
        font: 0.9375rem/1.3 var(--_news-font);
        box-shadow: 0 8px 24px rgb(0 0 0 / 0.18);
      }
      [role='menuitem'] {
        display: flex;
        gap: 0.75em;
        align-items: center;
        box-sizing: border-box;
        inline-size: 100%;
        block-size: 2.5em;
        padding: 0 0.75em;
        border-radius: 4px;
        color: inherit;
        text-decoration: none;
      }
      [role='menuitem']:is(:hover, :focus) {
        outline: none;
        background: color-mix(in srgb, var(--_news-accent) 12%, transparent);
      }
      [role='menuitem']:focus-visible {
        outline: var(--_news-focus-ring);
        outline-offset: -2px;
      }
      [role='status'] {
        position: absolute;
        clip-path: inset(50%);
      }
    `,
  );

  /** What to share (http or https only); empty: the page's own URL. */
  url = '';

  /** The story's title (also names the button). */
  override title = '';

  /** A line of text to share with the link. */
  text = '';

  /** Which targets the fallback menu offers, in order: any of `copy mail facebook vk x telegram ok whatsapp`; empty: all. */
  targets = '';

  /** Whether the fallback menu is drawn, and what the polite live region says. */
  #state = {menuOpen: false, live: false, announcement: ''};

  private get menu() {
    return this.renderRoot.querySelector<HTMLElement>('[role="menu"]');
  }

  readonly #locale = new LocaleController(this);

  /** The URL that would be shared, or undefined when it is not a safe http(s) URL. */
  get shareUrl(): string | undefined {
    return safeUrl(this.url || location.href);
  }

  protected override render() {
    const lang = this.#locale.lang;
    const title = text(this.title);
    // On a server (no navigator) the button is drawn as a menu button, as in most browsers.
    const menu = !('share' in (globalThis.navigator ?? {}));
    return html`<button
        part="button"
        type="button"
        aria-label=${title ? t(lang, 'shareTitled', {title}) : t(lang, 'share')}
        aria-haspopup=${menu ? 'menu' : nothing}
        aria-expanded=${menu ? String(this.#state.menuOpen) : nothing}
        @click=${this.#onClick}
        @keydown=${this.#onButtonKey}
      >
        ${iconSvg('share')}
      </button>
      ${this.#state.menuOpen ? this.#renderMenu(lang) : nothing}
      ${
        // The live region appears with the menu, before anything is said in it, and then stays:
        // a thousand cards need no thousand idle regions.
        this.#state.live ? html`<span role="status">${this.#state.announcement}</span>` : nothing
      }`;
  }

  #set(patch: Partial<{menuOpen: boolean; live: boolean; announcement: string}>): void {
    Object.assign(this.#state, patch);
    this.requestUpdate();
  }

  #renderMenu(lang: string) {
    const url = this.shareUrl ?? '';
    const data = {url, title: text(this.title), text: text(this.text)};
    return html`<div
      role="menu"
      part="menu"
      popover="auto"
      aria-label=${t(lang, 'share')}
      @keydown=${this.#onMenuKey}
      @toggle=${this.#onToggle}
    >
      ${parseTargets(this.targets).map((target) => {
        const {icon, href} = targetInfo[target];
        const content = html`${iconSvg(icon)}${t(lang, target)}`;
        return href
          ? html`<a
              role="menuitem"
              part="item"
              tabindex="-1"
              href=${href(data)}
              target=${target === 'mail' ? nothing : '_blank'}
              rel="noopener noreferrer"
              @click=${() => this.#done(target)}
              >${content}</a
            >`
          : html`<button
              role="menuitem"
              part="item"
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
    const url = this.shareUrl;
    if (!url) {
      console.error(
        `<news-share>: refusing to share "${this.url}": only http(s) URLs can be shared.`,
      );
      return;
    }
    const request = new ShareRequestEvent(url, text(this.title), text(this.text));
    this.dispatchEvent(request);
    return request.defaultPrevented ? undefined : request;
  }

  async #onClick(): Promise<void> {
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
  }

  async #open(focus: 'first' | 'last' = 'first'): Promise<void> {
    this.#set({menuOpen: true, live: true});
    await this.updateComplete;
    const menu = this.menu;
    if (!menu) return;
    menu.showPopover();
    const items = this.#items();
    items[focus === 'first' ? 0 : items.length - 1]?.focus();
  }

  #close(returnFocus = true): void {
    if (this.menu?.matches(':popover-open')) this.menu.hidePopover();
    this.#set({menuOpen: false});
    if (returnFocus) this.renderRoot.querySelector('button')?.focus();
  }

  #items(): HTMLElement[] {
    return [...(this.menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
  }

  #onToggle(event: ToggleEvent): void {
    // Light dismiss (an outside click) closes the popover: keep the state in step.
    if (event.newState === 'closed' && this.#state.menuOpen) this.#set({menuOpen: false});
  }

  #onButtonKey(event: KeyboardEvent): void {
    if ('share' in navigator || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    if (this.#request()) void this.#open(event.key === 'ArrowDown' ? 'first' : 'last');
  }

  #onMenuKey(event: KeyboardEvent): void {
    const items = this.#items();
    const at = items.indexOf(this.renderRoot.querySelector<HTMLElement>(':focus') ?? items[0]);
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
        this.#close(false);
        return;
      case ' ':
        (event.target as HTMLElement).click();
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  #done(target: ShareTarget): void {
    const url = this.shareUrl ?? '';
    this.#close();
    this.#complete(target, url);
  }

  #complete(target: ShareTarget | 'native', url: string): void {
    const event = new ShareCompleteEvent(target, url);
    this.dispatchEvent(event);
  }

  async #copy(): Promise<void> {
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
    await this.updateComplete;
    this.#set({announcement: t(this.#locale.lang, copied ? 'copied' : 'copyFailed', {url})});
    if (copied) this.#complete('copy', url);
  }

  /** The fallback when the Clipboard API is denied: select the text and copy it. */
  #copyWithSelection(url: string): boolean {
    const field = document.createElement('textarea');
    field.value = url;
    field.readOnly = true;
    field.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
    this.renderRoot.append(field);
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

define('news-share', NewsShare);

declare global {
  interface HTMLElementTagNameMap {
    'news-share': NewsShare;
  }
  interface GlobalEventHandlersEventMap {
    'share-request': ShareRequestEvent;
    'share-complete': ShareCompleteEvent;
  }
}
