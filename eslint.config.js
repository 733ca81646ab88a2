// ESLint flat config: typescript-eslint, the Office add-in rules, Prettier's conflict-free preset, and the
// layer rule that keeps the pure core (law, grounds, letter, check) free of Office, React and Node's fs.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';
import prettierConfig from 'eslint-config-prettier';
import globals from 'globals';

const PURE_LAYERS = ['src/law/**', 'src/grounds/**', 'src/letter/**', 'src/check/**', 'src/port/**'];
// The .docx and document-list readers run in Node, the browser and Word alike: bytes in, no file system.
const READER_LAYERS = ['src/docx/**', 'src/aktliste/**'];

export default tseslint.config(
  { ignores: ['dist/**', 'coverage/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { 'office-addins': officeAddins },
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'warn',
      'office-addins/no-office-initialize': 'warn',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // The pure core runs in Node, the browser and the CLI alike: no Office, no React, no file system.
    files: [...PURE_LAYERS, ...READER_LAYERS],
    ignores: ['**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            'fs',
            'node:fs',
            'fs/promises',
            'node:fs/promises',
            'path',
            'node:path',
            'react',
            'react-dom',
          ],
          patterns: ['@fluentui/*', '@microsoft/office-js', 'office-addin-*'],
        },
      ],
      'no-restricted-globals': ['error', 'Office', 'Word', 'process'],
    },
  },
  prettierConfig,
);
