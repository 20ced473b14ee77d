import {addTranslation} from '../../shared/i18n.js';

/** Spanish for the share button's fallback menu: loaded with the menu, on a Spanish page. */
addTranslation('es', {
  copy: 'Copiar enlace',
  copied: 'Enlace copiado',
  copyFailed: 'Copia el enlace: {url}',
  embed: 'Insertar',
  embedCopied: 'Código de inserción copiado',
  embedFailed: 'Copia el código de inserción: {url}',
  mail: 'Correo',
});
