// Loaded before every test file (web-test-runner.config.mjs, testRunnerHtml). The runner sends a
// failed assertion's `actual` and `expected` to the terminal with structuredClone, which throws on
// a DOM node or a function: the failure was then never reported, and the run hung until its
// timeout (modernweb-dev/web#2967). Such values are sent as chai prints them instead.
// The side-effect-free entry: the main one registers its fixture clean-up with mocha, which is
// not there yet. Its types leave out the chai it exports.
import * as pure from '@open-wc/testing/pure';

const {chai} = pure as unknown as {chai: Chai.ChaiStatic};

/** `value`, or chai's text of it when it cannot be sent as it is. */
const sendable = (value: unknown): unknown => {
  try {
    structuredClone(value);
    return value;
  } catch {
    return chai.util.inspect(value);
  }
};

/** Calls `check`; a failure it throws leaves with values the runner can send. */
function reported<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof chai.AssertionError) {
      const failed = error as {actual?: unknown; expected?: unknown};
      failed.actual = sendable(failed.actual);
      failed.expected = sendable(failed.expected);
    }
    throw error;
  }
}

// Every `expect(…)`, `should` and `assert.*` check ends in Assertion#assert; `fail()` does not.
const {Assertion, expect, assert} = chai;
const check = Assertion.prototype.assert;
Assertion.prototype.assert = function (this: Chai.AssertionStatic, ...args) {
  return reported(() => check.apply(this, args));
} as typeof check;
for (const api of [expect, assert] as {fail: (...args: unknown[]) => never}[]) {
  const fail = api.fail;
  api.fail = (...args) => reported(() => fail(...args));
}
