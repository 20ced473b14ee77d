import {text} from '../shared/text.js';

/** The places `<news-share>` can send a story, in their default order. */
export const shareTargets = [
  'copy',
  'mail',
  'facebook',
  'vk',
  'x',
  'telegram',
  'ok',
  'whatsapp',
] as const;
export type ShareTarget = (typeof shareTargets)[number];

/** What is shared: `url` is always an http(s) URL (checked before). */
export interface ShareData {
  url: string;
  title: string;
  text: string;
}

/** Encodes one field; lone surrogates (which encodeURIComponent throws on) become U+FFFD. */
const e = (value: string) => encodeURIComponent(value.toWellFormed());

/** Each target's icon and the address that shares `data` there (copy has none: it uses the clipboard). */
export const targetInfo: Record<ShareTarget, {icon: string; href?: (data: ShareData) => string}> = {
  copy: {icon: 'file'},
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

/** `"x copy nonsense x"` → `['x', 'copy']`: known targets, in the given order, once each; empty → all. */
export function parseTargets(value: unknown): ShareTarget[] {
  const wanted = text(value)
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((name): name is ShareTarget => (shareTargets as readonly string[]).includes(name));
  return wanted.length ? [...new Set(wanted)] : [...shareTargets];
}
