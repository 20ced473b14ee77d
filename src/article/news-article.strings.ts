import {translator} from '../shared/i18n.js';

/** `<news-article>`'s strings. Override any with `setStrings(lang, {key: text})`. */
export const t = translator({
  en: {readingTime: '{minutes} read', byline: 'By {author}', tags: 'Tags'},
  ru: {readingTime: '{minutes} чтения', byline: 'Автор: {author}', tags: 'Теги'},
  es: {readingTime: '{minutes} de lectura', byline: 'Por {author}', tags: 'Etiquetas'},
  fr: {readingTime: '{minutes} de lecture', byline: 'Par {author}', tags: 'Mots-clés'},
  de: {readingTime: '{minutes} Lesezeit', byline: 'Von {author}', tags: 'Schlagwörter'},
  ar: {readingTime: '{minutes} للقراءة', byline: 'بقلم {author}', tags: 'الوسوم'},
});
