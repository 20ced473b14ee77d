import {addTranslation} from '../../shared/i18n.js';

/** Russian for the share button's fallback menu: loaded with the menu, on a Russian page. */
addTranslation('ru', {
  copy: 'Копировать ссылку',
  copied: 'Ссылка скопирована',
  copyFailed: 'Скопируйте ссылку: {url}',
  embed: 'Встроить',
  embedCopied: 'Код для вставки скопирован',
  embedFailed: 'Скопируйте код для вставки: {url}',
  mail: 'Эл. почта',
  vk: 'ВКонтакте',
  ok: 'Одноклассники',
});
