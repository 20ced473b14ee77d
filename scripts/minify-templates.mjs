// A Vite plugin that strips whitespace out of the Lit templates in our sources before the
// minifier, which leaves template literals alone. Templates are found with TypeScript's parser:
// - css`…`: comments, and whitespace around punctuation and after property names;
// - html`…` and svg`…`: each run of whitespace holding a line break becomes one space (the same
//   rendering in HTML: our templates have no <pre> or <textarea>).
import ts from 'typescript';

export const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .split(/([{};])/)
    // A piece followed by "{" is a selector or an at-rule; any other is a declaration,
    // whose "name: value" loses the space, as does a `*` in calc() ("-1 * x" → "-1*x").
    .map((piece, i, all) =>
      all[i + 1] === '{' ? piece : piece.replace(/^([-\w]+) ?: ?/, '$1:').replace(/ \* /g, '*'),
    )
    .join('')
    .replace(/;}/g, '}')
    // The same colour, shorter: a transparent border still shows in forced-colors mode.
    .replace(/\btransparent\b/g, '#0000')
    // 0.5rem → .5rem; "(forced-colors: active)" → "(forced-colors:active)"; " !important".
    .replace(/([\s:(,])0\.(\d)/g, '$1.$2')
    .replace(/\(([-a-z]+): /g, '($1:')
    .replace(/ !important/g, '!important')
    // [part='image'] → [part=image] (a quoted identifier); "16 / 9" → "16/9" (a slash needs no
    // spaces, unlike + and - in calc()); "var( --x" → "var(--x".
    .replace(/=(['"])([a-z_][-\w]*)\1\]/gi, '=$2]')
    .replace(/ ?\/ ?/g, '/')
    .replace(/\( /g, '(')
    .replace(/ \)/g, ')')
    .trim();

const minifyMarkup = (text) => text.replace(/\s*\n\s*/g, ' ').replace(/ (\/?>)/g, '$1');

/** Rewrites the static text of every css/html/svg tagged template in `code`. */
export function minifyTemplates(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      const template = node.template;
      const pieces = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)];
      const rewrite =
        tag === 'css'
          ? pieces.length === 1
            ? minifyCss
            : null
          : tag === 'html' || tag === 'svg'
            ? minifyMarkup
            : null;
      if (rewrite) {
        for (const piece of pieces) {
          // The raw text sits between the piece's delimiters: ` or } before, ` or ${ after.
          const start = piece.getStart(source) + 1;
          const end = piece.end - (ts.isTemplateHead(piece) || ts.isTemplateMiddle(piece) ? 2 : 1);
          const raw = code.slice(start, end);
          const next = rewrite(raw);
          if (next !== raw) edits.push([start, end, next]);
        }
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return out;
}

export function minifyTemplatesPlugin() {
  return {
    name: 'newsroom:minify-templates',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/(css|html|svg)`/.test(code)) return null;
      const next = minifyTemplates(code, id);
      return next === code ? null : {code: next, map: null};
    },
  };
}
