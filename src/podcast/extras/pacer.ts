interface Scheduler {
  yield(): Promise<void>;
}

/**
 * Long work done in steps, so no input keeps the main thread for long: in a loop,
 * `if (pace.due) await pace.rest()` lets the page draw and answer the reader every `budget` ms.
 */
export class Pacer {
  #since = performance.now();

  constructor(private readonly budget = 30) {}

  get due(): boolean {
    return performance.now() - this.#since > this.budget;
  }

  async rest(): Promise<void> {
    const scheduler = (globalThis as {scheduler?: Scheduler}).scheduler;
    await (scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve)));
    this.#since = performance.now();
  }
}
