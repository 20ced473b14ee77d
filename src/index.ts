// Importing this module defines every element and registers the whole icon set.
export {NewsIcon, IconErrorEvent, registerIcons} from './icons/news-icon.js';
export {resolveIcon, normaliseIconName, type Icon} from './icons/registry.js';
export * from './icons/all.js';
export {setStrings, languages, type Language} from './shared/i18n.js';
