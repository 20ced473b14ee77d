import {addTranslation} from '../../../shared/i18n.js';

/** Arabic for the player's chapters, transcript and feeds: loaded with them, on a Arabic page. */
addTranslation('ar', {
  chapters: 'الفصول',
  chapterNow: 'الفصل: {title}',
  separator: '، ',
  transcript: 'النص المكتوب',
  searchTranscript: 'البحث في النص المكتوب',
  found: 'تم العثور على {total}',
  matches: '{n} من {total}',
  noMatches: 'لا نتائج',
  clearSearch: 'مسح البحث',
  previousMatch: 'النتيجة السابقة',
  nextMatch: 'النتيجة التالية',
  episodes: 'الحلقات',
  feedLoading: 'جارٍ تحميل الحلقات…',
  chaptersFailed: 'تعذّر تحميل الفصول.',
  transcriptFailed: 'تعذّر تحميل النص المكتوب.',
  feedFailed: 'تعذّر تحميل الموجز.',
  blocked: 'فشلت الشبكة، أو أن خادمه لا يسمح لهذا الموقع بقراءته.',
  missing: 'ردّ خادمه بالرمز HTTP {status}.',
  invalid: 'المشغّل لا يقرأ هذا التنسيق.',
  tooLarge: 'حجمه أكبر من {mb} ميغابايت.',
  timeout: 'لم يستجب خادمه في الوقت المناسب.',
  noEpisodes: 'لا توجد حلقات في هذا الموجز.',
  noAudio: 'لا يوجد صوت لهذه الحلقة.',
  embedTitle: 'مشغّل البودكاست',
});
