import {addTranslation} from '../shared/i18n.js';

/** French for every element. Importing this module adds it. */
addTranslation('fr', {
  // <news-bookmark>
  bookmark: 'Enregistrer',
  bookmarkTitled: 'Enregistrer : {title}',
  // <news-share>
  share: 'Partager',
  shareTitled: 'Partager : {title}',
  // <news-article>
  readingTime: '{minutes} de lecture',
  byline: 'Par {author}',
  tags: 'Mots-clés',
  // <podcast-player>
  play: 'Lecture',
  pause: 'Pause',
  back: 'Reculer de {t}',
  forward: 'Avancer de {t}',
  mute: 'Couper le son',
  seek: 'Position de lecture',
  of: '{a} sur {b}',
  remaining: 'Temps restant',
  speed: 'Vitesse {r}',
  download: 'Télécharger',
  error: 'Impossible de charger l’épisode.',
  noSrc: 'Aucun audio à lire.',
  retry: 'Réessayer',
});
