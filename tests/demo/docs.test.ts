// The documentation page of each element (demo/docs/<tag>.html, written from the manifest by
// scripts/docs/pages.mjs): its examples are live, and its tables name every attribute, event,
// part and CSS custom property the manifest lists.
import {expect} from '@open-wc/testing';
import {until} from '../podcast/helpers.js';
import {axeViolations} from './axe.js';
import {open as openAt} from './frame.js';

interface Named {
  name: string;
}
interface Declaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}

const manifest: {modules: {declarations?: Declaration[]}[]} = await (
  await fetch('/custom-elements.json')
).json();
const declarations = manifest.modules
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.customElement && d.tagName);

async function open(path: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'inline-size: 1000px; block-size: 800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  frame.src = path;
  document.body.append(frame);
  await loaded;
  return {frame, win: frame.contentWindow!, doc: frame.contentDocument!};
}

describe('demo/docs: a page per element', () => {
  for (const d of declarations) {
    const tag = d.tagName!;
    it(`<${tag}>: live examples and every attribute, event, part and CSS property`, async () => {
      const {frame, win, doc} = await open(`/demo/docs/${tag}.html`);
      try {
        await until(() => !!win.customElements.get(tag), `${tag} defined`);
        const examples = [...doc.querySelectorAll(`.live ${tag}`)];
        expect(examples.length, 'live examples').to.be.greaterThan(1);
        await until(
          () => examples.every((el) => el.shadowRoot?.childElementCount),
          'every example drawn',
        );
        const cells = [...doc.querySelectorAll('td:first-child code')].map((c) => c.textContent);
        for (const a of d.attributes ?? []) expect(cells, 'attribute').to.include(a.name);
        for (const e of d.events ?? []) expect(cells, 'event').to.include(e.name);
        for (const p of d.cssParts ?? []) expect(cells, 'part').to.include(`::part(${p.name})`);
        for (const p of d.cssProperties ?? []) expect(cells, 'CSS property').to.include(p.name);
        const headings = [...doc.querySelectorAll('h2')].map((h) => h.textContent);
        expect(headings).to.include.members(['Example', 'Keyboard', 'Theming recipes']);
        expect(await axeViolations(frame)).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});

describe('demo/docs: usable on a phone', () => {
  for (const d of declarations) {
    const tag = d.tagName!;
    it(`<${tag}>: at 390 px the page does not scroll sideways; wide tables scroll inside`, async () => {
      const {frame, win, doc} = await openAt(`/demo/docs/${tag}.html`, 390);
      try {
        await until(() => !!win.customElements.get(tag), `${tag} defined`);
        await until(
          () =>
            [...doc.querySelectorAll(`.live ${tag}`)].every(
              (el) => el.shadowRoot?.childElementCount,
            ),
          'every example drawn',
        );
        await new Promise((r) => win.requestAnimationFrame(r));
        const page = doc.scrollingElement!;
        const wide = [...doc.querySelectorAll<HTMLElement>('body *')]
          .filter((el) => el.getBoundingClientRect().right > page.clientWidth + 0.5)
          .filter((el) => !el.closest('.table-scroll, pre'))
          .slice(0, 5)
          .map(
            (el) =>
              `${el.localName}.${el.className}: ${Math.round(el.getBoundingClientRect().right)}`,
          );
        expect(page.scrollWidth, `page width (too wide: ${wide.join('; ')})`).to.be.at.most(
          page.clientWidth,
        );
        expect(page.clientWidth).to.be.at.most(390);
        for (const table of doc.querySelectorAll('table')) {
          const wrapper = table.parentElement!;
          expect(wrapper.matches('.table-scroll'), 'a table in a scrolling wrapper').to.be.true;
          expect(win.getComputedStyle(wrapper).overflowX).to.equal('auto');
        }
      } finally {
        frame.remove();
      }
    });
  }
});
