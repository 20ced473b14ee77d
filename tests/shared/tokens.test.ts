// src/shared/tokens.ts: border and muted text are derived from the text and surface colours.
import {expect, fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import '../../src/podcast/podcast-player.js';
import type {PodcastPlayer} from '../../src/podcast/podcast-player.js';

/** A computed colour as [r, g, b] in 0–255 (a canvas resolves color-mix and light-dark for us). */
function rgb(color: string): number[] {
  const ctx = document.createElement('canvas').getContext('2d', {willReadFrequently: true})!;
  ctx.fillStyle = color;
  ctx.fillRect(0, 0, 1, 1);
  return [...ctx.getImageData(0, 0, 1, 1).data.slice(0, 3)];
}
const luminance = (c: number[]) => {
  const [r, g, b] = c.map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: number[], b: number[]) => {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1 + 0.05) / (l2 + 0.05);
};

async function player(style = '') {
  const el = await fixture<PodcastPlayer>(
    html`<podcast-player
      style=${style}
      src="/__podcast/tone.wav?id=tokens"
      duration="27:33"
    ></podcast-player>`,
  );
  const frame = el.shadowRoot!.querySelector('.frame')!;
  const time = el.shadowRoot!.querySelector('.time')!;
  const styles = getComputedStyle(frame);
  return {
    border: rgb(styles.borderTopColor),
    surface: rgb(styles.backgroundColor),
    muted: rgb(getComputedStyle(time).color),
  };
}

describe('theme tokens', () => {
  before(() => (document.documentElement.style.colorScheme = 'light dark'));
  after(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({colorScheme: 'light'});
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`keeps muted text readable (at least 4.5:1) on the default ${scheme} surface`, async () => {
      await emulateMedia({colorScheme: scheme});
      const {muted, surface} = await player();
      expect(contrast(muted, surface)).to.be.at.least(4.5);
    });

    it(`derives border and muted text from a theme's own colours, ${scheme} scheme`, async () => {
      await emulateMedia({colorScheme: scheme});
      // A light theme that sets text, surface and accent only: nothing dark leaks in.
      const {border, muted, surface} = await player(
        '--news-color-text: #222; --news-color-surface: #fdf6e3; --news-color-accent: #b00',
      );
      expect(surface).to.deep.equal([0xfd, 0xf6, 0xe3]);
      expect(luminance(border), 'a light border').to.be.greaterThan(0.6);
      expect(contrast(muted, surface)).to.be.at.least(4.5);
    });
  }
});
