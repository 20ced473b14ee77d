// Runs inside an iframe served with a strict CSP and Trusted Types: draws and uses every element,
// then tells the test (its parent) what worked and which policy violations were reported.
import type {LitElement} from 'lit';
import {reportChecks} from './report.js';

const make = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
) => {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.append(el);
  return el;
};
const ready = async (el: Element) => (el as LitElement).updateComplete;
const settle = () => new Promise((r) => setTimeout(r, 50));

async function run() {
  // Loaded here, so that a policy that stops the elements loading at all is reported too.
  localStorage.clear(); // a bookmark left by an earlier run would be toggled off
  await import('../../../src/index.js');
  const checks: Record<string, unknown> = {};
  const full = make('news-article', {
    layout: 'full',
    headline: 'Strict page',
    href: 'https://news.example/strict',
    datetime: '2010-05-20T15:12:00+04:00',
    tags: 'CSP',
    'structured-data': '',
  });
  const body = document.createElement('p');
  body.textContent = 'The body stays in the light DOM.';
  full.append(body);
  await ready(full);
  checks.headline = full.shadowRoot!.querySelector('h2')?.textContent;
  checks.jsonLd = JSON.parse(
    full.querySelector('script[type="application/ld+json"]')?.textContent ?? 'null',
  )?.headline;
  // The element's own sheet applied under the policy: a tag is a pill (9em corners), not a box.
  checks.styled =
    parseFloat(getComputedStyle(full.shadowRoot!.querySelector('[part="tags"] li')!).borderRadius) >
    50;

  const card = make('news-article', {headline: 'Card', href: 'https://news.example/card'});
  await ready(card);
  const bookmark = card.shadowRoot!.querySelector<HTMLElement>('[part="bookmark-button"]')!;
  bookmark.click();
  await ready(card);
  checks.bookmarked = bookmark.getAttribute('aria-pressed');

  delete (Navigator.prototype as {share?: unknown}).share;
  const share = make('news-share', {url: 'https://news.example/share'});
  await ready(share);
  share.shadowRoot!.querySelector('button')!.click();
  // The menu's code loads the first time it opens (a script from 'self', as the policy allows).
  for (let i = 0; i < 100 && !share.shadowRoot!.querySelector('[role="menu"]'); i++) await settle();
  checks.menuItems = share.shadowRoot!.querySelectorAll('[role="menuitem"]').length;

  const player = make('podcast-player', {
    src: '/__podcast/tone.wav?id=csp',
    duration: '0:06',
    title: 'Strict episode',
  });
  await ready(player);
  await (player as HTMLElementTagNameMap['podcast-player']).play();
  await settle();
  checks.playing = player.matches(':state(playing)');
  checks.progressDrawn = getComputedStyle(player.shadowRoot!.querySelector('[role="slider"]')!)
    .getPropertyValue('--_p')
    .endsWith('%');
  (player as HTMLElementTagNameMap['podcast-player']).pause();

  // A feed (parsed by DOMParser, under Trusted Types), its chapters, transcript and description.
  const feed = make('podcast-player', {feed: '/tests/podcast/fixtures/feed.xml'});
  const feedPlayer = feed as HTMLElementTagNameMap['podcast-player'];
  const failed = () => !!feed.shadowRoot!.querySelector('[part~="problem"]');
  for (let i = 0; i < 100 && !feedPlayer.extras?.chapters.list.length && !failed(); i++) {
    await settle();
  }
  checks.feedEpisode = feedPlayer.title;
  checks.feedChapters = feedPlayer.extras?.chapters.list.length;
  feed.shadowRoot!.querySelector<HTMLElement>('[part="episodes-button"]')?.click();
  for (
    let i = 0;
    i < 100 && !feed.shadowRoot!.querySelector('[part="transcript-button"]') && !failed();
    i++
  ) {
    await settle();
  }
  feed.shadowRoot!.querySelector<HTMLElement>('[part="transcript-button"]')?.click();
  await ready(feed);
  checks.feedDescription = feed.shadowRoot!.querySelector('.description em')?.textContent;
  checks.transcriptCues = feed.shadowRoot!.querySelectorAll('.cues button').length;

  // A transcript of its own (its character references decoded, with or without our policy).
  const spoken = make('podcast-player', {
    src: '/__podcast/tone.wav?id=csp-transcript',
    transcript: '/tests/podcast/fixtures/transcript.vtt',
  });
  for (let i = 0; i < 100 && !spoken.shadowRoot!.querySelector('[part="transcript-button"]'); i++) {
    await settle();
  }
  spoken.shadowRoot!.querySelector<HTMLElement>('[part="transcript-button"]')?.click();
  await ready(spoken);
  checks.ownTranscript = [...spoken.shadowRoot!.querySelectorAll('.cues button')].map((b) =>
    b.textContent!.replace(/\s+/g, ' ').trim(),
  )[1];

  const icon = make('news-icon', {name: 'play', label: 'Play'});
  await ready(icon);
  const iconSvg = icon.shadowRoot!.querySelector('svg')!;
  checks.iconShapes = iconSvg.childElementCount;
  // Its box and its svg's size come from a constructed sheet and a cloned style attribute,
  // both of which a strict style-src allows: 1em of the page's 16px.
  checks.iconSize = [icon, iconSvg].map((el) => el.getBoundingClientRect().width);

  await settle();
  return checks;
}

reportChecks(run);
