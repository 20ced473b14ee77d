import {html, nothing} from 'lit';
import {iconSvg} from '../icons/icon-svg.js';
import '../icons/set/file.js';
import '../icons/set/mail.js';
import '../icons/set/facebook.js';
import '../icons/set/vk.js';
import '../icons/set/x-twitter.js';
import '../icons/set/telegram.js';
import '../icons/set/odnoklassniki.js';
import '../icons/set/whatsapp.js';
import {parseTargets, targetInfo, type ShareData, type ShareTarget} from './share-targets.js';
import {t} from './news-share.strings.js';

/** What the menu needs from the share button it belongs to (a `ShareController`). */
export interface MenuOwner {
  /** The shadow root the button and its menu are drawn in. */
  root(): ParentNode;
  /** Closes the menu and gives focus back to the button. */
  close(): void;
  /** The menu closed by itself (light dismiss: a click outside it). */
  dismissed(): void;
  /** The story went to `target` (with `url`): closes the menu and tells the page. */
  done(target: ShareTarget, url: string): void;
  /** Says in the button's live region whether the link was copied. */
  copied(ok: boolean, url: string): Promise<void>;
}

/**
 * The share button's fallback menu: the targets as menu items, the arrow keys, and copying the
 * link. Loaded by the button the first time it opens, where the browser has no share sheet.
 */
export class ShareMenu {
  constructor(private readonly owner: MenuOwner) {}

  /** The menu, its parts named with `prefix`, for `data` and the `targets` chosen (empty: all). */
  render(lang: string, prefix: string, data: ShareData, targets: string) {
    const item = `${prefix}item`;
    return html`<div
      class="share-menu"
      role="menu"
      part=${`${prefix}menu`}
      popover="auto"
      aria-label=${t(lang, 'share')}
      @keydown=${this.#onKey}
      @toggle=${(event: ToggleEvent) => event.newState === 'closed' && this.owner.dismissed()}
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
              @click=${() => this.owner.done(target, data.url)}
              >${content}</a
            >`
          : html`<button
              role="menuitem"
              part=${item}
              type="button"
              tabindex="-1"
              @click=${() => this.#copy(data.url)}
            >
              ${content}
            </button>`;
      })}
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

  async #copy(url: string): Promise<void> {
    let copied = false;
    try {
      await navigator.clipboard.writeText(url);
      copied = true;
    } catch {
      copied = this.#copyWithSelection(url);
    }
    this.owner.close();
    await this.owner.copied(copied, url);
  }

  /** The fallback when the Clipboard API is denied: select the text and copy it. */
  #copyWithSelection(url: string): boolean {
    const field = document.createElement('textarea');
    field.value = url;
    field.readOnly = true;
    field.style.cssText = 'position:fixed;opacity:0;pointer-events:none';
    this.owner.root().append(field);
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
