import {addTranslation} from '../shared/i18n.js';

/** Arabic for every element. Importing this module adds it. */
addTranslation('ar', {
  // <news-bookmark>
  bookmark: 'حفظ',
  bookmarkTitled: 'حفظ: {title}',
  // <news-share>
  share: 'مشاركة',
  shareTitled: 'مشاركة: {title}',
  // <news-article>
  readingTime: '{minutes} للقراءة',
  byline: 'بقلم {author}',
  tags: 'الوسوم',
  // <podcast-player>
  play: 'تشغيل',
  pause: 'إيقاف مؤقت',
  back: 'رجوع {t}',
  forward: 'تقديم {t}',
  mute: 'كتم الصوت',
  seek: 'موضع التشغيل',
  of: '{a} من {b}',
  remaining: 'الوقت المتبقي',
  speed: 'السرعة {r}',
  download: 'تنزيل',
  error: 'تعذّر تحميل الحلقة.',
  noSrc: 'لا يوجد صوت لتشغيله.',
  retry: 'إعادة المحاولة',
});
