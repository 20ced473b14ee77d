// tests/readable-failures.ts: a failed assertion on a value the runner cannot send (a DOM node, a
// function) is reported with chai's text of it, rather than hanging the run.
import {expect} from '@open-wc/testing';
import {sendable} from './readable-failures.js';

describe('readable failures', () => {
  it('sends what structuredClone takes as it is, and anything else as chai prints it', () => {
    const plain = {a: [1, 'x'], b: null};
    expect(sendable(plain), 'plain data').to.equal(plain);
    const div = document.createElement('div');
    div.id = 'story';
    expect(sendable(div), 'a DOM node').to.equal('<div id="story"></div>');
    expect(
      sendable(() => 1),
      'a function',
    ).to.be.a('string');
  });

  it('makes a failed assertion on a DOM node sendable', () => {
    let error: {message?: string; actual?: unknown; expected?: unknown} | undefined;
    try {
      expect(document.createElement('p')).to.equal(null);
    } catch (thrown) {
      error = thrown as typeof error;
    }
    expect(error?.message, 'the assertion failed').to.equal('expected <p></p> to equal null');
    expect(() => structuredClone(error!.actual), 'actual can be sent').not.to.throw();
    expect(error!.actual).to.equal('<p></p>');
    expect(error!.expected).to.equal(null);
  });
});
