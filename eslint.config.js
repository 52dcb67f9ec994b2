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
  {
    // Widgets render and edit; every domain rule is the core's (issue 13). These patterns are rules
    // that once lived here: a status compared by hand, a set of statuses, a decimal comma.
    files: ['packages/widgets/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.stories.ts', '**/test-support/**'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "BinaryExpression[operator=/^[!=]==$/][left.property.name='status'][right.value=/^(open|resolved)$/]",
          message: 'Whether a remark is open is the core’s rule: use isOpenRemark from @shnro/core.',
        },
        {
          selector:
            "BinaryExpression[operator=/^[!=]==$/][left.property.name='status'][right.value=/^(draft|submitted|returned|approved|in-progress|reported)$/]",
          message:
            'What a roadmap status allows is the core’s rule: use roadmapPermissions, tracksProgress or the lifecycle from @shnro/core.',
        },
        {
          selector:
            "LogicalExpression[right.type='BinaryExpression'][right.left.property.name='status']:matches([left.left.property.name='status'], [left.right.left.property.name='status'])",
          message:
            'A set of statuses is a domain rule: name it in @shnro/core (isAnswered, tracksProgress, …) and call it.',
        },
        {
          selector: "CallExpression[callee.property.name=/^replace(All)?$/][arguments.1.value=',']",
          message:
            'Decimal commas come from the core: use formatDecimal, formatExactDecimal or formatDecimalsAlike.',
        },
        {
          selector:
            "NewExpression[callee.object.name='Intl'][callee.property.name='NumberFormat'], CallExpression[callee.property.name=/^(toFixed|toLocaleString)$/]",
          message:
            'Numbers are written by the core: use formatDecimal, formatExactDecimal or formatDecimalsAlike.',
        },
        {
          selector:
            "BinaryExpression[operator=/^[!=]==$/][left.property.name='status'][right.value='cancelled']",
          message: 'Which ИОМ activities count is the core’s rule: use coveringItems or routeProgress.',
        },
      ],
    },
  },
);
