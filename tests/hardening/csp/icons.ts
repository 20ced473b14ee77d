// Runs inside an iframe served with a strict CSP whose Trusted Types list the test chooses
// (`'none'`: no policy at all): loads <news-icon> and the whole icon set, and nothing else, draws
// icons, then tells the test (its parent) what it saw.
import {reportChecks} from './report.js';

async function run() {
  await import('../../../src/icons/news-icon.js');
  await import('../../../src/icons/all.js');
  const make = (attributes: Record<string, string>) => {
    const icon = document.createElement('news-icon');
    for (const [name, value] of Object.entries(attributes)) icon.setAttribute(name, value);
    document.body.append(icon);
    return icon;
  };
  const play = make({name: 'play', label: 'Play'});
  const chevron = make({name: 'chevron-right', dir: 'rtl'});
  const flag = make({name: 'flag ru'});
  const svgOf = (icon: Element) => icon.shadowRoot!.querySelector('svg')!;
  await new Promise((r) => setTimeout(r, 50));
  return {
    shapes: [play, chevron, flag].map((icon) => svgOf(icon).childElementCount),
    label: svgOf(play).getAttribute('aria-label'),
    mirrored: getComputedStyle(svgOf(chevron)).transform,
    size: [play, svgOf(play)].map((el) => el.getBoundingClientRect().width),
    // lit-html records its version when it loads: news-icon and its icons load none of it.
    litLoaded: 'litHtmlVersions' in globalThis,
  };
}

reportChecks(run);
