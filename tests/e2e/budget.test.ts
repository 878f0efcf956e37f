import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';

const dist = path.resolve(import.meta.dirname, '../../dist');

/** Gzipped bytes of a page's HTML and the stylesheets it links. */
async function pageWeight(page: string): Promise<number> {
  const html = await readFile(path.join(dist, page), 'utf8');
  const styles = [...html.matchAll(/<link rel="stylesheet" href="\/([^"]+)"/g)].map((m) => m[1]!);
  const css = await Promise.all(styles.map((s) => readFile(path.join(dist, s), 'utf8')));
  return gzipSync(html).length + css.reduce((sum, c) => sum + gzipSync(c).length, 0);
}

describe('output budgets', () => {
  test('home is at most 15 kB gzipped, HTML and CSS together', async () => {
    expect(await pageWeight('index.html')).toBeLessThanOrEqual(15_000);
  });

  test('every article page is at most 30 kB gzipped, HTML and CSS together', async () => {
    for (const id of await readdir(path.join(dist, 'articles'))) {
      expect(await pageWeight(`articles/${id}/index.html`), id).toBeLessThanOrEqual(30_000);
    }
  });

  test('no reading page ships JavaScript: only the search page loads a script (redirect pages included)', async () => {
    const pages = (await readdir(dist, { recursive: true })).filter((f) => f.endsWith('.html'));
    const withScripts = [];
    for (const page of pages) {
      const html = await readFile(path.join(dist, page), 'utf8');
      if (/<script(?![^>]*application\/ld\+json)/u.test(html)) withScripts.push(page);
    }
    expect(withScripts).toEqual(['search/index.html']);
  });
});
