/** The environment for a child `astro build`: this process's, less what a test runner sets for itself, plus the site's origin. */

/** Vitest's and Vite's own variables (BASE_URL, MODE, NODE_ENV=test…) would leak into Astro's build and change it. */
const runnerVariables = /^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/u;

/** The origin test builds are made for: the local preview's, which `npm start` uses too. */
export const testSiteUrl = 'http://localhost:4321/';

/**
 * This process's environment without the runner's variables, with `SITE_URL` (which a production build requires)
 * set to the local preview's origin unless this process or `extra` sets it; `extra` wins (an empty `SITE_URL`
 * leaves it unset).
 */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !runnerVariables.test(key)));
  return { SITE_URL: testSiteUrl, ...inherited, ...extra };
}
