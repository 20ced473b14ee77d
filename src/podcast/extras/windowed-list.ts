import {html, render} from 'lit';
import {repeat} from 'lit/directives/repeat.js';

/** Items drawn (and measured) together. */
const CHUNK = 50;
/** One item's height (px) until a chunk has been measured. */
const GUESS = 36;

/** What the list holds, in order: chunks of items drawn, and spacers standing for the rest. */
type Segment = {key: string; chunk: number} | {key: string; from: number; to: number};

const sameChunks = (a: readonly number[], b: readonly number[]) =>
  a.length === b.length && a.every((c, k) => c === b[k]);

/**
 * A long list drawn only where it is seen. Its items are drawn in chunks of 50: the chunks in and
 * near the list's scrolled view, and those of a few pinned items (the one focused, the one
 * playing); spacers as tall as the rest keep the scrollbar true. Each chunk is measured once drawn
 * and the others are estimated from the average, so items may wrap. Scrolling draws at most once
 * a frame. Drawn items carry `aria-setsize` and `aria-posinset`, so a screen reader knows the
 * whole list; the spacers are hidden from it.
 *
 * Its owner draws the scrolling `<ol>`, empty, and after each of its own renders gives it to
 * `attach()` and calls `draw()`; this draws the inside.
 */
export class WindowedList {
  #el?: HTMLElement;
  #items: readonly unknown[] = [];
  /** Each chunk's height (px) as last measured, or NaN. */
  #heights = new Float64Array(0);
  #measured = {px: 0, items: 0};
  /** Where each chunk starts (px from the first), worked out again when a height changes. */
  #offsets?: Float64Array;
  #drawn: number[] = [];
  #focused = -1;
  #frame = 0;
  #width = 0;
  #resize?: ResizeObserver;

  constructor(
    private readonly items: () => readonly unknown[],
    /** The inside of item `i`'s `<li>`. */
    private readonly drawItem: (i: number) => unknown,
    /** Items kept drawn wherever the list is scrolled. */
    private readonly pinned: () => number[] = () => [],
  ) {}

  /** The list element, while it is on the page. */
  get list(): HTMLElement | undefined {
    return this.#el?.isConnected ? this.#el : undefined;
  }

