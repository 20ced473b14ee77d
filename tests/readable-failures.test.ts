// tests/readable-failures.ts, as web-test-runner.config.mjs loads it before each file (this file
// does not import it): a failed assertion on a value the runner cannot send (a DOM node, a
// function) carries chai's text of it instead, so that the failure is reported.
import {assert, expect} from '@open-wc/testing';

/** The failure `check` throws. */
function failure(check: () => void): {message?: string; actual?: unknown; expected?: unknown} {
  try {
    check();
  } catch (error) {
    return error as ReturnType<typeof failure>;
  }
  throw new Error('the check passed');
}

describe('readable failures', () => {
  it('sends a DOM node as its markup, and plain values as they are', () => {
    const error = failure(() => expect(document.createElement('p')).to.equal(null));
    expect(error.message).to.equal('expected <p></p> to equal null');
    expect(() => structuredClone(error.actual), 'actual can be sent').not.to.throw();
    expect(error.actual).to.equal('<p></p>');
    expect(error.expected, 'null, as it was').to.equal(null);
    const plain = failure(() => expect({a: [1]}).to.deep.equal({a: [2]}));
    expect(plain.actual, 'plain data, as it was').to.deep.equal({a: [1]});
  });

  it('does so for expect.fail, assert.fail and assert.* too, and for `expected`', () => {
    const div = document.createElement('div');
    div.id = 'story';
    const span = document.createElement('span');
    for (const [what, check] of [
      ['expect.fail', () => expect.fail(div, null, 'no')],
      ['assert.fail', () => assert.fail(div, span, 'no')],
      ['assert.isNull', () => assert.isNull(div)],
    ] as const) {
      const error = failure(check);
      expect(() => structuredClone([error.actual, error.expected]), what).not.to.throw();
      expect(error.actual, what).to.equal('<div id="story"></div>');
      if (what === 'assert.fail') expect(error.expected, what).to.equal('<span></span>');
    }
  });
});
