// The demo tells the truth: every page plays the same episodes (demo/episodes.ts) under the same
// titles, and every duration a page declares is its audio file's real length, so the time shown
// before play does not jump when the audio loads, and chapter marks stay where they are drawn.
import {expect} from '@open-wc/testing';
import {episodes} from '../../demo/episodes.js';
import type {PodcastPlayer} from '../../src/podcast/podcast-player.js';
import {formatTime, parseTime} from '../../src/podcast/time.js';
import {DEMO_PAGES, docsPages, open} from './frame.js';

/** Where `src` (relative to the page at `base`) points, without a media fragment (`#t=5`). */
const file = (src: string, base: string) => new URL(src, new URL(base, location.href)).pathname;

/** An episode's file, as the test server serves it. */
const episodeFile = (src: string) => file(src, '/demo/index.html');

/**
 * The real length of the audio at `path`, from its own metadata. Loaded as a Blob: the test
 * server ignores HTTP Range requests, without which an Ogg file reports no length.
 */
async function realDuration(path: string): Promise<number> {
  const url = URL.createObjectURL(await (await fetch(path)).blob());
  const audio = new Audio();
  try {
    const loaded = new Promise((resolve, reject) => {
      audio.addEventListener('loadedmetadata', resolve, {once: true});
      audio.addEventListener('error', () => reject(new Error(`${path} does not load`)), {
        once: true,
      });
    });
    audio.preload = 'metadata';
    audio.src = url;
    await loaded;
    return audio.duration;
  } finally {
    audio.removeAttribute('src');
    URL.revokeObjectURL(url);
  }
}

describe('demo: one set of episodes, with their real lengths', () => {
  for (const episode of episodes) {
    it(`${episode.src} is ${episode.duration} long, as every page declares`, async () => {
      const seconds = await realDuration(episodeFile(episode.src));
      expect(Number.isFinite(seconds), `${episode.src}: a length`).to.be.true;
      expect(formatTime(Math.round(seconds))).to.equal(episode.duration);
    });
  }

  it('chapters and transcript cues lie within the episode', async () => {
    for (const episode of episodes) {
      const seconds = await realDuration(episodeFile(episode.src));
      if (episode.chapters) {
        const {chapters} = (await (await fetch(episodeFile(episode.chapters))).json()) as {
          chapters: {startTime: number; endTime?: number; title: string}[];
        };
        for (const c of chapters) {
          expect(c.startTime, `chapter “${c.title}”`).to.be.within(0, seconds);
          if (c.endTime !== undefined) expect(c.endTime, c.title).to.be.within(0, seconds);
        }
      }
      if (episode.transcript) {
        const vtt = await (await fetch(episodeFile(episode.transcript))).text();
        const times = [...vtt.matchAll(/(?:(\d+):)?(\d\d):(\d\d\.\d{3})/g)].map(
          ([, h = '0', m, s]) => Number(h) * 3600 + Number(m) * 60 + Number(s),
        );
        expect(times.length, 'cue times').to.be.greaterThan(1);
        for (const t of times) expect(t, 'a cue time').to.be.within(0, seconds);
      }
    }
  });

  it('the demo feed lists the same episodes, titles and lengths', async () => {
    const xml = new DOMParser().parseFromString(
      await (await fetch('/demo/media/feed.xml')).text(),
      'application/xml',
    );
    const items = [...xml.querySelectorAll('item')].map((item) => ({
      src: file(item.querySelector('enclosure')!.getAttribute('url')!, '/demo/media/feed.xml'),
      title: item.querySelector('title')!.textContent,
      seconds: parseTime(item.getElementsByTagName('itunes:duration')[0]!.textContent),
    }));
    expect(items).to.deep.equal(
      episodes.map((e) => ({
        src: episodeFile(e.src),
        title: e.title,
        seconds: parseTime(e.duration),
      })),
    );
  });

  const pages = [...DEMO_PAGES];
  before(async () => pages.push(...(await docsPages())));

  it('every player on every demo and docs page plays one of them, with its title and length', async () => {
    const seen = new Set<string>();
    for (const path of pages) {
      const {frame, win, doc} = await open(path);
      try {
        const players = [...doc.querySelectorAll<PodcastPlayer>('podcast-player')];
        if (players.length) await win.customElements.whenDefined('podcast-player');
        for (const player of players) {
          if (!player.src) continue; // a feed's player: its episodes come from the feed
          const src = file(player.src, path);
          const episode = episodes.find((e) => episodeFile(e.src) === src);
          expect(episode, `${path}: ${player.src} is a demo episode`).to.exist;
          expect(player.title, `${path}: the title of ${src}`).to.equal(episode!.title);
          expect(player.declaredDuration, `${path}: the duration of ${src}`).to.equal(
            episode!.duration,
          );
          seen.add(path);
        }
      } finally {
        frame.remove();
      }
    }
    expect([...seen], 'pages with players').to.include.members([
      '/demo/index.html',
      '/demo/podcast.html',
      '/demo/plain.html',
      '/demo/vue.html',
      '/demo/docs/podcast-player.html',
    ]);
  });
});
