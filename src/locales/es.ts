import {addTranslation} from '../shared/i18n.js';

/** Spanish for every element. Importing this module adds it. */
addTranslation('es', {
  // <news-bookmark>
  bookmark: 'Guardar',
  bookmarkTitled: 'Guardar: {title}',
  // <news-share>
  share: 'Compartir',
  shareTitled: 'Compartir: {title}',
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
});
