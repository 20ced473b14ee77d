import {addTranslation} from '../../../shared/i18n.js';

/** Spanish for the player's chapters, transcript and feeds: loaded with them, on a Spanish page. */
addTranslation('es', {
  chapters: 'Capítulos',
  chapterNow: 'Capítulo: {title}',
  transcript: 'Transcripción',
  searchTranscript: 'Buscar en la transcripción',
  found: '{total} encontrados',
  matches: '{n} de {total}',
  noMatches: 'Sin resultados',
  previousMatch: 'Resultado anterior',
  nextMatch: 'Resultado siguiente',
  episodes: 'Episodios',
  feedLoading: 'Cargando los episodios…',
  chaptersFailed: 'No se pudieron cargar los capítulos.',
  transcriptFailed: 'No se pudo cargar la transcripción.',
  blocked:
    'No se pudo acceder al feed: falló la red o su servidor no permite que este sitio lo lea.',
  missing: 'No se pudo cargar el feed (HTTP {status}).',
  invalid: 'Esto no es un feed de pódcast.',
  noEpisodes: 'Este feed no tiene episodios.',
  noAudio: 'Este episodio no tiene audio.',
});
