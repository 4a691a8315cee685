import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['dist/', 'web/dist/', 'node_modules/', 'neo4j/target/', '.newsgraph/', '.work/', 'coverage/', 'test-output/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  // The dashboard runs in the browser.
  { files: ['web/**'], languageOptions: { globals: { ...globals.browser } } },
);
