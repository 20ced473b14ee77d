// src/podcast/rates.ts: the speeds a player offers, and the next one.
import {expect} from '@open-wc/testing';
import {DEFAULT_RATES, nextRate, parseRates} from '../../src/podcast/rates.js';

describe('speeds', () => {
  it('reads a rates value: from 0.25 to 4, slowest first, else the default', () => {
    expect(parseRates('2 1 1.5')).to.deep.equal([1, 1.5, 2]);
    expect(parseRates('0.1, 0.5, 9')).to.deep.equal([0.5]);
    for (const bad of ['', 'fast', '0 5', null]) expect(parseRates(bad)).to.equal(DEFAULT_RATES);
  });

  it('goes up, down, and round again for the speed button', () => {
    const list = [0.75, 1, 1.5];
    expect(nextRate(list, 1, 1)).to.equal(1.5);
    expect(nextRate(list, 1.5, 1), 'the fastest stays').to.equal(1.5);
    expect(nextRate(list, 1.5, 0), 'the button goes round').to.equal(0.75);
    expect(nextRate(list, 0.75, -1), 'none slower').to.equal(undefined);
    expect(nextRate(list, 1.2, -1), 'a speed set by script').to.equal(1);
  });
});
