// src/podcast/extras/pacer.ts: long work done in steps: due once its budget of time is spent; a
// rest gives the main thread back for a task, then a new budget starts.
import {expect} from '@open-wc/testing';
import sinon from 'sinon';
import {Pacer} from '../../../src/podcast/extras/pacer.js';

const {scheduler} = globalThis as unknown as {scheduler: {yield(): Promise<void>}};

/** Whether `promise` settles within the current task, or (`task`) by the end of the next one. */
async function settlesAtOnce(promise: Promise<unknown>, task = false) {
  let settled = false;
  void promise.then(() => (settled = true));
  for (let i = 0; i < 20; i++) await Promise.resolve();
  if (task) {
    const {port1, port2} = new MessageChannel();
    await new Promise((resolve) => {
      port1.onmessage = resolve;
      port2.postMessage(0);
    });
  }
  return settled;
}

describe('pacing long work', () => {
  describe('on a faked clock', () => {
    // performance.now() and the timers are faked: time passes when a test says so. Chromium has
    // scheduler.yield; it is hidden, so that rest() takes a timer as in browsers without it.
    let clock: sinon.SinonFakeTimers;
    let hidden: sinon.SinonStub;
    beforeEach(() => {
      clock = sinon.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'performance']});
      hidden = sinon.stub(scheduler, 'yield').value(undefined);
    });
    afterEach(() => {
      hidden.restore();
      clock.restore();
    });

    it('is due once more than its budget has passed: 30 ms unless told', () => {
      for (const budget of [undefined, 5, 100]) {
        const pace = new Pacer(budget);
        const ms = budget ?? 30;
        expect(pace.due, `${budget}: at once`).to.be.false;
        clock.tick(ms);
        expect(pace.due, `${budget}: after ${ms} ms`).to.be.false;
        clock.tick(1);
        expect(pace.due, `${budget}: after ${ms + 1} ms`).to.be.true;
        clock.tick(1000);
        expect(pace.due, `${budget}: long after`).to.be.true;
      }
    });

    it('rests until a timer has run, then starts a new budget', async () => {
      const pace = new Pacer(30);
      clock.tick(45);
      const resting = pace.rest();
      expect(await settlesAtOnce(resting, true), 'waits for a timer').to.be.false;
      expect(pace.due, 'still due while resting').to.be.true;
      await clock.tickAsync(0);
      expect(await settlesAtOnce(resting), 'rested once the timer ran').to.be.true;
      expect(pace.due, 'a new budget').to.be.false;
      clock.tick(30);
      expect(pace.due, 'the new budget, spent').to.be.false;
      clock.tick(1);
      expect(pace.due, 'the new budget, overspent').to.be.true;
    });
  });

  it('rests with scheduler.yield where the browser has it', async () => {
    const yielded = sinon.spy(scheduler, 'yield');
    try {
      const pace = new Pacer(10);
      const stop = performance.now() + 1000;
      while (!pace.due && performance.now() < stop); // 10 ms of work, or give up
      expect(pace.due, 'due after 10 ms of work').to.be.true;
      const resting = pace.rest();
      expect(await settlesAtOnce(resting), 'waits for a task').to.be.false;
      await resting;
      expect(yielded.callCount, 'scheduler.yield').to.equal(1);
      expect(pace.due, 'a new budget').to.be.false;
    } finally {
      yielded.restore();
    }
  });
});
