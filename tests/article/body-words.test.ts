// src/article/body-words.ts: the reading time, from the body's word count.
import {expect} from '@open-wc/testing';
import {BodyWords, formatMinutes} from '../../src/article/body-words.js';

describe('body-words', () => {
  it('writes reading minutes in the language asked for', () => {
    expect(formatMinutes('en', 3)).to.equal('3 min');
    expect(formatMinutes('de', 3)).to.match(/^3\s?Min/);
  });

  it('reads 230 words a minute, at least one, and nothing for an empty body', () => {
    const words = new BodyWords({addController() {}} as unknown as ConstructorParameters<
      typeof BodyWords
    >[0]);
    expect(words.readingTime('en')).to.equal('');
    for (const [count, shown] of [
      [1, '1 min'],
      [344, '1 min'],
      [345, '2 min'],
      [230 * 12, '12 min'],
    ] as const) {
      words.count = count;
      expect(words.readingTime('en'), `${count} words`).to.equal(shown);
    }
  });
});
