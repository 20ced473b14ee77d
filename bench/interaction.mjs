// Main-thread tasks while a reader uses one player on a long page (`n` cards and `n` players):
// play, seek by keys and by a click, open the chapters and transcript panels and a card's share
// menu, pause. Input is real (CDP); tasks over 50 ms come from the page's Long Tasks API.
import {click, openPage, press} from './measure.mjs';

/**
 * Each step: its name, what the reader does, and when it is done: an expression over `s`, the
 * target player's state (bench.state() in pages/harness.js).
 */
const steps = [
  {
    name: 'play (and 2 s of playing)',
    act: (cdp, at) => at('play-button').then((p) => click(cdp, p)),
    done: '!s.paused && s.time > 2',
  },
  {
    name: 'seek: 10 arrow keys on the slider',
    act: async (cdp, at, page) => {
      await page.evaluate(() =>
        document.getElementById('target').shadowRoot.querySelector('[part="scrubber"]').focus(),
      );
      for (let i = 0; i < 10; i++) await press(cdp, 'ArrowRight');
    },
    done: 's.time > 40',
  },
  {
    name: 'seek: a click at three quarters',
    act: (cdp, at) => at('scrubber').then((p) => click(cdp, p)),
    done: 's.time > 400',
  },
  {
    name: 'open the chapters panel',
    act: (cdp, at) => at('chapters-button').then((p) => click(cdp, p)),
    done: 's.panels === 1',
  },
  {
    name: 'open the transcript panel',
    act: (cdp, at) => at('transcript-button').then((p) => click(cdp, p)),
    done: 's.panels >= 1',
  },
  {
    name: "open a card's share menu",
    act: (cdp, at) => at('share-button', true).then((p) => click(cdp, p)),
    done: 's.menu',
  },
  {
    name: 'pause',
    act: async (cdp, at, page) => {
      await page.keyboard.press('Escape');
      await click(cdp, await at('play-button'));
    },
    done: 's.paused',
  },
];

/** Runs the steps once; per step, the long tasks seen (ms each). */
export async function interaction(context, base, n) {
  const {page, cdp} = await openPage(context, base, 'busy');
  try {
    await page.evaluate((count) => window.bench.busy(count), n);
    const probe = await page.evaluate(() => window.bench.watchLongTasks());
    if (probe.length !== 1) throw new Error(`the Long Tasks API saw ${probe.length} of 1 task`);
    const at = (part, card) => page.evaluate(([p, c]) => window.bench.target(p, c), [part, card]);
    const out = [];
    for (const step of steps) {
      const seen = await page.evaluate(() => window.bench.tasks.length);
      await step.act(cdp, at, page);
      await page.waitForFunction(`(s => ${step.done})(window.bench.state())`, null, {
        timeout: 10000,
      });
      await page.evaluate(() => window.bench.idle());
      const tasks = await page.evaluate((from) => window.bench.tasks.slice(from), seen);
      out.push({step: step.name, tasks: tasks.map((t) => +t.toFixed(1))});
    }
    return out;
  } finally {
    await page.close();
  }
}
