import {addTranslation} from '../../shared/i18n.js';

/** Arabic for the share button's fallback menu: loaded with the menu, on a Arabic page. */
addTranslation('ar', {
  copy: 'نسخ الرابط',
  copied: 'تم نسخ الرابط',
  copyFailed: 'انسخ الرابط: {url}',
  embed: 'تضمين',
  embedCopied: 'تم نسخ رمز التضمين',
  embedFailed: 'انسخ رمز التضمين: {url}',
  mail: 'البريد الإلكتروني',
});
