import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  {
    ignores: ['dist', 'dist-single', 'node_modules', 'test-results', 'bench-results'],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: {
        ...globals.browser,
        ...globals.node,
        __SINGLE_FILE__: 'readonly',
        __DEFAULT_DATA__: 'readonly',
      },
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser } },
  },
  {
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never innerHTML.' },
        { selector: "CallExpression[callee.name='eval']", message: 'Never eval.' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Our Maps and Sets are rebuilt inside $derived, never mutated in place, so the
      // reactive SvelteMap/SvelteSet would only add cost.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    // Pure logic: no DOM, no runes, no imports from outer layers.
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['**/state/**', '**/components/**', '**/attachments/**', '*.svelte'] },
      ],
    },
  },
);
