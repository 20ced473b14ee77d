import type {ReactiveController, ReactiveControllerHost} from 'lit';
import {intl} from './dates.js';

/** Words a minute, for the reading time. */
const READING_SPEED = 230;

/**
 * Counts the words of the article's body (its slotted children, scripts and styles left out), for
 * the reading time: when the slot's content changes, and whenever the text is edited in place.
 * The host is redrawn when the count changes. Loaded with the first full article: cards show no
 * reading time, so they carry none of this.
 */
export class BodyWords implements ReactiveController {
  count = 0;
  #observer?: MutationObserver;
  #drawn = false;

  constructor(private readonly host: ReactiveControllerHost & Element & {renderRoot: ParentNode}) {
    host.addController(this);
  }

  /** The reading time in `lang` ("3 min", at least one minute), or `''` while the body is empty. */
  readingTime(lang: string): string {
    const words = this.count;
    return words ? formatMinutes(lang, Math.max(1, Math.round(words / READING_SPEED))) : '';
  }

  /** The slot's listener: `@slotchange=${words.watch}`. */
  watch = (event: {target: EventTarget | null}): void => {
    const slot = event.target as HTMLSlotElement;
    this.#observer ??= new MutationObserver(() => this.#count(slot));
    this.#observer.observe(this.host, {characterData: true, childList: true, subtree: true});
    this.#count(slot);
  };

  /**
   * A server-rendered article is hydrated with its body already slotted: no `slotchange` comes,
   * so the body is first counted when first drawn (a microtask later: not from inside that update).
   */
  hostUpdated(): void {
    if (this.#drawn) return;
    this.#drawn = true;
    const slot = this.host.renderRoot.querySelector('slot');
    if (slot) queueMicrotask(() => this.watch({target: slot}));
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  #count(slot: HTMLSlotElement): void {
    let words = 0;
    for (const node of slot.assignedNodes({flatten: true})) {
      if (node instanceof Element && node.matches('script, style, template')) continue;
      words += (node.textContent ?? '').split(/\s+/).filter(Boolean).length;
    }
    if (words === this.count) return;
    this.count = words;
    this.host.requestUpdate();
  }
}

/** "3 min" in the reader's language. */
export const formatMinutes = (lang: string, minutes: number): string =>
  intl('minutes', lang, (l) => new Intl.NumberFormat(l, {style: 'unit', unit: 'minute'})).format(
    minutes,
  );
