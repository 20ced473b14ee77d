import {addTranslation} from '../../shared/i18n.js';

/** French for the share button's fallback menu: loaded with the menu, on a French page. */
addTranslation('fr', {
  copy: 'Copier le lien',
  copied: 'Lien copié',
  copyFailed: 'Copiez le lien : {url}',
  embed: 'Intégrer',
  embedCopied: 'Code d’intégration copié',
  embedFailed: 'Copiez le code d’intégration : {url}',
  mail: 'E-mail',
});
