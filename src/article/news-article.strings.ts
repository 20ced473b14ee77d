import {translator} from '../shared/i18n.js';

/** `<news-article>`'s strings. Override any with `setStrings(lang, {key: text})`. */
export const t = translator({
  readingTime: '{minutes} read',
  byline: 'By {author}',
  tags: 'Tags',
});
