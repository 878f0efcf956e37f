/**
 * A per-article result cache on disk, so `astro build` after a one-article change parses one article.
 * Entries are keyed by the file's digest; the whole cache is dropped when the pipeline's own code changes.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { AnalysisCache, ArticleResult } from './index.ts';

/** A cache that can be saved after a run. */
export interface PersistentCache extends AnalysisCache {
  /** Writes the entries used in this run (and only those) back to disk. */
  save(): Promise<void>;
}

/** Digests every source file under the given folders: a change to the pipeline invalidates every cached result. */
export async function fingerprintCode(folders: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const folder of folders) {
    const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
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
