// src/shared/text.ts: whatever a script puts in a string property, read as trimmed text.
import {expect} from '@open-wc/testing';
import {text} from '../../src/shared/text.js';

describe('text', () => {
  it('trims strings, Unicode spaces and line breaks included', () => {
    expect(text('  Tides  '), 'ASCII spaces').to.equal('Tides');
    expect(text('\n\tTides\r\n'), 'tabs and line breaks').to.equal('Tides');
    expect(text('\u00a0\u3000Приливы\u2003'), 'no-break, ideographic, em spaces').to.equal(
      'Приливы',
    );
    expect(text('a  b'), 'inner spaces are kept').to.equal('a  b');
    expect(text(''), 'empty').to.equal('');
  });

  it('reads null, undefined and document.all as nothing', () => {
    expect(text(null), 'null').to.equal('');
    expect(text(undefined), 'undefined').to.equal('');
    // The one object that is `== null`.
    expect(text(document.all), 'document.all').to.equal('');
  });

  it('writes numbers, BigInts, booleans and Symbols in their string form', () => {
    expect(text(42), '42').to.equal('42');
    expect(text(-0), '-0').to.equal('0');
    expect(text(NaN), 'NaN').to.equal('NaN');
    expect(text(1e21), '1e21').to.equal('1e+21');
    expect(text(10n ** 20n), 'BigInt').to.equal('100000000000000000000');
    expect(text(false), 'false').to.equal('false');
    expect(text(Symbol(' tide ')), 'Symbol').to.equal('Symbol( tide )');
    expect(text(Symbol()), 'Symbol without description').to.equal('Symbol()');
  });

  it('uses an object’s own string form, trimmed', () => {
    expect(text(['NATO', 'Russia']), 'array').to.equal('NATO,Russia');
    expect(text({}), 'plain object').to.equal('[object Object]');
    expect(text({toString: () => '  mine  '}), 'toString').to.equal('mine');
    expect(text({[Symbol.toPrimitive]: () => ' prim '}), 'Symbol.toPrimitive').to.equal('prim');
    expect(text(new URL('https://a.example/x')), 'URL').to.equal('https://a.example/x');
  });

  it('gives nothing for a value that has no string form, and never throws', () => {
    const revocable = Proxy.revocable({}, {});
    revocable.revoke();
    for (const [label, value] of [
      [
        'toString throws',
        {
          toString() {
            throw new Error('no');
          },
        },
      ],
      ['no prototype', Object.create(null)],
      ['toString and valueOf give objects', {toString: () => ({}), valueOf: () => ({})}],
      ['toPrimitive gives a Symbol', {[Symbol.toPrimitive]: () => Symbol('s')}],
      ['revoked Proxy', revocable.proxy],
      ['Proxy that throws on every get', new Proxy({}, {get: () => fail()})],
    ] as const) {
      expect(text(value), label).to.equal('');
    }
  });
});

function fail(): never {
  throw new TypeError('hostile');
}
