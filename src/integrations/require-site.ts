/**
 * An Astro integration that refuses a production build with no `site`: canonical links, the feed and the sitemap
 * would otherwise point at a placeholder domain. The dev server and previews get the local origin instead.
 */
import type { AstroIntegration } from 'astro';

/** The origin `astro dev` and `astro preview` serve on by default. */
export const localOrigin = 'http://localhost:4321/';

/** The message a build without `SITE_URL` stops with. */
export const missingSiteMessage =
  'SITE_URL is not set. A production build needs the origin the site will be served from, for its canonical links, feed and sitemap: ' +
  'run `SITE_URL=https://news.example.org npm run build`, or `npm start` to build and preview it locally.';

/** Stops `astro build` when no site is configured; gives other commands the local origin. */
export function requireSite(): AstroIntegration {
  return {
    name: 'crosscheck-require-site',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (config.site) return;
        if (command === 'build') throw new Error(missingSiteMessage);
        updateConfig({ site: localOrigin });
      },
    },
  };
}
