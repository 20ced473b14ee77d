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
  clearSearch: 'Effacer la recherche',
  previousMatch: 'Résultat précédent',
  nextMatch: 'Résultat suivant',
  episodes: 'Épisodes',
  feedLoading: 'Chargement des épisodes…',
  chaptersFailed: 'Impossible de charger les chapitres.',
  transcriptFailed: 'Impossible de charger la transcription.',
  feedFailed: 'Impossible de charger le flux.',
  blocked: 'Le réseau a échoué, ou son serveur n’autorise pas ce site à le lire.',
  missing: 'Son serveur a répondu HTTP {status}.',
  invalid: 'Son format n’est pas lu par le lecteur.',
  tooLarge: 'Il dépasse {mb} Mo.',
  timeout: 'Son serveur n’a pas répondu à temps.',
  noEpisodes: 'Ce flux n’a aucun épisode.',
  noAudio: 'Cet épisode n’a pas d’audio.',
  embedTitle: 'Lecteur de podcast',
});
