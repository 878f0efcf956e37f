// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/', '.astro/', 'node_modules/', 'test-results/', 'bench/out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  { languageOptions: { globals: globals.node } },
  { files: ['public/**/*.js'], languageOptions: { globals: globals.browser } },
  {
    rules: {
      // Article text must never become markup.
      'astro/no-set-html-directive': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Pages take records from src/content.ts, whose lookups note what each page reads: a page reading the
    // collections directly would escape that tracking, and an incremental build could keep it stale.
    files: ['src/pages/**', 'src/components/**', 'src/layouts/**', 'src/lib/**', 'src/render/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [{ name: 'astro:content', message: 'Read records from src/content.ts, whose lookups track what each page reads.' }] }] },
  },
);
