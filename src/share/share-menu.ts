import {html, nothing} from 'lit';
import {drawIcon, iconSvg} from '../icons/icon-svg.js';
import {adoptSheet} from '../shared/adopt-sheet.js';
import {menuStyles} from './share-menu.styles.js';
import '../icons/set/check.js';
import '../icons/set/mail.js';
import '../icons/set/facebook.js';
import '../icons/set/vk.js';
import '../icons/set/x-twitter.js';
import '../icons/set/telegram.js';
import '../icons/set/odnoklassniki.js';
import '../icons/set/whatsapp.js';
import {parseTargets, type ShareData, type ShareTarget} from './share-targets.js';
import {targetInfo} from './share-links.js';
import {t as buttonText} from './news-share.strings.js';
import {t} from './share-menu.strings.js';
import {LazyTranslations} from '../shared/lazy-strings.js';

/** The menu's strings in each language, loaded with it when a page speaks one. */
export const menuTranslations = new LazyTranslations({
  ru: () => import('./locales/ru.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  de: () => import('./locales/de.js'),
  ar: () => import('./locales/ar.js'),
});

/** What the menu needs from the share button it belongs to (a `ShareController`). */
export interface MenuOwner {
  /** The shadow root the button and its menu are drawn in. */
  root(): ShadowRoot;
  /** Closes the menu and gives focus back to the button. */
  close(): void;
  /** The menu closed by itself (light dismiss: a click outside it). */
  dismissed(): void;
  /** The story went to `target` (with `url`): closes the menu and tells the page. */
  done(target: ShareTarget, url: string): void;
  /**
   * Says `message` in the button's live region; with `copiedUrl`, the link (or, for `embed`, the
   * embed code for it) was copied: the page is told. Resolves once drawn.
   */
  announce(message: string, copiedUrl?: string, target?: ShareTarget): Promise<void>;
}

/**
 * The share button's fallback menu: the targets as menu items, the arrow keys, and copying the
 * link. Loaded by the button the first time it opens, where the browser has no share sheet.
 */
export class ShareMenu {
  /** Whether copying the link (or the embed code) worked; none until it is tried. */
  #copied = new Map<ShareTarget, boolean>();
  /** The language the menu was last drawn in. */
  #lang = 'en';

  constructor(private readonly owner: MenuOwner) {
    adoptSheet(owner.root(), menuStyles.cssText);
  }

  /** The menu, its parts named with `prefix`, for `data` and the `targets` chosen (empty: all). */
  render(lang: string, prefix: string, data: ShareData, targets: string) {
    this.#lang = lang;
    const item = `${prefix}item`;
    return html`<div
      class="share-menu"
      role="menu"
      part=${`${prefix}menu`}
      popover="auto"
      aria-label=${buttonText(lang, 'share')}
      @keydown=${this.#onKey}
      @toggle=${(event: ToggleEvent) => event.newState === 'closed' && this.owner.dismissed()}
    >
      ${parseTargets(targets)
        // Embed only with an embed code to copy.
        .filter((target) => target !== 'embed' || data.embed)
        .map((target) => {
          const {icon, href} = targetInfo[target];
          const content = html`${typeof icon == 'string' ? iconSvg(icon) : drawIcon(icon)}${t(
            lang,
            target,
          )}`;
          const copied = this.#copied.get(target);
          const embed = target === 'embed';
          return href
            ? html`<a
                role="menuitem"
                part=${item}
                tabindex="-1"
                href=${href(data)}
                target=${target === 'mail' ? nothing : '_blank'}
                rel="noopener noreferrer"
                @click=${() => this.owner.done(target, data.url)}
                >${content}</a
              >`
            : copied === false
              ? // No way of copying worked: the link, selected, for the reader to copy by hand.
                this.#byHand(lang, item, embed ? data.embed! : data.url, embed)
              : html`<button
                  role="menuitem"
                  part=${item}
                  class=${copied ? 'copied' : nothing}
                  type="button"
                  tabindex="-1"
                  @click=${() => this.#copy(target, data)}
                >
                  ${copied
                    ? html`${iconSvg('check')}${t(lang, embed ? 'embedCopied' : 'copied')}`
                    : content}
                </button>`;
        })}
    </div>`;
  }

  /** "Copy the link: <the link>", the link (or embed code) in a span of its own to be selected. */
  #byHand(lang: string, part: string, url: string, embed: boolean) {
    const [before, after] = t(lang, embed ? 'embedFailed' : 'copyFailed', {url: '\0'}).split('\0');
    return html`<div role="menuitem" part=${part} class="by-hand" tabindex="-1">
      ${before}<span>${url}</span>${after}
    </div>`;
  }

  /** Focuses the first or the last item. */
  focus(which: 'first' | 'last'): void {
    const items = this.#items();
    items[which === 'first' ? 0 : items.length - 1]?.focus();
  }

  #items(): HTMLElement[] {
    return [...this.owner.root().querySelectorAll<HTMLElement>('.share-menu [role="menuitem"]')];
  }

  readonly #onKey = (event: KeyboardEvent): void => {
    const items = this.#items();
    const at = Math.max(0, items.indexOf(event.target as HTMLElement));
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
        this.owner.close();
        break;
      case 'Tab':
        // Focus goes back to the button first (the menu is gone before Tab moves on): Tab then
        // leaves for what follows the button, and Shift+Tab stays on the button.
        this.owner.close();
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

  /**
   * Copies the link and says so in the item itself ("Link copied", then the menu closes a moment
   * later) and in the button's live region; where copying fails, the item shows the link, selected.
   */
  async #copy(target: ShareTarget, data: ShareData): Promise<void> {
    const embed = target === 'embed';
    const value = embed ? data.embed! : data.url;
    let copied = false;
    try {
      await navigator.clipboard.writeText(value);
      copied = true;
    } catch {
      copied = this.#copyWithSelection(value);
    }
    this.#copied.set(target, copied);
    const key = copied ? (embed ? 'embedCopied' : 'copied') : embed ? 'embedFailed' : 'copyFailed';
    await this.owner.announce(
      t(this.#lang, key, {url: value}),
      copied ? data.url : undefined,
      target,
    );
    const root = this.owner.root();
    const item = root.querySelector<HTMLElement>('.share-menu .by-hand');
    if (item) {
      item.focus();
      getSelection()?.selectAllChildren(item.lastElementChild!);
    } else {
      // Unless the reader has moved on meanwhile (another item, Escape, the menu opened anew).
      setTimeout(() => root.activeElement?.matches('.copied') && this.owner.close(), 1000);
    }
  }

  /** The fallback when the Clipboard API is denied: select the text and copy it. */
  #copyWithSelection(url: string): boolean {
    const root = this.owner.root();
    const item = root.activeElement as HTMLElement | null;
    const field = document.createElement('textarea');
    field.value = url;
    field.readOnly = true;
    field.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
    root.append(field);
    field.select();
    let copied = false;
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
    field.remove();
    // Selecting the field took the focus: give it back to the item pressed.
    item?.focus();
    return copied;
  }
}
