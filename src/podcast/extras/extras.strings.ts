import {translator} from '../../shared/i18n.js';

/** Strings of the player's chapters, transcript and feed. `{n}` and `{total}` are counts. */
export const t = translator({
  chapters: 'Chapters',
  chapterNow: 'Chapter: {title}',
  /** Between the time and the chapter in the seek slider's spoken value. */
  separator: ', ',
  transcript: 'Transcript',
  searchTranscript: 'Search the transcript',
  found: '{total} found',
  matches: '{n} of {total}',
  noMatches: 'No matches',
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  episodes: 'Episodes',
  feedLoading: 'Loading the episodes…',
  chaptersFailed: 'Couldn’t load the chapters.',
  transcriptFailed: 'Couldn’t load the transcript.',
  blocked:
    'Couldn’t reach the feed: the network failed, or its server does not let this site read it.',
  missing: 'The feed could not be loaded (HTTP {status}).',
  invalid: 'This is not a podcast feed.',
  noEpisodes: 'This feed has no episodes.',
  noAudio: 'This episode has no audio.',
});
