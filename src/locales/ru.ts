import {addTranslation} from '../shared/i18n.js';

/** Russian for every element. Importing this module adds it. */
addTranslation('ru', {
  // <news-bookmark>
  bookmark: 'В закладки',
  bookmarkTitled: 'В закладки: {title}',
  // <news-share>
  share: 'Поделиться',
  shareTitled: 'Поделиться: {title}',
  copy: 'Копировать ссылку',
  copied: 'Ссылка скопирована',
  copyFailed: 'Скопируйте ссылку: {url}',
  mail: 'Эл. почта',
  vk: 'ВКонтакте',
  ok: 'Одноклассники',
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
  // <podcast-player>: chapters, transcript, feeds
  chapters: 'Главы',
  chapterNow: 'Глава: {title}',
  transcript: 'Расшифровка',
  searchTranscript: 'Поиск по расшифровке',
  found: 'Найдено: {total}',
  matches: '{n} из {total}',
  noMatches: 'Ничего не найдено',
  previousMatch: 'Предыдущее совпадение',
  nextMatch: 'Следующее совпадение',
  episodes: 'Выпуски',
  feedLoading: 'Загрузка выпусков…',
  chaptersFailed: 'Не удалось загрузить главы.',
  transcriptFailed: 'Не удалось загрузить расшифровку.',
  blocked:
    'Не удалось получить ленту: сбой сети, или её сервер не разрешает этому сайту её читать.',
  missing: 'Не удалось загрузить ленту (HTTP {status}).',
  invalid: 'Это не лента подкаста.',
  noEpisodes: 'В ленте нет выпусков.',
  noAudio: 'У этого выпуска нет аудио.',
});
