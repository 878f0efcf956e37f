import { appendFile, cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, siteFolder } from '../support/build-site.ts';

const root = path.resolve(import.meta.dirname, '../..');

interface BuildLog {
  rendered: number;
  kept: number;
  removed: number;
}

/** Builds `seeds` into `out` (Astro only: Pagefind indexes afresh every time) and reads the incremental build's summary from the log. */
async function build(seeds: string, out: string): Promise<BuildLog> {
  const log = await buildSite({ seeds, out, search: false });
  const summary = log.match(/record pages: (\d+) rendered, (\d+) unchanged and kept, (\d+) removed/u);
  if (!summary) throw new Error(`no incremental summary in the build log:\n${log}`);
  return { rendered: Number(summary[1]), kept: Number(summary[2]), removed: Number(summary[3]) };
}

/** Every file of a folder, by path relative to it. */
async function files(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.relative(folder, path.join(e.parentPath, e.name))).sort();
}

let seeds: string;
let incremental: string;
let first: BuildLog;
let unchanged: BuildLog;
let afterEdit: BuildLog;
let mtimesBefore: Map<string, number>;
let mtimesAfter: Map<string, number>;
let fresh: string;

const mtimes = async (folder: string) => new Map(await Promise.all((await files(folder)).filter((f) => f.endsWith('.html')).map(async (f) => [f, (await stat(path.join(folder, f))).mtimeMs] as const)));

// The seeds are built, built again unchanged, then built again after one article gains a paragraph and
// another is removed; a fresh build of the edited seeds is the reference the incremental output must equal.
beforeAll(async () => {
  seeds = await mkdtemp(path.join(os.tmpdir(), 'incremental-seeds-'));
  await cp(path.join(root, 'seeds'), seeds, { recursive: true });
  incremental = await siteFolder('incremental');
  first = await build(seeds, incremental);
  mtimesBefore = await mtimes(incremental);
  unchanged = await build(seeds, incremental);
  mtimesAfter = await mtimes(incremental);

  const names = (await readdir(seeds)).filter((f) => f.endsWith('.txt')).sort();
  await appendFile(path.join(seeds, names[3]!), '\nA spokesman for the ministry said on Monday that 12 more families had been moved to safety.\n');
  await rm(path.join(seeds, names[2]!));
  afterEdit = await build(seeds, incremental);
  fresh = await siteFolder('fresh');
  await build(seeds, fresh);
}, 900_000);

describe('incremental build', () => {
  test('the first build renders every record page', () => {
    expect(first.rendered).toBeGreaterThan(200);
    expect(first.kept).toBe(0);
  });

  test('a build with nothing changed renders no record page and leaves their files untouched', () => {
    expect(unchanged).toEqual({ rendered: 0, kept: first.rendered, removed: 0 });
    // The pages of fixed routes (home, the indexes, search, not found) are rendered every time; all others are record pages.
    const fixed = new Set(['index.html', '404.html', 'entities/index.html', 'sources/index.html', 'timeline/index.html', 'compare/index.html', 'search/index.html']);
    const recordPages = [...mtimesBefore.keys()].filter((f) => !fixed.has(f));
    expect(recordPages).toHaveLength(first.rendered);
    for (const file of recordPages) expect(mtimesAfter.get(file), file).toBe(mtimesBefore.get(file));
  });

  test('after one article changes and one is removed, only part of the pages are rendered and the removed pages are gone', () => {
    expect(afterEdit.rendered).toBeGreaterThan(0);
    expect(afterEdit.kept).toBeGreaterThan(0);
    expect(afterEdit.removed).toBeGreaterThan(0);
  });

  test('gives exactly the files a fresh build of the same input gives', async () => {
    const [ours, theirs] = await Promise.all([files(incremental), files(fresh)]);
    // Name the files that differ, so that a failure says which pages were kept or lost wrongly.
    expect({ onlyIncremental: ours.filter((f) => !theirs.includes(f)), onlyFresh: theirs.filter((f) => !ours.includes(f)) }).toEqual({ onlyIncremental: [], onlyFresh: [] });
    for (const file of ours) {
      const [a, b] = await Promise.all([readFile(path.join(incremental, file)), readFile(path.join(fresh, file))]);
      expect(a.equals(b), `${file} differs from a fresh build`).toBe(true);
    }
  });
});
