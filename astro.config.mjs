// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/** The site can be hosted under a sub-path (`BASE_PATH=/crosscheck/`) and at any origin (`SITE_URL`). */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://crosscheck.example';
/** Where the site is written (`OUT_DIR`, for tests and benchmarks that build other corpora beside the real one). */
const outDir = process.env.OUT_DIR ?? './dist';

export default defineConfig({
  site,
  base,
  outDir,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 2 },
  // Reading pages ship no JavaScript and no prefetch script.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [sitemap()],
});
