import {addTranslation} from '../shared/i18n.js';

/** German for every element. Importing this module adds it. */
addTranslation('de', {
  // <news-bookmark>
  bookmark: 'Merken',
  bookmarkTitled: 'Merken: {title}',
  // <news-share>
  share: 'Teilen',
  shareTitled: 'Teilen: {title}',
  copy: 'Link kopieren',
  copied: 'Link kopiert',
  copyFailed: 'Link kopieren: {url}',
  mail: 'E-Mail',
  // <news-article>
  readingTime: '{minutes} Lesezeit',
  byline: 'Von {author}',
  tags: 'Schlagwörter',
  // <podcast-player>
  play: 'Abspielen',
  pause: 'Pause',
  back: '{t} zurück',
  forward: '{t} vor',
  mute: 'Stummschalten',
  seek: 'Wiedergabeposition',
  of: '{a} von {b}',
  remaining: 'Restzeit',
  speed: 'Geschwindigkeit {r}',
  download: 'Herunterladen',
  error: 'Die Folge konnte nicht geladen werden.',
  noSrc: 'Kein Audio zum Abspielen.',
  retry: 'Erneut versuchen',
  // <podcast-player>: chapters, transcript, feeds
  chapters: 'Kapitel',
  chapterNow: 'Kapitel: {title}',
  transcript: 'Transkript',
  searchTranscript: 'Im Transkript suchen',
  found: '{total} gefunden',
  matches: '{n} von {total}',
  noMatches: 'Keine Treffer',
  previousMatch: 'Vorheriger Treffer',
  nextMatch: 'Nächster Treffer',
  episodes: 'Folgen',
  feedLoading: 'Folgen werden geladen …',
  chaptersFailed: 'Die Kapitel konnten nicht geladen werden.',
  transcriptFailed: 'Das Transkript konnte nicht geladen werden.',
  blocked:
    'Feed nicht erreichbar: Das Netzwerk ist ausgefallen, oder sein Server erlaubt dieser Website das Lesen nicht.',
  missing: 'Der Feed konnte nicht geladen werden (HTTP {status}).',
  invalid: 'Das ist kein Podcast-Feed.',
  noEpisodes: 'Dieser Feed hat keine Folgen.',
  noAudio: 'Diese Folge hat kein Audio.',
});
