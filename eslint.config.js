import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';
import regexp from 'eslint-plugin-regexp';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'bench/node_modules/',
      'bench/.build/',
      'custom-elements.json',
      'tests/screenshots/',
      // The examples' installs and builds (scripts/test-examples.mjs)
      'examples/*/node_modules/',
      'examples/*/{dist,build,.next,.svelte-kit,.astro,.nuxt,.output,.angular}/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {plugins: {'lit-a11y': litA11y}, rules: litA11y.configs.recommended.rules},
  {
    languageOptions: {globals: {...globals.browser}},
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      'no-restricted-syntax': [
        'error',
        {
          selector:
            'AssignmentExpression > MemberExpression.left[property.name=/^(innerHTML|outerHTML)$/]',
          message: 'Never write markup from strings.',
        },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never write markup from strings.',
        },
        {selector: "CallExpression[callee.property.name='only']", message: 'Every test must run.'},
        {selector: "CallExpression[callee.property.name='skip']", message: 'Every test must run.'},
      ],
    },
  },
  {
    // One idea per file: a module that outgrows this holds more than one.
    files: ['src/**/*.ts'],
    rules: {'max-lines': ['error', {max: 300}]},
  },
  {
    // No pattern may backtrack super-linearly on what a page, a feed or a file gives it.
    files: ['src/**/*.ts'],
    ...regexp.configs['flat/recommended'],
    rules: {
      ...regexp.configs['flat/recommended'].rules,
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // `(?:…)` costs bytes in what every page downloads, and an unused group costs nothing else.
      'regexp/no-unused-capturing-group': 'off',
    },
  },
  {
    files: ['tests/**'],
    rules: {'@typescript-eslint/no-unused-expressions': 'off'},
  },
  {
    files: ['scripts/**', 'bench/**', 'examples/**', '*.config.*', '.ci/**'],
    languageOptions: {globals: {...globals.node}},
  },
);
