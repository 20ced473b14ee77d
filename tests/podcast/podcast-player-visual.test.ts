import {fixture, html} from '@open-wc/testing';
import {emulateMedia} from '@web/test-runner-commands';
import {visualDiff} from '@web/test-runner-visual-regression';
import '../../src/podcast/podcast-player.js';
import '../../src/locales/all.js';
import type {PodcastPlayer} from '../../src/podcast/podcast-player.js';
import {nextFrame, screenshotSuite} from '../helpers.js';
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

/** The phone layout (under 30em): players 390 px wide, one with a chapter title and panel buttons. */
async function phone(dir: 'ltr' | 'rtl', lang = 'en') {
  const wrapper = await fixture<HTMLElement>(
    html`<div
      dir=${dir}
      lang=${lang}
      style="width: 390px; padding: 12px; display: grid; gap: 8px; background: Canvas"
    >
      <podcast-player
        src="/__podcast/tone.wav?id=visual-phone-1"
        duration="1:02:03"
        start="754"
        download
        .chapters=${[
          {start: 0, title: 'Moscow is waiting for NATO’s moves on missile defense in Europe'},
          {start: 1800, title: 'Washington’s answer'},
        ]}
      ></podcast-player>
      <podcast-player
        src="/__podcast/tone.wav?id=visual-phone-2"
        duration="28:12"
        muted
        share
      ></podcast-player>
      <podcast-player></podcast-player>
    </div>`,
  );
  await usePinnedFonts(wrapper);
  const players = [...wrapper.querySelectorAll<PodcastPlayer>('podcast-player')];
  // The share button is drawn once <news-share> is defined and has rendered its own root.
  await until(() =>
    players.every(
      (p) =>
        !p.share ||
        !!p.shadowRoot!.querySelector('news-share')?.shadowRoot?.querySelector('button'),
    ),
  );
  await until(() => !!players[0].shadowRoot!.querySelector('[part="chapters-button"]'));
  await Promise.all(players.map((p) => p.updateComplete));
  await nextFrame();
  return wrapper;
}

const until = async (check: () => boolean) => {
  while (!check()) await nextFrame();
};

describe('<podcast-player> screenshots', () => {
  screenshotSuite();

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

  it('looks right on a phone, light, dark and right-to-left', async () => {
    await emulateMedia({colorScheme: 'light'});
    await visualDiff(await phone('ltr'), 'podcast-player-phone-light');
    await emulateMedia({colorScheme: 'dark'});
    await visualDiff(await phone('ltr'), 'podcast-player-phone-dark');
    await emulateMedia({colorScheme: 'light'});
    await visualDiff(await phone('rtl', 'ar'), 'podcast-player-phone-rtl');
  });
});
