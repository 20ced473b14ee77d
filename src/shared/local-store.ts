const warned = new Set<string>();

/**
 * One JSON value in localStorage under a namespaced key, that never throws. When storage is
 * unavailable (private mode, disabled, full) it goes on in memory and warns once per key. A
 * missing key means nothing is stored (it was never written, or it was cleared, here or in
 * another tab). A stored value that `parse` does not accept is left untouched (never
 * overwritten) and the store works in memory, until the value is one of ours again.
 */
export class LocalStore<T> {
  #memory: T | undefined;
  /** The stored value is not ours to overwrite. */
  #foreign = false;
  /** The last write failed: memory is newer than storage until a write succeeds. */
  #unsaved = false;

  constructor(
    readonly key: string,
    private readonly parse: (value: unknown) => T | undefined,
  ) {}

  read(): T | undefined {
    if (this.#unsaved) return this.#memory;
    let raw: string | null;
    try {
      raw = localStorage.getItem(this.key);
    } catch (error) {
      this.#warn('cannot be read', error);
      return this.#memory;
    }
    let value: T | undefined;
    try {
      value = raw === null ? undefined : this.parse(JSON.parse(raw));
    } catch {
      value = undefined;
    }
    if (raw !== null && value === undefined) {
      this.#foreign = true;
      this.#warn('holds data of another kind (left untouched)', raw.slice(0, 80));
      return this.#memory;
    }
    this.#foreign = false;
    return (this.#memory = value);
  }

  /** Keeps `value`; returns whether it reached storage. */
  write(value: T): boolean {
    // After a failed write storage went unread: whether its value is still ours is read afresh.
    if (this.#unsaved) {
      this.#unsaved = false;
      this.read();
    }
    this.#memory = value;
    if (this.#foreign) return false;
    try {
      localStorage.setItem(this.key, JSON.stringify(value));
      this.#unsaved = false;
      return true;
    } catch (error) {
      this.#unsaved = true;
      this.#warn('cannot be written', error);
      return false;
    }
  }

  #warn(what: string, detail: unknown): void {
    if (warned.has(this.key + what)) return;
    warned.add(this.key + what);
    console.warn(
      `newsroom-elements: localStorage "${this.key}" ${what}; going on in memory.`,
      detail,
    );
  }
}
