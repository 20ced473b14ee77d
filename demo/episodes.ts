// The demo's episodes: one data set for every page. The HTML pages write the same values by hand
// (tests/demo/episodes.test.ts holds every page to this list, and each duration to its file's
// real length); pages that build players from script import it.
export interface DemoEpisode {
  /** The audio, relative to demo/. */
  src: string;
  title: string;
  /** The audio file's real length, as the `duration` attribute takes it. */
  duration: string;
  artwork: string;
  chapters?: string;
  transcript?: string;
}

export const episodes: readonly DemoEpisode[] = [
  {
    src: './media/episode-1.ogg',
    title: 'Moscow waiting for NATO’s moves on missile defense, part 1',
    duration: '0:36',
    artwork: './images/story-1.svg',
    chapters: './media/episode-1.chapters.json',
    transcript: './media/episode-1.vtt',
  },
  {
    src: './media/episode-2.ogg',
    title: 'Moscow waiting for NATO’s moves on missile defense, part 2',
    duration: '1:05',
    artwork: './images/story-2.svg',
  },
];
