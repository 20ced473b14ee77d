import {translator} from '../shared/i18n.js';

/** `<news-share>`'s strings. Override any with `setStrings(lang, {key: text})`. */
export const t = translator({
  share: 'Share',
  shareTitled: 'Share: {title}',
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
});
