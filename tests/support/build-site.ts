/**
 * Builds a site the way `npm run build` does (Astro, then Pagefind's index), with the test environment of
 * `build-env.ts`. Tests that need a site of their own call `buildSite` once per file; run directly
 * (`tsx tests/support/build-site.ts`), it builds the seeds into `dist/` for `npm test`.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { buildEnv } from './build-env.ts';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');

/**
 * A new, empty output folder for a test's site, inside the project (under the ignored `test-results/`): Astro
 * builds a site outside its working folder by way of `./.astro/`, and moves whatever lies there (a dev server's
 * data store, its own chunks) into the site, so such a site is neither clean nor reproducible.
 */
export async function siteFolder(prefix: string): Promise<string> {
  const parent = path.join(root, 'test-results/sites');
  await mkdir(parent, { recursive: true });
  return mkdtemp(path.join(parent, `${prefix}-`));
}

/** What to build: the articles folder, the output folder, the base path and the site's origin. */
export interface BuildOptions {
  seeds?: string;
  out?: string;
  base?: string;
  site?: string;
  /** Index the site with Pagefind after Astro (true unless said otherwise). */
  search?: boolean;
}

/** Builds a site and returns the build's log (Astro's, then Pagefind's). */
export async function buildSite(options: BuildOptions = {}): Promise<string> {
  const env = buildEnv({
    ...(options.seeds && { SEEDS_DIR: options.seeds }),
    ...(options.out && { OUT_DIR: options.out }),
    ...(options.base && { BASE_PATH: options.base }),
    ...(options.site !== undefined && { SITE_URL: options.site }),
  });
  const astro = await run('npx', ['astro', 'build'], { cwd: root, env, maxBuffer: 256 * 1024 * 1024 });
  let log = astro.stdout + astro.stderr;
  if (options.search !== false) {
    const pagefind = await run('npx', ['pagefind', '--site', options.out ?? 'dist'], { cwd: root, env, maxBuffer: 64 * 1024 * 1024 });
    log += pagefind.stdout + pagefind.stderr;
  }
  return log;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // A new test run starts without the sites earlier runs built.
  await rm(path.join(root, 'test-results/sites'), { recursive: true, force: true });
  const log = await buildSite().catch((error: { stdout?: string; stderr?: string; message: string }) => {
    console.error(`${error.stdout ?? ''}${error.stderr ?? ''}\n${error.message}`);
    process.exit(1);
  });
  console.log(log.split('\n').filter((line) => /record pages|sitemap|Indexed \d+ pages|Complete/u.test(line)).join('\n'));
}
