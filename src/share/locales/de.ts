import {addTranslation} from '../../shared/i18n.js';

/** German for the share button's fallback menu: loaded with the menu, on a German page. */
addTranslation('de', {
  copy: 'Link kopieren',
  copied: 'Link kopiert',
  copyFailed: 'Link kopieren: {url}',
  embed: 'Einbetten',
  embedCopied: 'Einbettungscode kopiert',
  embedFailed: 'Einbettungscode kopieren: {url}',
  mail: 'E-Mail',
});
