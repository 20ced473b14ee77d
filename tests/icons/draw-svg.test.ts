// How <news-icon> draws an icon's svg template without Lit's renderer (src/icons/draw-svg.ts):
// what a site's own icons may hold, the same drawing as Lit's for the whole set, and what it
// refuses, with the console saying why.
import {expect, fixture, html} from '@open-wc/testing';
import {nothing, render, svg, type SVGTemplateResult} from 'lit';
import {unsafeSVG} from 'lit/directives/unsafe-svg.js';
import '../../src/icons/all.js';
import {NewsIcon, registerIcons} from '../../src/icons/news-icon.js';
import {drawIcon} from '../../src/icons/icon-svg.js';
import {resolveIcon} from '../../src/icons/registry.js';
import {iconCatalog} from './catalog.js';
import {captureWarnings, nextEvent} from '../helpers.js';

const XLINK = 'http://www.w3.org/1999/xlink';
const drawn = (el: NewsIcon) => el.shadowRoot!.querySelector('svg')!;
let count = 0;

/** Registers `template` under a fresh name and draws it in a <news-icon>. */
async function drawOwn(template: SVGTemplateResult): Promise<NewsIcon> {
  const name = `own-${++count}`;
  registerIcons({[name]: template});
  return fixture<NewsIcon>(html`<news-icon name=${name}></news-icon>`);
}

/** `root` without Lit's comment markers, and without whitespace between tags (outside <text>). */
function pruned<T extends Element>(root: T): T {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_COMMENT | NodeFilter.SHOW_TEXT);
  const gone: ChildNode[] = [];
  while (walker.nextNode()) {
    const node = walker.currentNode as ChildNode;
    if (node.nodeType === Node.COMMENT_NODE) gone.push(node);
    else if (!node.textContent!.trim() && !node.parentElement!.closest('text')) gone.push(node);
  }
  for (const node of gone) node.remove();
  return root;
}

/** What Lit draws for an icon of the set in an element's template. */
function litIcon(name: string): SVGSVGElement {
  const holder = document.createElement('div');
  render(drawIcon(resolveIcon(name), 'svg'), holder);
  return pruned(holder.querySelector('svg')!);
}

/** What Lit draws for a template inside an `<svg>`. */
function litDrawing(template: SVGTemplateResult): string {
  const holder = document.createElement('div');
  render(html`<svg>${template}</svg>`, holder);
  return pruned(holder.querySelector('svg')!).innerHTML;
}

const attributes = (el: Element) =>
  Object.fromEntries([...el.attributes].map((a) => [a.name, a.value]));

