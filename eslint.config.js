import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import globals from 'globals';

export default defineConfig(
  {
    ignores: [
      'dist/',
      '.astro/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'public/',
      // Built-site fixtures (tests/fixtures/site) and the scratch copy of bench:build.
      'tests/fixtures/',
      '.bench-build/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: {
      globals: { window: 'readonly', document: 'readonly', console: 'readonly', process: 'readonly' },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The quality tools run on Node.
    files: ['scripts/quality/*.mjs', 'scripts/size.mjs', 'scripts/audit.mjs', 'scripts/bench-build.mjs'],
    languageOptions: { globals: globals.node },
  },
);
