import {addTranslation} from '../shared/i18n.js';

/** Spanish for every element. Importing this module adds it. */
addTranslation('es', {
  // <news-bookmark>
  bookmark: 'Guardar',
  bookmarkTitled: 'Guardar: {title}',
  // <news-share>
  share: 'Compartir',
  shareTitled: 'Compartir: {title}',
  copy: 'Copiar enlace',
  copied: 'Enlace copiado',
  copyFailed: 'Copia el enlace: {url}',
  mail: 'Correo',
  // <news-article>
  readingTime: '{minutes} de lectura',
  byline: 'Por {author}',
  tags: 'Etiquetas',
  // <podcast-player>
  play: 'Reproducir',
  pause: 'Pausa',
  back: 'Retroceder {t}',
  forward: 'Avanzar {t}',
  mute: 'Silenciar',
  seek: 'Buscar',
  of: '{a} de {b}',
  remaining: 'Tiempo restante',
  speed: 'Velocidad {r}',
  download: 'Descargar',
  error: 'No se pudo cargar el episodio.',
  noSrc: 'No hay audio que reproducir.',
  retry: 'Reintentar',
  // <podcast-player>: chapters, transcript, feeds
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
