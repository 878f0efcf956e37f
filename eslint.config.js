// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Only the document stage calls the tagger and the sentence splitter: one document, tagged once. */
const taggerOnlyInDocument = [
  { name: 'compromise', message: 'Tag in src/pipeline/document/ only; read tokens and tags from the ArticleDocument.' },
  { name: 'parse-english', message: 'Split sentences in src/pipeline/document/ only.' },
];
/** The pipeline has one door: code outside it imports src/pipeline/index.ts only. */
const pipelineThroughItsEntry = [{ regex: 'pipeline/(?!index\\.ts$)', message: 'Import the pipeline through src/pipeline/index.ts, its public entry.' }];
/** Pages select records once, in src/content.ts, instead of deep-cloning the collections on every page. */
const recordsFromContent = { name: 'astro:content', message: 'Read records from src/content.ts, which selects them once per build.' };
/** Only routes read the corpus: components, layouts and view models get what they show as props or arguments. */
const noCorpusOutsideRoutes = { regex: '(^|/)content\\.ts$', message: 'Only src/pages/ imports the corpus; hand components what they render as props (a view model from src/lib/view/).' };

/**
 * The import rules of each group of source files.
 * @returns {import('eslint').Linter.Config[]}
 */
function importBoundaries() {
  const routes = ['src/pages/**'];
  const site = ['src/components/**', 'src/layouts/**', 'src/lib/**', 'src/render/**'];
  return [
    { files: ['src/pipeline/**', 'src/schema/**'], ignores: ['src/pipeline/document/tagger.ts', 'src/pipeline/document/sentences.ts'], rules: { 'no-restricted-imports': ['error', { paths: taggerOnlyInDocument }] } },
    { files: ['src/**'], ignores: ['src/pipeline/**', 'src/schema/**', ...routes, ...site], rules: { 'no-restricted-imports': ['error', { paths: taggerOnlyInDocument, patterns: pipelineThroughItsEntry }] } },
    { files: routes, rules: { 'no-restricted-imports': ['error', { paths: [...taggerOnlyInDocument, recordsFromContent], patterns: pipelineThroughItsEntry }] } },
    { files: site, rules: { 'no-restricted-imports': ['error', { paths: [...taggerOnlyInDocument, recordsFromContent], patterns: [...pipelineThroughItsEntry, noCorpusOutsideRoutes] }] } },
  ];
}

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
  // Import boundaries, as one `no-restricted-imports` setting per group of files (a later setting of a rule
  // replaces an earlier one, so each group lists all of its restrictions).
  ...importBoundaries(),
);
