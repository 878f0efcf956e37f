// @ts-check
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { incrementalPages } from './src/integrations/incremental-pages.ts';
import { sitemap } from './src/integrations/sitemap.ts';

/** The site can be hosted under a sub-path (`BASE_PATH=/crosscheck/`) and at any origin (`SITE_URL`). */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://crosscheck.example';
/** Where the site is written (`OUT_DIR`, for tests and benchmarks that build other corpora beside the real one). */
const outDir = process.env.OUT_DIR ?? './dist';
/** Astro's cache (its content data store) belongs to one output folder, so that builds side by side never share it. */
const cacheDir = process.env.OUT_DIR ? `./node_modules/.astro/${createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 12)}` : './node_modules/.astro';

export default defineConfig({
  site,
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  // One page at a time: the incremental build notes which records each page reads while it renders.
  build: { format: 'directory', concurrency: 1 },
  // Reading pages ship no JavaScript and no prefetch script.
  prefetch: false,
  devToolbar: { enabled: false },
  // The sitemap comes after the incremental pages, so that it sees the files of every page, kept or rendered.
  integrations: [incrementalPages(), sitemap()],
});
