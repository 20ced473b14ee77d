/**
 * Draws an icon's `svg` template as SVG elements with `createElementNS`, for `<news-icon>`: no
 * markup goes through the browser's parser (no `innerHTML`), so no Trusted Types policy is needed
 * and no lit-html is loaded.
 *
 * One linear pass over the template's strings, joined by a marker where its values go. It draws
 * what icons are made of: the drawing elements of SVG (shapes, groups, `<use>` of a local `#id`,
 * gradients, clip paths, masks, markers, `<text>`), attributes in any quoting (`xlink:href` in
 * its namespace), the references `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` `&nbsp;` and numeric
 * ones, comments, and Lit's bindings: a value as a child (text, a nested `svg` template, an array
 * of them; `nothing`, `null` and `undefined` draw nothing) and in an attribute, whole or in part
 * (`nothing` leaves the attribute out), as Lit renders them. Anything else is refused, with what
 * it was, rather than drawn differently from Lit: scripts, `<foreignObject>`, `<image>`, `<a>`,
 * `<style>`, animation and filter elements, event-handler attributes, the `style` attribute, a
 * link or `url()` to anything but a local `#id` (or an image function, or a CSS escape), `?`,
 * `.` and `@` bindings, directives, DOM nodes as values, HTML templates, other named references,
 * and markup it cannot read (a `<` in text, a tag closed out of order).
 */
import type {SVGTemplateResult} from 'lit/html.js';

/** Where a template's values go. */
const MARK = '\0';
/** Lit's `nothing` and `noChange`: registered symbols, the same without importing Lit. */
const NOTHING = Symbol.for('lit-nothing');
const NO_CHANGE = Symbol.for('lit-noChange');
const ELEMENTS =
  ' svg g defs symbol use path circle ellipse line polyline polygon rect text tspan textPath title desc linearGradient radialGradient stop clipPath mask pattern marker ';
const NAMED: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\xa0',
};
/** A start or end tag, its attributes in one piece (each read by ATTRIBUTE). */
const TAG = /<(\/?)([^\s/>]+)((?:\s+[^\s"'/=>]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/y;
const ATTRIBUTE = /([^\s=]+)(?:=(?:"([^"]*)"|'([^']*)'|(\S+)))?/g;
/** A `url()` to a `#id` of the drawing: the only one an icon may hold. */
const LOCAL_URL = /url\(\s*(["']?)#[\w.-]+\1\s*\)/gi;
/**
 * What, once the local `url()`s are out, could still make the browser fetch: any other `url(`,
 * an image function, a CSS escape (`u\72l(`). Icons need no `style` attribute: they are refused.
 */
const FAR = /url\(|image(?:-set)?\(|cross-fade\(|src\(|element\(|\\/i;

const refuse = (what: string): never => {
  throw new Error(what);
};

const decode = (text: string): string =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (_, name: string) =>
    name[0] === '#'
      ? String.fromCodePoint(+`0${name.slice(1)}`)
      : Object.hasOwn(NAMED, name)
        ? NAMED[name]
        : refuse(`&${name}; (write the character itself)`),
  );

/**
 * Appends what `template` draws to `parent` (the `<svg>` an icon is drawn in, or an element of
 * an enclosing template). Throws, naming what it holds, when it does not draw it.
 */
export function drawSvg(template: SVGTemplateResult, parent: Element): void {
  const {strings, values} = template;
  // Lit's own check: the strings must be a template literal's, never data made to look like one.
  if (template['_$litType$'] !== 2 || !Array.isArray(strings) || !('raw' in strings)) {
    refuse('something other than a Lit svg`…` template');
  }
  // A template literal with an invalid escape (`\7`) has no text for that piece.
  if (strings.includes(undefined as never)) refuse('an invalid escape');
  const source = strings.join(MARK);
  const top = parent;
  let at = 0;
  let next = 0;

  // Whitespace between tags is left out (a path is one node, not three), but not in <text>.
  const text = (data: string) => {
    if (data.trim() || parent.closest('text')) parent.append(data);
  };
  const child = (value: unknown): void => {
    if (value == null || value === NOTHING || value === NO_CHANGE) return;
    if (typeof value === 'object') {
      if ('_$litType$' in value) return drawSvg(value as SVGTemplateResult, parent);
      if ('_$litDirective$' in value) refuse('a directive');
      if ('nodeType' in value) refuse('a DOM node');
      if (Symbol.iterator in value) {
        for (const item of value as Iterable<unknown>) child(item);
        return;
      }
    }
    text(String(value));
  };
  const attribute = (element: Element, name: string, written = '') => {
    if (/^[.?@]|^on|\0/i.test(name)) refuse(`the attribute ${name.replace(MARK, '${…}')}`);
    const pieces = written.split(MARK);
    let value: string | undefined = decode(pieces[0]);
    for (let i = 1; i < pieces.length; i++) {
      const part = values[next++];
      value =
        part === NOTHING || part === NO_CHANGE || value === undefined
          ? undefined
          : value + String(part ?? '') + decode(pieces[i]);
    }
    if (value === undefined || name.startsWith('xmlns')) return;
    if (
      (/href$/i.test(name) && value[0] !== '#') ||
      /^style$/i.test(name) ||
      FAR.test(value.replace(LOCAL_URL, ''))
    ) {
      refuse(`${name}="${value.slice(0, 40)}" (only a #id of the drawing)`);
    }
    if (name.startsWith('xlink:')) {
      element.setAttributeNS('http://www.w3.org/1999/xlink', name, value);
    } else element.setAttribute(name, value);
  };

  while (at < source.length) {
    let end = source.indexOf('<', at);
    if (end < 0) end = source.length;
    if (end > at) {
      source
        .slice(at, end)
        .split(MARK)
        .forEach((piece, i) => {
          if (i) child(values[next++]);
          text(decode(piece));
        });
      at = end;
    } else if (source.startsWith('<!--', at)) {
      end = source.indexOf('-->', at + 2);
      if (end < 0) refuse('an unclosed comment');
      // Lit ignores a binding in a comment: its value is skipped.
      next += source.slice(at, end).split(MARK).length - 1;
      at = end + 3;
    } else {
      TAG.lastIndex = at;
      const [, closing, name, attributes, selfClosing] =
        TAG.exec(source) ?? refuse(`markup it cannot read, "${source.slice(at, at + 20)}"`);
      at = TAG.lastIndex;
      if (!ELEMENTS.includes(` ${name} `)) refuse(`<${name}>`);
      if (!closing) {
        const element = parent.ownerDocument.createElementNS('http://www.w3.org/2000/svg', name);
        for (const [, key, ...value] of attributes.matchAll(ATTRIBUTE)) {
          attribute(
            element,
            key,
            value.find((v) => v !== undefined),
          );
        }
        parent.append(element);
        if (!selfClosing) parent = element;
      } else if (parent === top || parent.localName !== name || attributes || selfClosing) {
        refuse(`</${name}> out of place`);
      } else parent = parent.parentElement!;
    }
  }
  // Elements left open close at the end, as in HTML.
  if (next !== values.length) refuse('a binding where none can go');
}
