// The embed page's script (dist/embed.js): one <podcast-player>, filling the frame, from the
// page's checked query. Nothing from the query is written as markup: every value is set as a
// property, a CSS custom property (a checked colour) or text.
import '../podcast/podcast-player.js';
import type {PodcastPlayer} from '../podcast/podcast-player.js';
import {readParams, type EmbedSettings} from './params.js';

/** The message the page posts to its parent when its height changes (see docs/embed.md). */
export const RESIZE_MESSAGE = 'newsroom-elements:resize';

const translations: Record<string, () => Promise<unknown>> = {
  ru: () => import('../locales/ru.js'),
  es: () => import('../locales/es.js'),
  fr: () => import('../locales/fr.js'),
  de: () => import('../locales/de.js'),
  ar: () => import('../locales/ar.js'),
};

/** Language, direction, colour scheme and accent, on the root. */
function dress(root: HTMLElement, {lang, theme, accent}: EmbedSettings): void {
  if (lang) {
    root.lang = lang;
    root.dir = lang === 'ar' ? 'rtl' : 'ltr';
    void translations[lang]?.();
  }
  root.dataset.theme = theme ?? 'auto';
  // Through the CSSOM, which a strict policy allows (a style attribute it would refuse).
  if (accent) root.style.setProperty('--news-color-accent', accent);
}

/** With a feed, the episode asked for (once the feed is in), and the moment in it. */
async function cue(player: PodcastPlayer, {episode, start}: EmbedSettings): Promise<void> {
  // The feed's code loads on demand: wait for it a while (it may never come, offline).
  for (let tries = 0; !player.extras && tries < 200; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const extras = player.extras;
  if (!extras) return;
  await extras.ready;
  if (episode && extras.episodes.feed?.episodes[episode]) {
    extras.episodes.select(episode);
    await player.updateComplete;
  }
  if (start) player.seek(start);
}

/** Tells the parent the page's height whenever it changes. */
function reportHeight(body: HTMLElement): void {
  if (parent === window) return;
  let told = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(body.getBoundingClientRect().height);
    if (height === told) return;
    told = height;
    // Only a height: nothing the parent could not see for itself. Any parent may read it.
    parent.postMessage({type: RESIZE_MESSAGE, height}, '*');
  }).observe(body);
}

const settings = readParams(new URLSearchParams(location.search), location.hash, (value) =>
  CSS.supports('color', value),
);
dress(document.documentElement, settings);
if (settings.title) document.title = settings.title;

const player = document.createElement('podcast-player');
const {src, title, duration, chapters, transcript, feed, start} = settings;
for (const [name, value] of Object.entries({src, title, chapters, transcript, feed})) {
  if (value) player[name as 'src'] = value;
}
if (duration) player.declaredDuration = duration;
if (start && !feed) player.start = start;
document.body.append(player);
if (feed) void cue(player, settings);
reportHeight(document.body);
