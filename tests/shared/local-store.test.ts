// src/shared/local-store.ts: one JSON value in localStorage that never throws, and never
// overwrites what it did not write.
import {expect} from '@open-wc/testing';
import {LocalStore} from '../../src/shared/local-store.js';
import {captureWarnings} from '../helpers.js';

const KEY = 'local-store-test';
const keys = ['fresh', 'foreign', 'replaced', 'full', 'skew', 'denied'].map((k) => `${KEY}:${k}`);
/** Ours: an array of numbers. */
const numbers = (value: unknown) =>
  Array.isArray(value) && value.every((n) => typeof n === 'number') ? value : undefined;

describe('LocalStore', () => {
  const {getItem, setItem} = Storage.prototype;
  const clear = () => keys.forEach((key) => localStorage.removeItem(key));
  /** Runs `steps` while storage is full (every setItem throws, as a full quota does). */
  const whileFull = (steps: () => void) => {
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      steps();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  };
  beforeEach(clear);
  after(clear);

  it('reads nothing until written, then what was written, as JSON, from any store', () => {
    const store = new LocalStore(`${KEY}:fresh`, numbers);
    expect(store.read(), 'never written').to.equal(undefined);
    expect(store.write([1, 2.5]), 'reached storage').to.equal(true);
    expect(localStorage.getItem(`${KEY}:fresh`)).to.equal('[1,2.5]');
    expect(new LocalStore(`${KEY}:fresh`, numbers).read(), 'another store').to.deep.equal([1, 2.5]);
    localStorage.removeItem(`${KEY}:fresh`);
    expect(store.read(), 'cleared elsewhere').to.equal(undefined);
  });

  it('leaves corrupt or foreign values untouched, keeps on in memory, and warns once', async () => {
    const key = `${KEY}:foreign`;
    const warnings = await captureWarnings(() => {
      for (const foreign of ['not json', '[1,', '', 'null', '{"n":1}', '[1,"2"]', '"[1]"', '7']) {
        localStorage.setItem(key, foreign);
        const store = new LocalStore(key, numbers);
        expect(store.read(), foreign).to.equal(undefined);
        expect(store.write([3]), `${foreign}: not written`).to.equal(false);
        expect(localStorage.getItem(key), `${foreign}: untouched`).to.equal(foreign);
        expect(store.read(), `${foreign}: from memory`).to.deep.equal([3]);
      }
    });
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0])
      .to.include(key)
      .and.match(/left untouched/);
  });

  it('writes again once a foreign value is replaced by one of ours', async () => {
    const key = `${KEY}:replaced`;
    localStorage.setItem(key, '{"theirs":true}');
    const store = new LocalStore(key, numbers);
    await captureWarnings(() => {
      store.read();
      expect(store.write([1]), 'foreign').to.equal(false);
    });
    localStorage.setItem(key, '[9]');
    expect(store.read(), 'ours again').to.deep.equal([9]);
    expect(store.write([9, 10]), 'writes again').to.equal(true);
    expect(localStorage.getItem(key)).to.equal('[9,10]');
  });

  it('keeps writes in memory while storage is full, and saves them once it has room', async () => {
    const key = `${KEY}:full`;
    const store = new LocalStore(key, numbers);
    store.write([1]);
    const warnings = await captureWarnings(() =>
      whileFull(() => {
        expect(store.write([1, 2]), 'first failed write').to.equal(false);
        expect(store.write([1, 2, 3]), 'second failed write').to.equal(false);
        expect(store.read(), 'memory is newer than storage').to.deep.equal([1, 2, 3]);
      }),
    );
    expect(localStorage.getItem(key), 'storage kept the last saved').to.equal('[1]');
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0]).to.match(/cannot be written/);
    expect(store.write([1, 2, 3, 4]), 'room again').to.equal(true);
    expect(localStorage.getItem(key)).to.equal('[1,2,3,4]');
  });

  it('leaves a foreign value stored while its own writes failed, and writes in memory', async () => {
    const key = `${KEY}:skew`;
    const store = new LocalStore(key, numbers);
    store.write([1]);
    const warnings = await captureWarnings(() => {
      whileFull(() => store.write([1, 2]));
      // Another version of the page, in another tab, stores its own kind of value there.
      localStorage.setItem(key, '{"version":2,"ids":[]}');
      expect(store.write([1, 2, 3]), 'not written over theirs').to.equal(false);
    });
    expect(localStorage.getItem(key), 'theirs, untouched').to.equal('{"version":2,"ids":[]}');
    expect(store.read(), 'ours, in memory').to.deep.equal([1, 2, 3]);
    expect(warnings.join('\n')).to.match(/left untouched/);
  });

  it('answers from memory when storage refuses to be read', async () => {
    const store = new LocalStore(`${KEY}:denied`, numbers);
    store.write([5]);
    const warnings = await captureWarnings(() => {
      Storage.prototype.getItem = () => {
        throw new DOMException('denied', 'SecurityError');
      };
      try {
        expect(store.read(), 'last written').to.deep.equal([5]);
        expect(new LocalStore(`${KEY}:denied`, numbers).read(), 'a new store').to.equal(undefined);
      } finally {
        Storage.prototype.getItem = getItem;
      }
    });
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0]).to.match(/cannot be read/);
    expect(store.read(), 'readable again').to.deep.equal([5]);
  });
});
