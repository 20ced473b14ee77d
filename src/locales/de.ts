import {addTranslation} from '../shared/i18n.js';

/** German for every element. Importing this module adds it. */
addTranslation('de', {
  // <news-bookmark>
  bookmark: 'Merken',
  bookmarkTitled: 'Merken: {title}',
  // <news-share>
  share: 'Teilen',
  shareTitled: 'Teilen: {title}',
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
});
