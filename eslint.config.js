// Flat config: TypeScript everywhere, Lit and web-component rules where elements live.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tools/**',
      'storybook-static/**',
      '.vitest-reports/**',
      'packages/core/schema/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  {
    files: ['packages/widgets/**/*.ts', 'apps/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/widgets/**/*.ts', 'apps/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    // The core must never touch the DOM: it runs in Node, workers and browsers alike.
    files: ['packages/core/src/**/*.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
    rules: {
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
);
