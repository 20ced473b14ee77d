import {translator} from '../shared/i18n.js';

/** `<news-bookmark>`'s strings. Override any with `setStrings(lang, {key: text})`. */
export const t = translator({
  bookmark: 'Bookmark',
  bookmarkTitled: 'Bookmark: {title}',
});
