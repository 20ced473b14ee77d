// src/share/share-targets.ts: the places a story can be shared to, and the page's choice of them.
import {expect} from '@open-wc/testing';
import {parseTargets, shareTargets} from '../../src/share/share-targets.js';

const all = ['copy', 'mail', 'facebook', 'vk', 'x', 'telegram', 'ok', 'whatsapp', 'embed'];

describe('parseTargets', () => {
  it('offers every target, in the default order, when the page names none', () => {
    expect([...shareTargets], 'the default order').to.deep.equal(all);
    for (const none of ['', '   ', ',, ,', '\n\t', null, undefined]) {
      expect(parseTargets(none), JSON.stringify(none)).to.deep.equal(all);
    }
  });

  it('hands out a list of its own each time', () => {
    parseTargets('').reverse();
    parseTargets('x copy').push('mail');
    expect(parseTargets(''), 'default list unchanged').to.deep.equal(all);
    expect(parseTargets('x copy'), 'chosen list unchanged').to.deep.equal(['x', 'copy']);
    expect([...shareTargets], 'shareTargets unchanged').to.deep.equal(all);
  });

  it('keeps the known names in the page’s order, once each, whatever the separator or case', () => {
    for (const [value, expected] of [
      ['x copy nonsense x', ['x', 'copy']],
      ['telegram,copy', ['telegram', 'copy']],
      [' ,mail ,\t vk,\n', ['mail', 'vk']],
      ['WhatsApp  OK Embed', ['whatsapp', 'ok', 'embed']],
      ['x\u00a0mail\u3000copy', ['x', 'mail', 'copy']],
      ['ok ok OK oK', ['ok']],
    ] as const) {
      expect(parseTargets(value), value).to.deep.equal(expected);
    }
  });

  it('drops names it does not know, and offers all when none is left', () => {
    expect(parseTargets('twitter x-twitter mail'), 'icon names are not targets').to.deep.equal([
      'mail',
    ]);
    for (const unknown of [
      'nonsense',
      'constructor __proto__ toString length',
      'copy;mail',
      'x.copy',
      'e-mail',
      'MAİL',
      'ｃｏｐｙ',
    ]) {
      expect(parseTargets(unknown), unknown).to.deep.equal(all);
    }
  });

  it('reads whatever a script set, and never throws', () => {
    expect(parseTargets(['vk', 'x']), 'an array').to.deep.equal(['vk', 'x']);
    expect(parseTargets(new String(' mail ')), 'a String object').to.deep.equal(['mail']);
    const hostile = {
      toString() {
        throw new Error('no');
      },
    };
    for (const value of [42, 10n, true, {}, Symbol('x'), hostile, Object.create(null)]) {
      expect(parseTargets(value), typeof value).to.deep.equal(all);
    }
  });
});
