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
  'embed',
] as const;
export type ShareTarget = (typeof shareTargets)[number];

/** What is shared: `url` is always an http(s) URL (checked before); `embed`, an embed code. */
export interface ShareData {
  url: string;
  title: string;
  text: string;
  embed?: string;
}

/** `"x copy nonsense x"` → `['x', 'copy']`: known targets, in the given order, once each; empty → all. */
export function parseTargets(value: unknown): ShareTarget[] {
  const wanted = text(value)
    .toLowerCase()
    .split(/[\s,]+/)
    .filter((name): name is ShareTarget => (shareTargets as readonly string[]).includes(name));
  return wanted.length ? [...new Set(wanted)] : [...shareTargets];
}
