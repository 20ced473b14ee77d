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
  clearSearch: 'Borrar la búsqueda',
  previousMatch: 'Resultado anterior',
  nextMatch: 'Resultado siguiente',
  episodes: 'Episodios',
  feedLoading: 'Cargando los episodios…',
  chaptersFailed: 'No se pudieron cargar los capítulos.',
  transcriptFailed: 'No se pudo cargar la transcripción.',
  feedFailed: 'No se pudo cargar el feed.',
  blocked: 'Falló la red, o su servidor no permite que este sitio lo lea.',
  missing: 'Su servidor respondió HTTP {status}.',
  invalid: 'No está en un formato que el reproductor lea.',
  tooLarge: 'Ocupa más de {mb} MB.',
  timeout: 'Su servidor no respondió a tiempo.',
  noEpisodes: 'Este feed no tiene episodios.',
  noAudio: 'Este episodio no tiene audio.',
  embedTitle: 'Reproductor de pódcast',
});
