import {addTranslation} from '../../../shared/i18n.js';

/** Russian for the player's chapters, transcript and feeds: loaded with them, on a Russian page. */
addTranslation('ru', {
  chapters: 'Главы',
  chapterNow: 'Глава: {title}',
  transcript: 'Расшифровка',
  searchTranscript: 'Поиск по расшифровке',
  found: 'Найдено: {total}',
  matches: '{n} из {total}',
  noMatches: 'Ничего не найдено',
  clearSearch: 'Очистить поиск',
  previousMatch: 'Предыдущее совпадение',
  nextMatch: 'Следующее совпадение',
  episodes: 'Выпуски',
  feedLoading: 'Загрузка выпусков…',
  chaptersFailed: 'Не удалось загрузить главы.',
  transcriptFailed: 'Не удалось загрузить расшифровку.',
  feedFailed: 'Не удалось загрузить ленту.',
  blocked: 'Сбой сети, или сервер не разрешает этому сайту читать файл.',
  missing: 'Сервер ответил HTTP {status}.',
  invalid: 'Плеер не читает файлы такого формата.',
  tooLarge: 'Файл больше {mb} МБ.',
  timeout: 'Сервер не ответил вовремя.',
  noEpisodes: 'В ленте нет выпусков.',
  noAudio: 'У этого выпуска нет аудио.',
  embedTitle: 'Подкаст-плеер',
});