describe('<news-icon> drawing without Lit', () => {
  it('draws every icon of the set exactly as Lit draws it in the elements', async () => {
    for (const {name} of iconCatalog) {
      const el = await fixture<NewsIcon>(html`<news-icon name=${name}></news-icon>`);
      const ours = drawn(el);
      const lit = litIcon(name);
      expect(ours.innerHTML, name).to.equal(lit.innerHTML);
      expect(ours.namespaceURI).to.equal(lit.namespaceURI);
      // Lit's has the class its elements style it by; ours carries its size itself.
      const expected = attributes(lit);
      delete expected.class;
      const {style, ...actual} = attributes(ours);
      expect(actual, name).to.deep.equal(expected);
      expect(style).to.contain('--news-icon-size');
    }
  });

  it('decodes character references in text and attributes', async () => {
    const template = svg`<text x="2" y="20">Q&amp;A &#x2014; &lt;3&gt; &#38;&nbsp;</text><path data-note="&quot;a&quot; &apos;b&apos; &#X41;" d="M1 1h2"/>`;
    const el = await drawOwn(template);
    expect(drawn(el).innerHTML).to.equal(litDrawing(template));
    expect(drawn(el).querySelector('text')!.textContent).to.equal('Q&A \u2014 <3> &\u00a0');
    expect(drawn(el).querySelector('path')!.getAttribute('data-note')).to.equal(`"a" 'b' A`);
  });

  it('keeps the spaces of <text>, drops those between shapes, and reads any quoting', async () => {
    const template = svg`
      <!-- a comment, left out -->
      <g transform='translate(1 1)'>
        <circle cx=12 cy="12" r='4'/>
        <text x="2" y="20">  two  words <tspan>and more</tspan></text>
      </g>
    `;
    const el = await drawOwn(template);
    const svgEl = drawn(el);
    expect(svgEl.innerHTML).to.equal(litDrawing(template));
    expect(svgEl.childNodes).to.have.length(1);
    const group = svgEl.firstElementChild!;
    expect(group.localName).to.equal('g');
    expect(group.getAttribute('transform')).to.equal('translate(1 1)');
    expect([...group.childNodes].map((n) => n.nodeName)).to.deep.equal(['circle', 'text']);
    expect(attributes(group.firstElementChild!)).to.deep.equal({cx: '12', cy: '12', r: '4'});
    expect(group.querySelector('text')!.textContent).to.equal('  two  words and more');
    expect(group.querySelector('tspan')!.namespaceURI).to.equal('http://www.w3.org/2000/svg');
  });

  it('puts xlink:href in its namespace, so <use> draws what it points at', async () => {
    const el = await drawOwn(
      svg`<defs><linearGradient id="fade"><stop offset="0" stop-color="currentColor"/></linearGradient><path id="bar" d="M4 12h16"/></defs><use xlink:href="#bar"/><rect width="4" height="4" fill="url(#fade)"/>`,
    );
    const use = drawn(el).querySelector('use')!;
    expect(use.getAttributeNS(XLINK, 'href')).to.equal('#bar');
    expect(use.getBBox().width).to.equal(16);
    expect(drawn(el).querySelector('linearGradient')).to.exist;
  });

  it('draws the values of a site’s own templates as Lit does', async () => {
    const radius = 4;
    const inner = (d: string) => svg`<path d="${d}" />`;
    const template = svg`<circle r=${radius} class="a ${'b'} c" fill=${nothing} stroke=${undefined} data-gone="x ${nothing}"/>${[
      inner('M1 1h1'),
      inner('M2 2h2'),
    ]}<text>${'<b>not markup</b>'}${7}${null}${nothing}</text>${svg`<g>${svg`<rect/>`}</g>`}`;
    const el = await drawOwn(template);
    expect(drawn(el).innerHTML).to.equal(litDrawing(template));
    const circle = drawn(el).querySelector('circle')!;
    expect(attributes(circle)).to.deep.equal({r: '4', class: 'a b c', stroke: ''});
    expect([...drawn(el).querySelectorAll('path')].map((p) => p.getAttribute('d'))).to.deep.equal([
      'M1 1h1',
      'M2 2h2',
    ]);
    expect(drawn(el).querySelector('text')!.textContent).to.equal('<b>not markup</b>7');
    expect(drawn(el).querySelector('text b')).to.equal(null);
    expect(drawn(el).querySelector('g > rect')).to.exist;
  });

  const refused: [string, SVGTemplateResult, RegExp][] = [
    ['a script', svg`<script>window.__drawn = 1</script><path d="M1 1"/>`, /<script>/],
    ['an event handler', svg`<circle r="4" onclick="window.__drawn = 1"/>`, /onclick/],
    ['foreign HTML', svg`<foreignObject><p>hi</p></foreignObject>`, /<foreignObject>/],
    ['an external link', svg`<use href="https://evil.example/x.svg#a"/>`, /href="https:/],
    ['a javascript: link', svg`<use xlink:href="${'javascript:alert(1)'}" />`, /xlink:href/],
    ['an external url()', svg`<rect fill="url( 'https://evil.example/p.svg#g')"/>`, /fill="url\(/],
    [
      'an external url() after a local one',
      svg`<rect fill="url(#a)" mask="url(#a) url(' https://evil.example/m.svg#m')"/>`,
      /mask=/,
    ],
    [
      'a url() behind a CSS escape',
      svg`<rect mask="u\\72l(https://evil.example/m.png)"/>`,
      /mask=/,
    ],
    ['an image-set()', svg`<rect mask="image-set('https://evil.example/m.png' 1x)"/>`, /mask=/],
    ['a style attribute', svg`<rect style="fill: red"/>`, /style=/],
    [
      'a DOM node as a value',
      svg`${document.createElementNS('http://www.w3.org/2000/svg', 'path')}`,
      /a DOM node/,
    ],
    [
      'a template with an invalid escape (no text for that piece)',
      {
        ['_$litType$']: 2,
        strings: Object.assign([undefined], {raw: ['<rect mask="\\7"/>']}),
        values: [],
      } as unknown as SVGTemplateResult,
      /an invalid escape/,
    ],
    [
      'a value bound into a url()',
      svg`<rect fill=${'url(https://evil.example/p.svg#g)'}/>`,
      /fill=/,
    ],
    ['an unknown named reference', svg`<text>&copy;</text>`, /&copy;/],
    ['a directive', svg`${unsafeSVG('<circle r="4"/>')}`, /directive/],
    ['a property binding', svg`<path .d=${'M1 1'}/>`, /\.d/],
    ['a binding in place of an attribute', svg`<path ${'d="M1 1"'}/>`, /\$\{…\}/],
    ['an HTML template', svg`${html`<b>bold</b>`}`, /Lit svg/],
    ['a < in text', svg`<text>1 < 2</text>`, /cannot read/],
    ['a tag closed out of order', svg`<g><path d="M1 1"></g></path>`, /<\/g> out of place/],
  ];
  for (const [what, template, why] of refused) {
    it(`refuses ${what}: an empty box, a warning saying why, and icon-error`, async () => {
      delete (window as {__drawn?: unknown}).__drawn;
      const name = `refused-${++count}`;
      registerIcons({[name]: template});
      let el!: NewsIcon;
      const warnings = await captureWarnings(async () => {
        el = document.createElement('news-icon');
        el.style.fontSize = '20px';
        el.name = name;
        const error = nextEvent(el, 'icon-error');
        document.body.append(el);
        expect((await error).name).to.equal(name);
        // A second icon of the same name: no second warning.
        const again = document.createElement('news-icon');
        again.name = name;
        document.body.append(again);
        again.remove();
      });
      try {
        expect(drawn(el).childNodes).to.have.length(0);
        expect(el.getBoundingClientRect().width).to.equal(20);
        expect(warnings).to.have.length(1);
        expect(warnings[0]).to.contain(`"${name}" is not drawn`).and.to.match(why);
        expect((window as {__drawn?: unknown}).__drawn).to.equal(undefined);
      } finally {
        el.remove();
      }
    });
  }

  it('draws a refused icon once it is replaced by one it can draw', async () => {
    const name = `fixed-${++count}`;
    registerIcons({[name]: svg`<image href="https://evil.example/x.png"/>`});
    let el!: NewsIcon;
    await captureWarnings(async () => {
      el = await fixture<NewsIcon>(html`<news-icon name=${name}></news-icon>`);
    });
    expect(drawn(el).childNodes).to.have.length(0);
    registerIcons({[name]: svg`<circle cx="12" cy="12" r="4"/>`});
    await new Promise((r) => setTimeout(r));
    expect(drawn(el).querySelector('circle')).to.exist;
  });
});
