// Loaded before every test file (web-test-runner.config.mjs, testRunnerHtml). The runner sends a
// failed assertion's `actual` and `expected` to the terminal with structuredClone, which throws on
// a DOM node or a function: the failure was then never reported, and the run hung until its
// timeout (modernweb-dev/web#2967). Such values are sent as chai prints them instead.
// The side-effect-free entry: the main one registers its fixture clean-up with mocha, which is
// not there yet. Its types leave out the chai it exports.
import * as pure from '@open-wc/testing/pure';

const {chai} = pure as unknown as {chai: Chai.ChaiStatic};

/** `value`, or chai's text of it when it cannot be sent as it is. */
export function sendable(value: unknown): unknown {
  try {
    structuredClone(value);
    return value;
  } catch {
    return chai.util.inspect(value);
  }
}

chai.use(({Assertion, AssertionError}) => {
  const assert = Assertion.prototype.assert;
  Assertion.prototype.assert = function (
    this: Chai.AssertionStatic,
    ...args: Parameters<typeof assert>
  ) {
    try {
      return assert.apply(this, args);
    } catch (error) {
      if (error instanceof AssertionError) {
        const failed = error as {actual?: unknown; expected?: unknown};
        failed.actual = sendable(failed.actual);
        failed.expected = sendable(failed.expected);
      }
      throw error;
    }
  } as typeof assert;
});
