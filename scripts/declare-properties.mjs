// A Vite plugin that compiles our `@property()` decorators into one call per class. Compiled as
// decorators, each property costs a page its own statement after the class,
// `__decorate([property({…})], Player.prototype, "src", void 0)`, plus the general helper; a
// class of twenty properties paid some forty bytes gzip more than this plugin's
// `declareProperties(Player, {src: 0, stepBack: {type: Number, attribute: 'step-back'}, …})`.
// The source keeps the decorators (each property declared once, its documentation beside it);
// tests run on the source as written, and `declareProperties` applies the same `property()` to
// the same members in the same order, so the element behaves the same.
import ts from 'typescript';

/** The `property` decorator's call on a class member, if it has one: `[decorator, options text]`. */
function propertyDecorator(member, source) {
  for (const decorator of ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : []) {
    const call = decorator.expression;
    if (ts.isCallExpression(call) && ts.isIdentifier(call.expression)) {
      if (call.expression.text !== 'property') continue;
      if (call.arguments.length > 1) throw new Error('property() takes one argument');
      return [decorator, call.arguments[0]?.getText(source) ?? '0'];
    }
  }
  return undefined;
}

/**
 * Rewrites `code` (a TypeScript module): each class's `@property(…)` decorators go, and one
 * `declareProperties(Class, {…})` follows the class. Returns `code` unchanged when it has none.
 */
export function declareProperties(code, fileName = 'module.ts') {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const edits = [];
  let importFrom;
  for (const statement of source.statements) {
    if (
      ts.isImportDeclaration(statement) &&
      statement.importClause?.namedBindings &&
      ts.isNamedImports(statement.importClause.namedBindings) &&
      statement.importClause.namedBindings.elements.some((e) => e.name.text === 'property')
    ) {
      importFrom = statement.moduleSpecifier.getText(source);
    }
    if (!ts.isClassDeclaration(statement) || !statement.name) continue;
    const entries = [];
    for (const member of statement.members) {
      const found = propertyDecorator(member, source);
      if (!found) continue;
      const [decorator, options] = found;
      if (!member.name || !ts.isIdentifier(member.name)) {
        throw new Error(`${fileName}: @property() on a member without a plain name`);
      }
      // A reactive property belongs to each element, on the prototype: never a static member.
      if (member.modifiers?.some((m) => m.kind === ts.SyntaxKind.StaticKeyword)) {
        throw new Error(`${fileName}: @property() on the static member ${member.name.text}`);
      }
      // Other decorators, if any, would run in a different order: refuse rather than guess.
      if (ts.getDecorators(member).length > 1) {
        throw new Error(`${fileName}: ${member.name.text} has more than one decorator`);
      }
      edits.push([decorator.getStart(source), decorator.end, '']);
      entries.push(`${member.name.text}: ${options}`);
    }
    if (entries.length) {
      const name = statement.name.text;
      edits.push([statement.end, statement.end, `\n__declareProperties(${name}, {${entries}});`]);
    }
  }
  if (!edits.length) return code;
  if (!importFrom) throw new Error(`${fileName}: @property() without an import of property`);
  let out = code;
  for (const [start, end, text] of edits.sort((a, b) => b[0] - a[0])) {
    out = out.slice(0, start) + text + out.slice(end);
  }
  return `import {declareProperties as __declareProperties} from ${importFrom};\n${out}`;
}

export function declarePropertiesPlugin() {
  return {
    name: 'newsroom:declare-properties',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !code.includes('@property(')) return null;
      const next = declareProperties(code, id);
      return next === code ? null : {code: next, map: null};
    },
  };
}
