import {html, nothing, type LitElement, type ReactiveController} from 'lit';
import {iconSvg} from '../icons/icon-svg.js';
import '../icons/set/share.js';
import {safeLink} from '../shared/safe-url.js';
import {text} from '../shared/text.js';
import {resolveLang} from '../shared/i18n.js';
import {ShareRequestEvent} from './share-events.js';
import type {SharedStory, SharePress} from './share-press.js';
import {t} from './news-share.strings.js';

/**
 * What the host shares, read whenever it is needed (drawing, or a press): `url` may be anything
 * here (empty: the page's own; only http(s) is shared), and `targets` says which targets the
 * fallback menu offers, in order (empty: all).
 */
export type ShareSource = SharedStory;

/**
 * A share button, drawn in its host's own shadow root: the system share sheet where the browser
 * has one, elsewhere a menu of targets. `<news-share>` is this and nothing else, and
 * `<news-article>` draws one in its card without a nested element. Events are dispatched from
 * the host. A press asks the page at once (`share-request`); what it then does (the sheet, the
 * menu) is `share-press.ts`, loaded on the first press.
 */
export class ShareController implements ReactiveController {
  /** What a press does, once its code is in. */
  #press?: SharePress;
  /** The first press under way while that code loads (a token: a second press cancels it). */
  #loading?: object;

  constructor(
    private readonly host: LitElement,
    private readonly data: () => ShareSource,
  ) {
    host.addController(this);
  }

  /** A host taken off the page loses its open menu, and stops opening one. */
  hostDisconnected(): void {
    this.#loading = undefined;
    this.#press?.disconnected();
  }

  /** The URL that would be shared, or undefined when it is not a safe http(s) URL. */
  get shareUrl(): string | undefined {
    return safeLink(this.data().url || location.href);
  }

  /** The button, its menu when open, and its live region; parts named with `prefix`. */
  render(lang: string, prefix = '') {
    const title = text(this.data().title);
    const open = !!this.#press?.menuOpen;
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
      ${this.#press?.render(lang, prefix) ?? nothing}`;
  }

  /** Whether the system share sheet is used: where there is one, and no embed code to copy. */
  #sheet(): boolean {
    return 'share' in (globalThis.navigator ?? {}) && !this.data().embed;
  }

  /** What the menu shares: the page's data (read anew each time), with the URL checked. */
  readonly #story = (): SharedStory => {
    const {title, text, embed, targets} = this.data();
    return {url: this.shareUrl ?? '', title, text, embed, targets};
  };

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

  /** What a press does: loaded on the first press; undefined if cancelled meanwhile. */
  async #pressCode(): Promise<SharePress | undefined> {
    if (this.#press) return this.#press;
    const loading = (this.#loading = {});
    const {SharePress} = await import('./share-press.js');
    // A second press, or the host leaving the page, cancelled it.
    if (this.#loading !== loading) return;
    this.#loading = undefined;
    return (this.#press ??= new SharePress(this.host, this.#story, () => resolveLang(this.host)));
  }

  readonly #onClick = async (): Promise<void> => {
    // A second press closes the menu, or cancels its opening while its code loads.
    if (this.#loading) return void (this.#loading = undefined);
    if (this.#press?.busy) return this.#press.close();
    const request = this.#request();
    if (request) await (await this.#pressCode())?.share(request);
  };

  readonly #onButtonKey = (event: KeyboardEvent): void => {
    if (this.#sheet() || (event.key !== 'ArrowDown' && event.key !== 'ArrowUp')) return;
    event.preventDefault();
    const focus = event.key === 'ArrowDown' ? 'first' : 'last';
    if (this.#request()) void this.#pressCode().then((press) => press?.open(focus));
  };
}
