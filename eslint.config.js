// Lint rules, including the layer boundaries of shared/DESIGN.md as allow-lists (eslint-rules/layers.js):
// each layer names the folders, packages and built-ins it may import, and nothing else passes.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import berthRules from './eslint-rules/layers.js';
import { aliasFolders } from './scripts/path-aliases.mjs';

// docker-modem: core patches its request table so the engine's redirects are never followed (engine/client.ts).
const corePackages = [
  '@balena/dockerignore',
  '@trpc/server',
  'docker-modem',
  'dockerode',
  'tar-stream',
  'zod',
];
const serverPackages = ['@trpc/server', 'sirv', 'ws', 'zod'];
const rendererPackages = [
  'react',
  'react-dom',
  'react-i18next',
  'i18next',
  'react-router',
  '@tanstack/react-query',
  '@tanstack/react-virtual',
  '@trpc/client',
  '@trpc/tanstack-react-query',
  '@xterm/xterm',
  '@xterm/addon-fit',
  '@xterm/addon-search',
  '@xterm/addon-web-links',
  'lucide-react',
  'recharts',
  'trpc-electron/renderer',
  'zod',
];

// First match wins: shell/pure before shell. Folders end with '/'; anything else is one module.
const layers = [
  { name: 'shared', files: ['src/shared/'], folders: ['src/shared/'], packages: ['zod'], builtins: false },
  {
    name: 'core',
    files: ['src/main/core/'],
    folders: ['src/main/core/', 'src/shared/'],
    packages: corePackages,
    builtins: true,
  },
  {
    name: 'server',
    files: ['src/main/server/'],
    folders: ['src/main/server/', 'src/main/core/', 'src/shared/'],
    packages: serverPackages,
    builtins: true,
  },
  {
    // The preload runs in the sandboxed renderer: Electron's bridge and the router's IPC channel only.
    name: 'shell/preload',
    files: ['src/main/shell/preload'],
    folders: ['src/shared/'],
    packages: ['electron', 'trpc-electron/main'],
    builtins: false,
  },
  {
    // The shell's logic that needs no Electron, unit-tested under plain Node.
    name: 'shell/pure',
    files: ['src/main/shell/pure/'],
    folders: ['src/main/shell/pure/', 'src/shared/'],
    packages: ['zod'],
    builtins: true,
  },
  {
    name: 'shell',
    files: ['src/main/shell/'],
    folders: ['src/main/shell/', 'src/main/server/', 'src/main/core/', 'src/shared/'],
    packages: [...new Set([...corePackages, ...serverPackages, 'electron', 'trpc-electron'])],
    builtins: true,
  },
  {
    name: 'renderer',
    files: ['src/renderer/'],
    folders: ['src/renderer/', 'src/shared/'],
    // The router's type is the contract the renderer compiles against (erased at build).
    typeOnlyFolders: ['src/main/core/router'],
    packages: rendererPackages,
    builtins: false,
  },
];

const nodeGlobals = [
  'process',
  'Buffer',
  'global',
  '__dirname',
  '__filename',
  'require',
  'module',
  'exports',
  'setImmediate',
  'clearImmediate',
];
const noNode = 'This layer also runs in a browser: Node globals do not exist there.';

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
    files: ['src/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    // Node's globals do not exist in a browser (nor, for shared, in every place shared runs).
    files: ['src/renderer/**/*.{ts,tsx}', 'src/shared/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...nodeGlobals.map((name) => ({ name, message: noNode }))],
      'no-restricted-properties': [
        'error',
        ...['globalThis', 'window', 'self'].flatMap((object) =>
          nodeGlobals.map((property) => ({ object, property, message: noNode })),
        ),
      ],
    },
  },
  {
    // Past one level up, a relative path says little about where it goes: name the area instead.
    files: ['src/**/*.{ts,tsx}', 'test/**/*.{ts,tsx}', 'bench/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['../../*', '../src/*'],
              message: `Use a path alias (${Object.keys(aliasFolders).join(', ')}; tsconfig.base.json) instead of climbing folders.`,
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/**/*.{ts,tsx,js,mjs,cjs}'],
    plugins: { berth: berthRules },
    rules: {
      'berth/layers': [
        'error',
        { root: import.meta.dirname, within: ['src/'], layers, aliases: aliasFolders },
      ],
    },
  },
);
