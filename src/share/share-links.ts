import type {ShareData, ShareTarget} from './share-targets.js';

/** Encodes one field; lone surrogates (which encodeURIComponent throws on) become U+FFFD. */
const e = (value: string) => encodeURIComponent(value.toWellFormed());

/** Each target's icon and the address that shares `data` there (copy has none: it uses the clipboard). */
export const targetInfo: Record<ShareTarget, {icon: string; href?: (data: ShareData) => string}> = {
  copy: {icon: 'file'},
  embed: {icon: 'file'},
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
