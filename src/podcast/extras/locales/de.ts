import {addTranslation} from '../../../shared/i18n.js';

/** German for the player's chapters, transcript and feeds: loaded with them, on a German page. */
addTranslation('de', {
  chapters: 'Kapitel',
  chapterNow: 'Kapitel: {title}',
  transcript: 'Transkript',
  searchTranscript: 'Im Transkript suchen',
  found: '{total} gefunden',
  matches: '{n} von {total}',
  noMatches: 'Keine Treffer',
  clearSearch: 'Suche löschen',
  previousMatch: 'Vorheriger Treffer',
  nextMatch: 'Nächster Treffer',
  episodes: 'Folgen',
  feedLoading: 'Folgen werden geladen …',
  chaptersFailed: 'Die Kapitel konnten nicht geladen werden.',
  transcriptFailed: 'Das Transkript konnte nicht geladen werden.',
  feedFailed: 'Der Feed konnte nicht geladen werden.',
  blocked: 'Das Netzwerk ist ausgefallen, oder sein Server erlaubt dieser Website das Lesen nicht.',
  missing: 'Sein Server antwortete mit HTTP {status}.',
  invalid: 'Der Player kann dieses Format nicht lesen.',
  tooLarge: 'Die Datei ist größer als {mb} MB.',
  timeout: 'Sein Server hat nicht rechtzeitig geantwortet.',
  noEpisodes: 'Dieser Feed hat keine Folgen.',
  noAudio: 'Diese Folge hat kein Audio.',
  embedTitle: 'Podcast-Player',
});
