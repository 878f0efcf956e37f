import { cp, mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';

const root = path.resolve(import.meta.dirname, '../..');
const seeds = path.join(root, 'seeds');

describe('stable and reproducible records', () => {
  test('two runs over the same input give byte-identical records', async () => {
    const first = JSON.stringify((await runPipeline(seeds, root)).corpus);
    const second = JSON.stringify((await runPipeline(seeds, root)).corpus);
    expect(second).toBe(first);
  }, 120_000);

  test('adding an article changes none of the existing permalinks', async () => {
    const before = (await runPipeline(seeds, root)).corpus;
    const dir = await mkdtemp(path.join(os.tmpdir(), 'seeds-plus-'));
    await cp(seeds, dir, { recursive: true });
    await cp(path.join(root, 'tests/fixtures/unseen/zambezi-dam.txt'), path.join(dir, '005_zambezi.txt'));
    const after = (await runPipeline(dir, dir)).corpus;

    for (const kind of ['articles', 'entities', 'sources', 'claims', 'events'] as const) {
      const ids = new Set(after[kind].map((r) => r.id));
      const missing = before[kind].map((r) => r.id).filter((id) => !ids.has(id));
      expect(missing, kind).toEqual([]);
    }
    // …and each claim permalink still shows the same words.
    const textAfter = new Map(after.claims.map((c) => [c.id, c.text]));
    for (const claim of before.claims) expect(textAfter.get(claim.id), claim.id).toBe(claim.text);
    expect(after.articles).toHaveLength(before.articles.length + 1);
  }, 120_000);

});
