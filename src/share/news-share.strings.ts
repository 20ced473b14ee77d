import {translator} from '../shared/i18n.js';

/**
 * `<news-share>`'s strings (its fallback menu's are in `share-menu.strings.ts`, loaded with it).
 * Override any with `setStrings(lang, {key: text})`.
 */
export const t = translator({
  share: 'Share',
  shareTitled: 'Share: {title}',
});
