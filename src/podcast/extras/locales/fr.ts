import {addTranslation} from '../../../shared/i18n.js';

/** French for the player's chapters, transcript and feeds: loaded with them, on a French page. */
addTranslation('fr', {
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