  /** The list element the owner drew (none when its panel is closed), after each of its renders. */
  attach(el: Element | null): void {
    if (el === (this.#el ?? null)) return;
    if (this.#el) {
      this.#el.removeEventListener('scroll', this.#onScroll);
      this.#el.removeEventListener('focusin', this.#onFocus);
      this.#resize?.unobserve(this.#el);
      cancelAnimationFrame(this.#frame);
      this.#frame = 0;
    }
    const list = (this.#el = (el as HTMLElement | null) ?? undefined);
    this.#drawn = [];
    this.#focused = -1;
    if (!list) return;
    list.addEventListener('scroll', this.#onScroll, {passive: true});
    list.addEventListener('focusin', this.#onFocus);
    (this.#resize ??= new ResizeObserver(this.#onResize)).observe(list);
  }

  /** The `<li>` of item `i`, if it is drawn. */
  drawn(i: number): HTMLLIElement | null {
    return this.#el?.querySelector<HTMLLIElement>(`:scope > [aria-posinset="${i + 1}"]`) ?? null;
  }

  /** Whether item `i` is drawn, and everything between it and the view: near enough to glide to. */
  near(i: number): boolean {
    const el = this.list;
    if (!el || !this.drawn(i)) return false;
    const [a, b] = [Math.floor(i / CHUNK), this.#chunkAt(this.#scrolled(el))].sort((x, y) => x - y);
    for (let c = a!; c <= b!; c++) if (!this.#drawn.includes(c)) return false;
    return true;
  }

  /** Draws item `i` (too, wherever the list is scrolled) and gives its `<li>`. */
  ensure(i: number): HTMLLIElement | null {
    this.draw(i);
    return this.drawn(i);
  }

  /** Draws what is in view again (the owner's state changed), and item `also` if given. */
  draw(also = -1): void {
    this.#update(true, also);
  }

  #update(force: boolean, also = -1): void {
    const el = this.list;
    if (!el) return;
    const items = this.items();
    if (items !== this.#items) this.#reset(items);
    // A second pass when what was measured shows that more (or less) is in view.
    for (let pass = 0; pass < 3; pass++) {
      const chunks = this.#plan(el, also);
      if (!force && sameChunks(chunks, this.#drawn)) return;
      force = false;
      const anchor = this.#anchor(chunks);
      const segments = this.#segments(chunks);
      render(
        repeat(
          segments,
          (s) => s.key,
          (s) =>
            'chunk' in s ? this.#chunk(s.chunk) : html`<li class="spacer" aria-hidden="true"></li>`,
        ),
        el,
      );
      this.#drawn = chunks;
      this.#fit(el, segments);
      // What the reader was looking at stays where it was, whatever was drawn above it.
      if (anchor) el.scrollTop += this.#top(anchor.chunk) - anchor.top;
    }
  }

  #chunk(c: number) {
    const n = this.#items.length;
    const rows = [];
    for (let i = c * CHUNK; i < Math.min(n, (c + 1) * CHUNK); i++) {
      rows.push(html`<li aria-setsize=${n} aria-posinset=${i + 1}>${this.drawItem(i)}</li>`);
    }
    return rows;
  }

  #reset(items: readonly unknown[]): void {
    this.#items = items;
    this.#heights = new Float64Array(Math.ceil(items.length / CHUNK)).fill(NaN);
    this.#measured = {px: 0, items: 0};
    this.#offsets = undefined;
    this.#drawn = [];
    if (this.#el) this.#el.scrollTop = 0;
  }

  get #offsetTable(): Float64Array {
    if (this.#offsets) return this.#offsets;
    const {px, items} = this.#measured;
    const average = items ? px / items : GUESS;
    const n = this.#items.length;
    const offsets = new Float64Array(this.#heights.length + 1);
    this.#heights.forEach((h, c) => {
      const size = Math.min(CHUNK, n - c * CHUNK);
      offsets[c + 1] = offsets[c]! + (h >= 0 ? h : size * average);
    });
    return (this.#offsets = offsets);
  }

  /** The chunk at `y` px from the list's start. */
  #chunkAt(y: number): number {
    const offsets = this.#offsetTable;
    let low = 0;
    let high = offsets.length - 2;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (offsets[mid]! <= y) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  /** The chunks to draw: those in view (and half a view around), and those of pinned items. */
  #plan(el: HTMLElement, also: number): number[] {
    const n = this.#items.length;
    if (!n) return [];
    const y = this.#scrolled(el);
    const margin = Math.max(el.clientHeight, 200) / 2;
    const chunks = new Set<number>();
    for (let c = this.#chunkAt(y - margin); c <= this.#chunkAt(y + el.clientHeight + margin); c++) {
      chunks.add(c);
    }
    for (const i of [also, this.#focused, ...this.pinned()]) {
      if (i >= 0 && i < n) chunks.add(Math.floor(i / CHUNK));
    }
    return [...chunks].sort((a, b) => a - b);
  }

  /** How far the list's start is scrolled above its view (px). */
  #scrolled(el: HTMLElement): number {
    const first = el.firstElementChild;
    return first
      ? el.getBoundingClientRect().top + el.clientTop - first.getBoundingClientRect().top
      : 0;
  }

  /** Spacers for the chunks not drawn: between those drawn, and always one last. */
  #segments(chunks: readonly number[]): Segment[] {
    const segments: Segment[] = [];
    let next = 0;
    for (const c of chunks) {
      if (c > next) segments.push({key: `s${next}`, from: next, to: c});
      segments.push({key: `c${c}`, chunk: c});
      next = c + 1;
    }
    segments.push({key: `s${next}`, from: next, to: this.#heights.length});
    return segments;
  }

  /** Measures the chunks drawn, then sizes the spacers by what is known. */
  #fit(el: HTMLElement, segments: readonly Segment[]): void {
    const firsts: Element[] = [];
    let k = 0;
    for (const s of segments) {
      firsts.push(el.children[k]!);
      k += 'chunk' in s ? Math.min(CHUNK, this.#items.length - s.chunk * CHUNK) : 1;
    }
    const tops = firsts.map((e) => e.getBoundingClientRect().top);
    segments.forEach((s, j) => {
      if (!('chunk' in s)) return;
      const h = tops[j + 1]! - tops[j]!;
      const old = this.#heights[s.chunk]!;
      // Nothing is measured while the list is not laid out (a hidden player).
      if (!(h > 0) || Math.abs(h - old) < 0.5) return;
      const size = Math.min(CHUNK, this.#items.length - s.chunk * CHUNK);
      this.#measured.px += h - (old >= 0 ? old : 0);
      this.#measured.items += old >= 0 ? 0 : size;
      this.#heights[s.chunk] = h;
      this.#offsets = undefined;
    });
    const offsets = this.#offsetTable;
    segments.forEach((s, j) => {
      if ('from' in s) {
        (firsts[j] as HTMLElement).style.blockSize = `${offsets[s.to]! - offsets[s.from]!}px`;
      }
    });
  }

  /** A chunk drawn before and after, and where it is now: the reader's place. */
  #anchor(next: readonly number[]): {chunk: number; top: number} | undefined {
    const el = this.#el!;
    const view = el.getBoundingClientRect().top;
    let best: {chunk: number; top: number} | undefined;
    for (const chunk of this.#drawn.filter((c) => next.includes(c))) {
      const top = this.#top(chunk);
      if (!best || Math.abs(top - view) < Math.abs(best.top - view)) best = {chunk, top};
    }
    return best;
  }

  #top(chunk: number): number {
    return this.drawn(chunk * CHUNK)?.getBoundingClientRect().top ?? 0;
  }

  #onScroll = (): void => {
    this.#frame ||= requestAnimationFrame(() => {
      this.#frame = 0;
      this.#update(false);
    });
  };

  #onFocus = (event: FocusEvent): void => {
    const li = (event.target as Element).closest('[aria-posinset]');
    this.#focused = li ? Number(li.getAttribute('aria-posinset')) - 1 : -1;
  };

  /** A new width re-wraps the items: every height is measured again. */
  #onResize = ([entry]: ResizeObserverEntry[]): void => {
    const width = entry?.contentRect.width ?? 0;
    if (width === this.#width) return;
    const first = !this.#width;
    this.#width = width;
    if (first) return;
    this.#heights.fill(NaN);
    this.#measured = {px: 0, items: 0};
    this.#offsets = undefined;
    this.#update(true);
  };
}
