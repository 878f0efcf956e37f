/**
 * A per-article result cache on disk, so `astro build` after a one-article change parses one article.
 * Entries are keyed by the file's digest; the whole cache is dropped when the pipeline's own code changes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnalysisCache, ArticleResult } from './index.ts';

/** A cache that can be saved after a run. */
export interface PersistentCache extends AnalysisCache {
  /** Writes the entries used in this run (and only those) back to disk. */
  save(): Promise<void>;
}

/**
 * Digests the given files, and every file under the given folders whose name `accept`s (TypeScript sources
 * by default): a change to the code invalidates every cached result. A path that does not exist counts as empty.
 */
export async function fingerprintCode(paths: readonly string[], accept: (name: string) => boolean = (name) => name.endsWith('.ts')): Promise<string> {
  const hash = createHash('sha256');
  for (const start of paths) {
    const info = await stat(start).catch(() => undefined);
    const files = !info
      ? []
      : info.isFile()
        ? [start]
        : (await readdir(start, { recursive: true, withFileTypes: true }))
            .filter((entry) => entry.isFile() && accept(entry.name))
            .map((entry) => path.join(entry.parentPath, entry.name))
            .sort();
    for (const file of files) hash.update(file).update(await readFile(file));
  }
  return hash.digest('hex');
}

/** Opens the cache file; a missing, unreadable or outdated file starts an empty cache. */
export async function openFileCache(file: string, fingerprint: string): Promise<PersistentCache> {
  let stored: Record<string, ArticleResult> = {};
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as { fingerprint?: string; entries?: Record<string, ArticleResult> };
    if (parsed.fingerprint === fingerprint && parsed.entries) stored = parsed.entries;
  } catch {
    // No cache yet, or a damaged one: both mean parsing everything once.
  }
  const used = new Map<string, ArticleResult>();
  return {
    get(key) {
      const hit = used.get(key) ?? stored[key];
      if (hit) used.set(key, hit);
      return hit;
    },
    set(key, result) {
      used.set(key, result);
    },
    async save() {
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, JSON.stringify({ fingerprint, entries: Object.fromEntries(used) }));
    },
  };
}
