import {addTranslation} from '../shared/i18n.js';

/** Russian for every element. Importing this module adds it. */
addTranslation('ru', {
  // <news-bookmark>
  bookmark: 'В закладки',
  bookmarkTitled: 'В закладки: {title}',
  // <news-share>
  share: 'Поделиться',
  shareTitled: 'Поделиться: {title}',
  // <news-article>
  readingTime: '{minutes} чтения',
  byline: 'Автор: {author}',
  tags: 'Теги',
  // <podcast-player>
  play: 'Воспроизвести',
  pause: 'Пауза',
  back: 'Назад: {t}',
  forward: 'Вперёд: {t}',
  mute: 'Без звука',
  seek: 'Перемотка',
  of: '{a} из {b}',
  remaining: 'Оставшееся время',
  speed: 'Скорость {r}',
  download: 'Скачать',
  error: 'Не удалось загрузить выпуск.',
  noSrc: 'Нет аудио для воспроизведения.',
  retry: 'Повторить',
});
