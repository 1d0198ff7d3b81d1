// Lint, with the layering of DESIGN.md §1 written down as import rules. Zero warnings allowed.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const WHY = 'See DESIGN.md §1: shared/ is pure domain code; renderer/ and electron/ meet only through shared/ipc.ts.';

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/e2e/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: `No React in shared/. ${WHY}` },
            { group: ['dexie', 'dexie-*'], message: `No Dexie in shared/. ${WHY}` },
            { group: ['electron', 'electron/*'], message: `No Electron in shared/. ${WHY}` },
            { group: ['lexical', '@lexical/*'], message: `No editor code in shared/. ${WHY}` },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: `No Node built-ins in shared/: it must run in the renderer too. ${WHY}` },
            { group: ['**/renderer/**', '**/electron/**'], message: `shared/ imports nothing from renderer/ or electron/. ${WHY}` },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    // The build config runs in Node, not in the renderer.
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: `The renderer never imports Electron; use the platform bridge. ${WHY}` },
            { group: ['**/electron/**'], message: `renderer/ never imports electron/. ${WHY}` },
            { group: ['node:*', 'fs', 'path', 'os', 'child_process'], message: `The renderer runs in a sandbox: no Node built-ins. ${WHY}` },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ group: ['**/renderer/**'], message: `electron/ never imports renderer/. ${WHY}` }],
          paths: [{ name: 'electron', importNames: ['ipcRenderer'], message: 'Only electron/preload.ts touches ipcRenderer.' }],
        },
      ],
    },
  },
  {
    files: ['electron/preload.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['**/renderer/**'], message: `electron/ never imports renderer/. ${WHY}` }] }],
    },
  },
  {
    files: ['tests/**/*.{ts,tsx}', 'scripts/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
