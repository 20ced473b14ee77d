import {translator} from '../shared/i18n.js';

/**
 * The share button's fallback menu's strings: loaded with the menu, where there is no share
 * sheet. Override any with `setStrings(lang, {key: text})`.
 */
export const t = translator({
  copy: 'Copy link',
  copied: 'Link copied',
  copyFailed: 'Copy the link: {url}',
  mail: 'E-mail',
  facebook: 'Facebook',
  vk: 'VK',
  x: 'X',
  telegram: 'Telegram',
  ok: 'OK',
  whatsapp: 'WhatsApp',
  embed: 'Embed',
  embedCopied: 'Embed code copied',
  embedFailed: 'Copy the embed code: {url}',
});
