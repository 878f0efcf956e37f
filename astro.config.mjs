// @ts-check
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import path from 'node:path';
import { pageCache } from './src/integrations/page-cache.ts';
import { requireSite } from './src/integrations/require-site.ts';
import { sitemap } from './src/integrations/sitemap.ts';

/** The site can be hosted under a sub-path (`BASE_PATH=/crosscheck/`). */
const base = process.env.BASE_PATH ?? '/';
/**
 * The origin the site is served from (`SITE_URL`): canonical links, the feed and the sitemap are made from it. A
 * production build needs it (`requireSite` stops the build without it); `npm start` sets it to the local preview.
 */
const site = process.env.SITE_URL || undefined;
if (site !== undefined && !URL.canParse(site)) throw new Error(`SITE_URL is not a URL: "${site}". Set it to the origin the site is served from, e.g. SITE_URL=https://news.example.org`);
/** Where the site is written (`OUT_DIR`, for tests and benchmarks that build other corpora beside the real one). */
const outDir = process.env.OUT_DIR ?? './dist';
/** Astro's cache (its content data store) belongs to one output folder, so that builds side by side never share it. */
const cacheDir = process.env.OUT_DIR ? `./node_modules/.astro/${createHash('sha256').update(path.resolve(outDir)).digest('hex').slice(0, 12)}` : './node_modules/.astro';

export default defineConfig({
  ...(site !== undefined && { site }),
  base,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Reading pages ship no JavaScript and no prefetch script.
  prefetch: false,
  devToolbar: { enabled: false },
  // The sitemap comes after the page cache, so that it sees the files of every page, kept or rendered.
  integrations: [requireSite(), pageCache(), sitemap()],
});
