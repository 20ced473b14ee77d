// src/podcast/keyboard.ts: which shortcut a key press asks the player for, on any keyboard
// layout, and where a key moves the seek slider.
import {expect, fixture, html} from '@open-wc/testing';
import {type Shortcut, shortcut, sliderTarget} from '../../src/podcast/keyboard.js';

/** A player-like host: a button, a link and a plain box in its open shadow root. */
async function host() {
  const el = await fixture<HTMLElement>(html`<div></div>`);
  const root = el.attachShadow({mode: 'open'});
  const [button, link, box] = ['button', 'a', 'div'].map((tag) => document.createElement(tag));
  link!.setAttribute('href', '#');
  root.append(button!, link!, box!);
  return {el, button: button!, link: link!, box: box!};
}

/** What `shortcut` makes of a key press on `target`, read by the host while it is dispatched. */
function press(host: HTMLElement, target: Element, init: KeyboardEventInit, veto = false) {
  let found = 'not heard' as Shortcut | undefined | 'not heard';
  const listen = (event: KeyboardEvent) => (found = shortcut(event));
  const prevent = (event: Event) => event.preventDefault();
  host.addEventListener('keydown', listen);
  if (veto) target.addEventListener('keydown', prevent);
  const options = {bubbles: true, composed: true, cancelable: true};
  target.dispatchEvent(new KeyboardEvent('keydown', {...options, ...init}));
  host.removeEventListener('keydown', listen);
  target.removeEventListener('keydown', prevent);
  return found;
}

const space = {key: ' ', code: 'Space'};

describe('keyboard shortcuts', () => {
  it('plays, steps, mutes and changes speed with the usual keys (US layout)', async () => {
    const {el, box} = await host();
    const cases: [KeyboardEventInit, Shortcut | undefined][] = [
      [space, 'toggle'],
      [{key: 'k', code: 'KeyK'}, 'toggle'],
      [{key: 'K', code: 'KeyK', shiftKey: true}, 'toggle'],
      [{key: 'j', code: 'KeyJ'}, 'back'],
      [{key: 'ArrowLeft', code: 'ArrowLeft'}, 'back'],
      [{key: 'l', code: 'KeyL'}, 'forward'],
      [{key: 'ArrowRight', code: 'ArrowRight'}, 'forward'],
      [{key: 'm', code: 'KeyM'}, 'mute'],
      [{key: '<', code: 'Comma', shiftKey: true}, 'slower'],
      [{key: '>', code: 'Period', shiftKey: true}, 'faster'],
      [{key: ',', code: 'Comma'}, undefined],
      [{key: 'a', code: 'KeyA'}, undefined],
      [{key: 'Enter', code: 'Enter'}, undefined],
      [{key: 'ArrowUp', code: 'ArrowUp'}, undefined],
      [{key: 'Unidentified', code: ''}, undefined],
    ];
    for (const [init, expected] of cases)
      expect(press(el, box, init), JSON.stringify(init)).to.equal(expected);
  });

  it('goes by the letter typed on Latin layouts, by the key’s place on others', async () => {
    const {el, box} = await host();
    const cases: [string, KeyboardEventInit, Shortcut | undefined][] = [
      ['AZERTY M, where QWERTY has ;', {key: 'm', code: 'Semicolon'}, 'mute'],
      ['AZERTY comma, where QWERTY has M', {key: ',', code: 'KeyM'}, undefined],
      ['AZERTY <, a key of its own', {key: '<', code: 'IntlBackslash'}, 'slower'],
      ['Dvorak K, where QWERTY has V', {key: 'k', code: 'KeyV'}, 'toggle'],
      ['Russian Л in the K place', {key: 'л', code: 'KeyK'}, 'toggle'],
      ['Russian О in the J place', {key: 'о', code: 'KeyJ'}, 'back'],
      ['Russian Д in the L place', {key: 'д', code: 'KeyL'}, 'forward'],
      ['Russian Ь in the M place', {key: 'ь', code: 'KeyM'}, 'mute'],
      ['Greek Κ in the K place', {key: 'κ', code: 'KeyK'}, 'toggle'],
      ['Russian Shift+Б, where < is', {key: 'Б', code: 'Comma', shiftKey: true}, 'slower'],
      ['Russian Shift+Ю, where > is', {key: 'Ю', code: 'Period', shiftKey: true}, 'faster'],
      ['Russian Б without Shift', {key: 'б', code: 'Comma'}, undefined],
      ['Russian Ф in the A place', {key: 'ф', code: 'KeyA'}, undefined],
    ];
    for (const [label, init, expected] of cases)
      expect(press(el, box, init), label).to.equal(expected);
  });

  it('leaves Space to a focused button or link, and takes the other keys there', async () => {
    const {el, button, link, box} = await host();
    expect(press(el, button, space), 'Space on a button').to.equal(undefined);
    expect(press(el, link, space), 'Space on a link').to.equal(undefined);
    expect(press(el, box, space), 'Space on the box around them').to.equal('toggle');
    expect(press(el, button, {key: 'k', code: 'KeyK'}), 'K on a button').to.equal('toggle');
    expect(press(el, link, {key: 'm', code: 'KeyM'}), 'M on a link').to.equal('mute');
  });

  it('ignores keys with Ctrl, Cmd or Alt, and keys another listener has handled', async () => {
    const {el, box} = await host();
    for (const modifier of ['ctrlKey', 'metaKey', 'altKey'])
      for (const init of [space, {key: 'm', code: 'KeyM'}, {key: 'ArrowLeft', code: 'ArrowLeft'}])
        expect(press(el, box, {...init, [modifier]: true}), `${modifier} ${init.key}`).to.equal(
          undefined,
        );
    expect(press(el, box, {key: 'k', code: 'KeyK'}, true), 'handled K').to.equal(undefined);
    expect(press(el, box, space, true), 'handled Space').to.equal(undefined);
  });
});

describe('seek slider keys', () => {
  it('moves 5 s by the arrows and 60 s by Page Up and Page Down, from where it is', () => {
    const steps = {ArrowRight: 105, ArrowUp: 105, ArrowLeft: 95, ArrowDown: 95, PageUp: 160};
    for (const [key, expected] of Object.entries({...steps, PageDown: 40}))
      expect(sliderTarget(key, 100, 1653), key).to.equal(expected);
    expect(sliderTarget('ArrowRight', 12.5, NaN), 'with no known length').to.equal(17.5);
  });

  it('goes to the start by Home and to the end by End, when the end is known', () => {
    expect(sliderTarget('Home', 742, 1653), 'Home').to.equal(0);
    expect(sliderTarget('End', 742, 1653), 'End').to.equal(1653);
    expect(sliderTarget('End', 0, 0), 'End of an empty file').to.equal(0);
    expect(sliderTarget('End', 742, NaN), 'End with no known length').to.equal(undefined);
  });

  it('leaves every other key alone', () => {
    for (const key of [' ', 'Enter', 'Tab', 'Escape', 'k', 'Right', '5', 'PageUP', ''])
      expect(sliderTarget(key, 100, 1653), JSON.stringify(key)).to.equal(undefined);
  });
});
