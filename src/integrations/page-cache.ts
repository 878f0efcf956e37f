/**
 * An Astro integration for incremental output: a build renders only the pages whose key (the digest of their props
 * and of the site's code) changed, and keeps the other files of the output folder as they are. The route side is
 * `lib/unchanged-pages.ts`, which every dynamic route's `getStaticPaths` calls; it learns where the manifests are and
 * the code fingerprint from the Vite virtual module this integration serves, and writes each route's page keys to
 * a file that this integration gathers into the manifest when the build is done. No state is shared in memory.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { fingerprintCode } from '../pipeline/index.ts';

/** The Vite module id the routes import the build's settings from. */
export const virtualModuleId = 'virtual:crosscheck/page-cache';

/** What the routes need to know about the build, as the virtual module exports it. */
export interface PageCacheSettings {
  /** False outside `astro build` (the dev server renders every page on request). */
  enabled: boolean;
  /** The fingerprint of the site's code and settings. */
  code: string;
  /** The output folder. */
  outDir: string;
  /** The previous build's manifest, moved aside while this build runs. */
  previousFile: string;
  /** The folder each route writes its page keys into. */
  pendingDir: string;
}

/** A manifest: the code the pages were rendered with, and each page's output file and key. */
export interface PageManifest {
  /** The fingerprint of the site’s code and settings the pages were rendered with. */
  code: string;
  /** Every page’s output file and key. */
  pages: Record<string, string>;
}

/** What one route writes after choosing its pages. */
export interface RouteRecord {
  /** The route pattern, e.g. `/claims/[id]`. */
  route: string;
  /** The route’s pages’ output files and keys. */
  pages: Record<string, string>;
  /** How many of its pages this build renders. */
  rendered: number;
  /** How many of its pages keep the previous build’s file. */
  kept: number;
}

/** The site's code and settings: any change to them renders every page again. */
async function fingerprintSite(root: string, settings: unknown): Promise<string> {
  const code = await fingerprintCode(
    ['src', 'public', 'astro.config.mjs', 'package-lock.json'].map((name) => path.join(root, name)),
    () => true,
  );
  return createHash('sha256').update(code).update(JSON.stringify(settings)).digest('hex');
}

async function readJson<T>(file: string): Promise<T | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as T;
  } catch {
    // Missing or damaged: both mean starting afresh.
    return null;
  }
}

/** Empties the output folder as Astro would (it keeps `.git`), for a build that renders every page. */
async function emptyFolder(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[]);
  await Promise.all(names.filter((name) => name !== '.git').map((name) => rm(path.join(folder, name), { recursive: true, force: true })));
}

/** Removes a page's file, then its folders while they are empty, up to the output folder. */
async function removePage(outDir: string, file: string): Promise<void> {
  await rm(path.join(outDir, file), { force: true });
  for (let folder = path.dirname(path.join(outDir, file)); folder.startsWith(outDir + path.sep); folder = path.dirname(folder)) {
    if ((await readdir(folder).catch(() => ['?'])).length > 0) break;
    await rmdir(folder);
  }
}

/** The Vite plugin that serves the build's settings to the routes as a virtual module. */
function settingsModule(settings: () => PageCacheSettings): Plugin {
  const resolved = `\0${virtualModuleId}`;
  return {
    name: 'crosscheck-page-cache-settings',
    resolveId: (id) => (id === virtualModuleId ? resolved : undefined),
    load: (id) => (id === resolved ? `export const pageCache = ${JSON.stringify(settings())};` : undefined),
  };
}

/** Incremental page output for `astro build`. */
export function pageCache(): AstroIntegration {
  let enabled = false;
  let root = '';
  let outDir = '';
  let code = '';
  let manifestFile = '';
  let previousFile = '';
  let pendingDir = '';
  return {
    name: 'crosscheck-page-cache',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        enabled = command === 'build';
        updateConfig({
          // Astro empties the output folder before a build; this integration decides when that is needed.
          vite: { build: { emptyOutDir: false }, plugins: [settingsModule(() => ({ enabled, code, outDir, previousFile, pendingDir }))] },
        });
      },
      'astro:config:done': async ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = path.resolve(fileURLToPath(config.outDir));
        // Astro's cache folder belongs to one output folder (see astro.config.mjs), and so do the manifests.
        const cacheDir = fileURLToPath(config.cacheDir);
        manifestFile = path.join(cacheDir, 'crosscheck-pages.json');
        previousFile = path.join(cacheDir, 'crosscheck-pages.previous.json');
        pendingDir = path.join(cacheDir, 'crosscheck-pages.routes');
        if (enabled) code = await fingerprintSite(root, { site: config.site, base: config.base, trailingSlash: config.trailingSlash, format: config.build.format });
      },
      'astro:build:start': async ({ logger }) => {
        await rm(previousFile, { force: true });
        await rm(pendingDir, { recursive: true, force: true });
        const stored = await readJson<PageManifest>(manifestFile);
        if (stored?.code === code) {
          // Moved aside: a build that fails half-way leaves no manifest, and the next one starts afresh.
          await rename(manifestFile, previousFile);
        } else {
          logger.info(stored ? 'the site’s code or settings changed: rendering every page' : 'no earlier build here: rendering every page');
          await rm(manifestFile, { force: true });
          await emptyFolder(outDir);
        }
        // Pagefind writes a new bundle over the old one without removing the old files; `npm run build` indexes
        // the site again after Astro, so the old bundle goes now rather than pile up.
        await rm(path.join(outDir, 'pagefind'), { recursive: true, force: true });
        await mkdir(pendingDir, { recursive: true });
      },
      'astro:build:done': async ({ logger }) => {
        const routes = await Promise.all((await readdir(pendingDir).catch(() => [] as string[])).sort().map((name) => readJson<RouteRecord>(path.join(pendingDir, name))));
        const pages: Record<string, string> = {};
        let rendered = 0;
        let kept = 0;
        for (const route of routes) {
          if (!route) continue;
          Object.assign(pages, route.pages);
          rendered += route.rendered;
          kept += route.kept;
        }
        const previous = await readJson<PageManifest>(previousFile);
        const removed = Object.keys(previous?.pages ?? {}).filter((file) => pages[file] === undefined);
        for (const file of removed) await removePage(outDir, file);
        const sorted = Object.fromEntries(Object.entries(pages).sort(([a], [b]) => (a < b ? -1 : 1)));
        await writeFile(manifestFile, JSON.stringify({ code, pages: sorted } satisfies PageManifest));
        await rm(previousFile, { force: true });
        await rm(pendingDir, { recursive: true, force: true });
        logger.info(`record pages: ${rendered} rendered, ${kept} unchanged and kept, ${removed.length} removed`);
      },
    },
  };
}
