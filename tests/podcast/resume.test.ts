// src/podcast/resume.ts: where each episode was left, kept in localStorage beside what else a
// site keeps there.
import {expect} from '@open-wc/testing';
import {remember, rememberedPosition} from '../../src/podcast/resume.js';
import {captureWarnings} from '../helpers.js';

const KEY = 'newsroom-elements:podcast-positions';

describe('remembered positions', () => {
  beforeEach(() => localStorage.removeItem(KEY));
  after(() => localStorage.removeItem(KEY));

  it('remembers, reads back and forgets a position', () => {
    remember('https://a.example/1.mp3', 61.7);
    expect(rememberedPosition('https://a.example/1.mp3')).to.equal(61);
    remember('https://a.example/1.mp3', 0);
    expect(JSON.parse(localStorage.getItem(KEY)!)).to.deep.equal({});
  });

  it('never overwrites a value it did not write, and says so once', async () => {
    const warnings = await captureWarnings(() => {
      for (const foreign of [
        '[1,2,3]',
        '["https://a.example/1.mp3"]',
        '42',
        '"text"',
        'not json',
      ]) {
        localStorage.setItem(KEY, foreign);
        remember('https://a.example/1.mp3', 30);
        expect(localStorage.getItem(KEY), foreign).to.equal(foreign);
        expect(rememberedPosition('https://a.example/1.mp3'), 'kept in memory').to.equal(30);
      }
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(/left untouched/);
  });
});
