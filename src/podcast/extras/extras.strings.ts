import {translator} from '../../shared/i18n.js';

/**
 * Strings of the player's chapters, transcript and feed. `{n}` and `{total}` are counts. A file
 * that could not be used is told as what failed (`feedFailed` …) then why (`blocked` … `timeout`).
 */
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
  clearSearch: 'Clear the search',
  previousMatch: 'Previous match',
  nextMatch: 'Next match',
  episodes: 'Episodes',
  feedLoading: 'Loading the episodes…',
  chaptersFailed: 'Couldn’t load the chapters.',
  transcriptFailed: 'Couldn’t load the transcript.',
  feedFailed: 'Couldn’t load the feed.',
  blocked: 'The network failed, or its server does not let this site read it.',
  missing: 'Its server answered HTTP {status}.',
  invalid: 'It is not in a format the player reads.',
  tooLarge: 'It is larger than {mb} MB.',
  timeout: 'Its server did not answer in time.',
  noEpisodes: 'This feed has no episodes.',
  noAudio: 'This episode has no audio.',
  /** Names an embedded player's frame for screen readers when its episode has no title. */
  embedTitle: 'Podcast player',
});
