import {addTranslation} from '../shared/i18n.js';

/** French for every element. Importing this module adds it. */
addTranslation('fr', {
  // <news-bookmark>
  bookmark: 'Enregistrer',
  bookmarkTitled: 'Enregistrer : {title}',
  // <news-share>
  share: 'Partager',
  shareTitled: 'Partager : {title}',
  copy: 'Copier le lien',
  copied: 'Lien copié',
  copyFailed: 'Copiez le lien : {url}',
  mail: 'E-mail',
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
  // <podcast-player>: chapters, transcript, feeds
  chapters: 'Chapitres',
  chapterNow: 'Chapitre : {title}',
  transcript: 'Transcription',
  searchTranscript: 'Rechercher dans la transcription',
  found: '{total} trouvés',
  matches: '{n} sur {total}',
  noMatches: 'Aucun résultat',
  previousMatch: 'Résultat précédent',
  nextMatch: 'Résultat suivant',
  episodes: 'Épisodes',
  feedLoading: 'Chargement des épisodes…',
  chaptersFailed: 'Impossible de charger les chapitres.',
  transcriptFailed: 'Impossible de charger la transcription.',
  blocked:
    'Flux inaccessible : le réseau a échoué, ou son serveur n’autorise pas ce site à le lire.',
  missing: 'Impossible de charger le flux (HTTP {status}).',
  invalid: 'Ce n’est pas un flux de podcast.',
  noEpisodes: 'Ce flux n’a aucun épisode.',
  noAudio: 'Cet épisode n’a pas d’audio.',
});
