// scripts/minify-templates.mjs: the CSS and markup of our templates, smaller, drawn the same.
import {it} from 'node:test';
import assert from 'node:assert/strict';
import {minifyCss, minifyTemplates} from '../../scripts/minify-templates.mjs';

it('strips comments and spaces, and shortens what CSS reads the same', () => {
  const css = `
    /* a comment */
    :host([layout='full']) > * + * {
      margin: calc(-1 * var(--_padding)) 0.5em;
      border: 1px solid transparent;
      background: color-mix(in srgb, currentColor 12%, transparent);
    }
    @media (forced-colors: active) {
      a { color: LinkText !important; }
    }`;
  assert.equal(
    minifyCss(css),
    ':host([layout=full])>* + *{margin:calc(-1*var(--_padding)) .5em;border:1px solid #0000;background:color-mix(in srgb,currentColor 12%,#0000)}@media (forced-colors:active){a{color:LinkText!important}}',
  );
});

it('keeps + and - in calc() spaced, and names that hold "transparent"', () => {
  assert.equal(
    minifyCss('a { inset: calc(50% - 6px) calc(1em + 2px); --_transparent-ish: 1; }'),
    'a{inset:calc(50% - 6px) calc(1em + 2px);--_transparent-ish:1}',
  );
});

it('rewrites only the static text of css and html templates', () => {
  const code =
    'const s = css`a {\n  color: red;\n}`;\nconst t = html`<p>\n  ${x}\n</p>`;\nconst u = `a {  b }`;';
  assert.equal(
    minifyTemplates(code),
    'const s = css`a{color:red}`;\nconst t = html`<p> ${x} </p>`;\nconst u = `a {  b }`;',
  );
});
