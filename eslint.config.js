// Lint rules, including the layer boundaries of shared/DESIGN.md: only the Electron shell
// (src/main/*.ts) may import `electron`; shared imports no other layer; the renderer sees only shared.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const electron = {
  name: 'electron',
  message: 'Only the Electron shell (src/main/*.ts) may import electron.',
};
const nodeBuiltins = { group: ['node:*'], message: 'This layer runs in a browser: no Node built-ins.' };

export default tseslint.config(
  {
    ignores: ['out/**', 'out-*/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Playwright fixtures must destructure their (unused) first argument.
    files: ['test/e2e/**/*.ts'],
    rules: { 'no-empty-pattern': 'off' },
  },
  {
    files: ['src/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron, { name: 'dockerode', message: 'shared is pure: no engine access.' }],
          patterns: [
            nodeBuiltins,
            {
              group: ['**/main/**', '**/renderer/**', 'react', 'react-dom'],
              message: 'shared imports no other layer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/main/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [{ group: ['**/server/**', '**/renderer/**'], message: 'core imports only shared.' }],
        },
      ],
    },
  },
  {
    files: ['src/main/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electron],
          patterns: [{ group: ['**/renderer/**'], message: 'server imports core and shared.' }],
        },
      ],
    },
  },
  {
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The router's *type* is the contract the renderer compiles against (erased at build).
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [electron, { name: 'dockerode', message: 'The renderer talks to the router only.' }],
          patterns: [
            nodeBuiltins,
            { group: ['**/main/**', '!**/main/core/router'], message: 'The renderer imports only shared.' },
            {
              group: ['**/main/core/router'],
              allowTypeImports: true,
              message: 'Only the router type may be imported.',
            },
          ],
        },
      ],
    },
  },
);
