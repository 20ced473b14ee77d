import {translator} from '../shared/i18n.js';

/** `<news-bookmark>`'s strings. Override any with `setStrings(lang, {key: text})`. */
export const t = translator({
  en: {bookmark: 'Bookmark', bookmarkTitled: 'Bookmark: {title}'},
  ru: {bookmark: 'В закладки', bookmarkTitled: 'В закладки: {title}'},
  es: {bookmark: 'Guardar', bookmarkTitled: 'Guardar: {title}'},
  fr: {bookmark: 'Enregistrer', bookmarkTitled: 'Enregistrer : {title}'},
  de: {bookmark: 'Merken', bookmarkTitled: 'Merken: {title}'},
  ar: {bookmark: 'حفظ', bookmarkTitled: 'حفظ: {title}'},
});
