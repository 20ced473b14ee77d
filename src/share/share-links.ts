import {svg} from 'lit';
import type {Icon} from '../icons/registry.js';
import type {ShareData, ShareTarget} from './share-targets.js';

/** Encodes one field; lone surrogates (which encodeURIComponent throws on) become U+FFFD. */
const e = (value: string) => encodeURIComponent(value.toWellFormed());

/** Glyphs of the menu's own, not of the icon set: a chain link (copy), angle brackets (embed). */
const glyph = (template: Icon['template']): Icon => ({template, mirror: false});

/**
 * Each target's icon (a name in the icon set, or a glyph of the menu's own) and the address that
 * shares `data` there (copy and embed have none: they use the clipboard).
 */
export const targetInfo: Record<
  ShareTarget,
  {icon: string | Icon; href?: (data: ShareData) => string}
> = {
  copy: {
    icon: glyph(
      svg`<path d="M10 13a5 5 0 0 0 7.5.5l3-3a5 5 0 0 0-7-7l-1.7 1.7M14 11a5 5 0 0 0-7.5-.5l-3 3a5 5 0 0 0 7 7l1.7-1.7"/>`,
    ),
  },
  embed: {icon: glyph(svg`<path d="m16 18 6-6-6-6M8 6l-6 6 6 6"/>`)},
  mail: {
    icon: 'mail',
    href: ({url, title, text}) =>
      `mailto:?subject=${e(title)}&body=${e(text ? `${text}\n\n${url}` : url)}`,
  },
  facebook: {
    icon: 'facebook',
    href: ({url}) => `https://www.facebook.com/sharer/sharer.php?u=${e(url)}`,
  },
  vk: {
    icon: 'vk',
    href: ({url, title}) => `https://vk.com/share.php?url=${e(url)}&title=${e(title)}`,
  },
  x: {
    icon: 'x-twitter',
    href: ({url, title}) => `https://x.com/intent/post?url=${e(url)}&text=${e(title)}`,
  },
  telegram: {
    icon: 'telegram',
    href: ({url, title}) => `https://t.me/share/url?url=${e(url)}&text=${e(title)}`,
  },
  ok: {
    icon: 'odnoklassniki',
    href: ({url, title}) => `https://connect.ok.ru/offer?url=${e(url)}&title=${e(title)}`,
  },
  whatsapp: {
    icon: 'whatsapp',
    href: ({url, title}) => `https://wa.me/?text=${e(title ? `${title} ${url}` : url)}`,
  },
};
