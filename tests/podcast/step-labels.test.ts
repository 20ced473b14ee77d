// The step buttons' seconds, a part a theme shows beside or instead of the icon.
import {expect, fixture, html} from '@open-wc/testing';
import '../../src/podcast/podcast-player.js';
import type {PodcastPlayer} from '../../src/podcast/podcast-player.js';

const css = `
  .labels podcast-player::part(step-label) { display: inline }
  .labels podcast-player::part(step-icon) { display: none }
`;

async function player(labels: boolean) {
  const wrapper = await fixture<HTMLElement>(
    html`<div class=${labels ? 'labels' : ''}>
      <podcast-player duration="27:33" step-back="10"></podcast-player>
    </div>`,
  );
  wrapper.prepend(Object.assign(document.createElement('style'), {textContent: css}));
  const el = wrapper.querySelector<PodcastPlayer>('podcast-player')!;
  await el.updateComplete;
  return el;
}
const button = (el: PodcastPlayer, way: string) =>
  el.shadowRoot!.querySelector<HTMLElement>(`[part="${way}-button"]`)!;

const label = (el: PodcastPlayer, way: string) =>
  button(el, way).querySelector<HTMLElement>('[part="step-label"]')!;

describe('<podcast-player> step labels', () => {
  it('shows only the icons by default', async () => {
    const el = await player(false);
    expect(getComputedStyle(label(el, 'back')).display).to.equal('none');
  });

  it('shows the seconds instead of the icons when a theme asks, with the same names', async () => {
    const el = await player(true);
    const labels = ['back', 'forward'].map((way) => label(el, way));
    expect(labels.map((l) => l.textContent)).to.deep.equal(['10', '30']);
    for (const l of labels) expect(getComputedStyle(l).display).to.not.equal('none');
    const icon = button(el, 'forward').querySelector('[part="step-icon"]')!;
    expect(getComputedStyle(icon).display).to.equal('none');
    expect(button(el, 'back')).to.have.attribute('aria-label', 'Back 10 seconds');
    await expect(el).to.be.accessible();
  });
});
