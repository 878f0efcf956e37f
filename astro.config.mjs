// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';

/** The site can be hosted under a sub-path (`BASE_PATH=/crosscheck/`) and at any origin (`SITE_URL`). */
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? 'https://crosscheck.example';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory', concurrency: 2 },
  // Reading pages ship no JavaScript and no prefetch script.
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [sitemap()],
});
