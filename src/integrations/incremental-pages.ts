/**
 * An Astro integration that makes a build write only the record pages whose inputs changed (see
 * `lib/page-reads.ts` for how a page's inputs are known). It keeps the output folder between builds, starts
 * afresh when the site's code or settings change, removes the files of pages that are gone (and the old search
 * index, which `npm run build` writes again), and logs how many pages it rendered and kept.
 */
import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, rmdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { finishBuild, startBuild, type PageManifest } from '../lib/page-reads.ts';
import { fingerprintCode } from '../pipeline/index.ts';

/** The site's code and settings: any change to them renders every page again. */
async function fingerprintSite(root: string, settings: unknown): Promise<string> {
  const code = await fingerprintCode(
    ['src', 'public', 'astro.config.mjs', 'package-lock.json'].map((name) => path.join(root, name)),
    () => true,
  );
  return createHash('sha256').update(code).update(JSON.stringify(settings)).digest('hex');
}

async function readManifest(file: string): Promise<PageManifest | null> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as PageManifest;
  } catch {
    // No manifest yet, or a damaged one: both mean rendering every page.
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

/** Incremental page output for `astro build`. */
export function incrementalPages(): AstroIntegration {
  let root = '';
  let outDir = '';
  let settings: unknown;
  let code = '';
  let manifestFile = '';
  return {
    name: 'crosscheck-incremental-pages',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // Astro empties the output folder before a build; this integration decides when that is needed.
        updateConfig({ vite: { build: { emptyOutDir: false } } });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = path.resolve(fileURLToPath(config.outDir));
        settings = { site: config.site, base: config.base, trailingSlash: config.trailingSlash, format: config.build.format };
        // Astro's cache folder belongs to one output folder (see astro.config.mjs), and so does the manifest.
        manifestFile = path.join(fileURLToPath(config.cacheDir), 'crosscheck-pages.json');
      },
      'astro:build:start': async ({ logger }) => {
        code = await fingerprintSite(root, settings);
        const stored = await readManifest(manifestFile);
        const previous = stored?.code === code ? stored : null;
        // A build that fails half-way may have rewritten some pages: with no manifest left, the next one starts afresh.
        await rm(manifestFile, { force: true });
        if (!previous) {
          logger.info(stored ? 'the site’s code or settings changed: rendering every page' : 'no earlier build here: rendering every page');
          await emptyFolder(outDir);
        }
        // Pagefind writes a new bundle over the old one without removing the old files; `npm run build` indexes
        // the site again after Astro, so the old bundle goes now rather than pile up.
        await rm(path.join(outDir, 'pagefind'), { recursive: true, force: true });
        startBuild(previous, (file) => existsSync(path.join(outDir, file)));
      },
      'astro:build:done': async ({ logger }) => {
        const result = finishBuild(code);
        if (!result) return;
        for (const file of result.removed) await removePage(outDir, file);
        await mkdir(path.dirname(manifestFile), { recursive: true });
        await writeFile(manifestFile, JSON.stringify(result.manifest));
        let rendered = 0;
        let kept = 0;
        for (const counts of result.counts.values()) {
          rendered += counts.rendered;
          kept += counts.kept;
        }
        logger.info(`record pages: ${rendered} rendered, ${kept} unchanged and kept, ${result.removed.length} removed`);
      },
    },
  };
}
