import {isTranslated, setLanguageListener} from '../shared/i18n.js';

/** Each translation's module, loaded when its language is first spoken. */
const loaders: Readonly<Record<string, () => Promise<unknown>>> = {
  ru: () => import('./ru.js'),
  es: () => import('./es.js'),
  fr: () => import('./fr.js'),
  de: () => import('./de.js'),
  ar: () => import('./ar.js'),
};
const asked = new Set<string>();

/**
 * What the one-file bundle does instead of carrying all five translations: the first element to
 * speak Russian (or Spanish, French, German, Arabic) loads that translation, a small file beside
 * the bundle, and every element redraws in it once it is in (until then, in English). A page
 * that imports a translation itself has it from the first paint.
 */
setLanguageListener((lang) => {
  const base = lang.split('-')[0]!.toLowerCase();
  if (asked.has(base) || isTranslated(base)) return;
  asked.add(base);
  // Offline or a new deploy: English, and asked again the next time an element speaks it.
  loaders[base]?.().catch(() => asked.delete(base));
});
