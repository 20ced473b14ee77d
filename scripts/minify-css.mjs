// A Vite plugin that strips the whitespace and comments out of Lit `css` templates in our
// sources (templates with `${}` expressions are left as they are). The minifier leaves
// template literals alone, and the styles are a good part of each element's bytes.
const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;

export const minifyCss = (text) =>
  text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/;}/g, '}')
    .trim();

export function minifyCssPlugin() {
  return {
    name: 'newsroom:minify-css',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('css`')) return null;
      return {
        code: code.replace(CSS_TEMPLATE, (_, body) => `css\`${minifyCss(body)}\``),
        map: null,
      };
    },
  };
}
