import {LitElement} from 'lit';
import {property} from '../shared/property.js';
import {define} from '../shared/define.js';
import {shareStyles} from './share-button.styles.js';
import {oneSheet} from '../shared/one-sheet.js';
import {iconSvgStyles} from '../icons/icon-svg.styles.js';
import {LocaleController} from '../shared/i18n.js';
import {tokens} from '../shared/tokens.js';
import {iconButton, iconButtonHost} from '../shared/icon-button.styles.js';
import {ShareController} from './share-controller.js';
import {ShareCompleteEvent, ShareRequestEvent} from './share-events.js';

export {ShareCompleteEvent, ShareRequestEvent};

/**
 * A share button: the system share sheet where the browser has one, elsewhere a menu of targets
 * (copy link, e-mail, Facebook, VK, X, Telegram, OK, WhatsApp; and Embed, copying `embed`). Only
 * http(s) URLs are shared.
 *
 * @summary Share button with a fallback menu.
 * @tag news-share
 * @fires {ShareRequestEvent} share-request - The reader pressed the button: `event.url`, `.title`, `.text`. Cancelable: `preventDefault()` stops the sheet or menu.
 * @fires {ShareCompleteEvent} share-complete - Shared: `event.shareTarget` is `native`, `copy`, `mail`, `facebook`, …, `embed`; `event.url` what was shared.
 * @csspart button - The share button.
 * @csspart menu - The fallback menu.
 * @csspart item - Each target in the menu.
 * @cssprop [--news-share-size=2.25em] - Size of the button.
 * @cssprop [--news-share-color=var(--news-color-accent)] - Colour of the icon when hovered.
 * @cssprop [--news-share-menu-surface=var(--news-color-surface)] - Background of the menu.
 */
export class NewsShare extends LitElement {
  static override styles = oneSheet(tokens, iconButtonHost, iconButton, iconSvgStyles, shareStyles);

  /** What to share (http or https only); empty: the page's own URL. */
  @property() url = '';

  /** The story's title (also names the button). */
  @property() override title = '';

  /** A line of text to share with the link. */
  @property() text = '';

  /** Which targets the fallback menu offers, in order: any of `copy mail facebook vk x telegram ok whatsapp embed`; empty: all. */
  @property() targets = '';

  /** An embed code (an `<iframe>`) to offer as "Embed": the menu then opens instead of the share sheet. */
  @property() embed = '';

  readonly #locale = new LocaleController(this);
  readonly #share = new ShareController(this, () => this);

  /** The URL that would be shared, or undefined when it is not a safe http(s) URL. */
  get shareUrl(): string | undefined {
    return this.#share.shareUrl;
  }

  protected override render() {
    return this.#share.render(this.#locale.lang);
  }
}

define('news-share', NewsShare);

declare global {
  interface HTMLElementTagNameMap {
    'news-share': NewsShare;
  }
}
