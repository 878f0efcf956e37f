/** The environment for a child `astro build`: this process's, less what a test runner sets for itself. */

/** Vitest's and Vite's own variables (BASE_URL, MODE, NODE_ENV=test…) would leak into Astro's build and change it. */
const runnerVariables = /^(?:BASE_URL|MODE|DEV|PROD|SSR|NODE_ENV|VITEST.*|TEST)$/u;

/** This process's environment without the runner's variables, plus `extra`. */
export function buildEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return { ...Object.fromEntries(Object.entries(process.env).filter(([key]) => !runnerVariables.test(key))), ...extra };
}
