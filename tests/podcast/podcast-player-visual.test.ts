import {fixture, html} from '@open-wc/testing';
import {emulateMedia, resetMouse} from '@web/test-runner-commands';
import {visualDiff} from '@web/test-runner-visual-regression';
import '../../src/podcast/podcast-player.js';
import '../../src/locales/all.js';
import type {PodcastPlayer} from '../../src/podcast/podcast-player.js';
import {nextFrame} from '../helpers.js';
import {usePinnedFonts} from '../pinned-fonts.js';

/** Two seed players and a long one, paused part-way: nothing is fetched, so the pixels are stable. */
async function page(dir: 'ltr' | 'rtl', lang = 'en') {
  const wrapper = await fixture<HTMLElement>(
    html`<div
      dir=${dir}
      lang=${lang}
      style="width: 560px; padding: 12px; display: grid; gap: 8px; background: Canvas"
    >
      <podcast-player src="/__podcast/tone.wav?id=visual-1" duration="27:33"></podcast-player>
      <podcast-player
        src="/__podcast/tone.wav?id=visual-2"
        duration="28:12"
        start="754"
        muted
        download
      ></podcast-player>
      <podcast-player src="/__podcast/tone.wav?id=visual-3" duration="1:02:03" show-remaining>
      </podcast-player>
      <podcast-player style="max-width: 280px"></podcast-player>
    </div>`,
  );
  await usePinnedFonts(wrapper);
  const players = [...wrapper.querySelectorAll<PodcastPlayer>('podcast-player')];
  await Promise.all(players.map((p) => p.updateComplete));
  await nextFrame();
  return wrapper;
}

describe('<podcast-player> screenshots', () => {
  before(async () => {
    document.documentElement.style.colorScheme = 'light dark';
    await resetMouse();
  });
  after(async () => {
    document.documentElement.style.colorScheme = '';
    await emulateMedia({colorScheme: 'light'});
  });

  it('looks right in light', async () => {
    await emulateMedia({colorScheme: 'light'});
    await visualDiff(await page('ltr'), 'podcast-player-light');
  });

  it('looks right in dark', async () => {
    await emulateMedia({colorScheme: 'dark'});
    await visualDiff(await page('ltr'), 'podcast-player-dark');
  });

  it('looks right right-to-left (Arabic)', async () => {
    await emulateMedia({colorScheme: 'light'});
    await visualDiff(await page('rtl', 'ar'), 'podcast-player-rtl');
  });
});
