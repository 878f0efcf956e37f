/**
 * One story, many outlets: a folder holding three copies of one seed article under different file names (and one
 * other article) builds one story page, one permalink per statement listing the three articles that carry it,
 * static redirects for the permalinks the copies' renditions would have had, and no compare page between copies.
 */
import { readFile, mkdtemp, readdir, writeFile, copyFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Corpus } from '../../src/schema/index.ts';
import { launchChromium } from '../support/browser.ts';
import { buildSite, siteFolder } from '../support/build-site.ts';
import { findBrokenLinks } from '../support/links.ts';
import { serveDirectory, type SiteServer } from '../support/serve.ts';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const root = path.resolve(import.meta.dirname, '../..');
let out: string;
let records: Corpus;
let server: SiteServer;
let browser: Browser;

// The Pakistani airspace article three times over, as three papers would run the same wire copy, beside the
// Pentagon article, which renders one of its statements in other words.
beforeAll(async () => {
  const seeds = await mkdtemp(path.join(os.tmpdir(), 'copies-seeds-'));
  for (const name of ['100_wire.txt', '200_herald.txt', '300_courier.txt']) await copyFile(path.join(root, 'seeds/002_e89b3c2d54e9788f.txt'), path.join(seeds, name));
  await copyFile(path.join(root, 'seeds/000_d9d98ab03fb78f62.txt'), path.join(seeds, '000_pentagon.txt'));
  await writeFile(path.join(seeds, 'editorial.yaml'), 'articles:\n  000_pentagon.txt:\n    published: 2021-09-30\n');
  out = await siteFolder('copies');
  await buildSite({ seeds, out });
  records = JSON.parse(await readFile(path.join(out, 'data/records.json'), 'utf8')) as Corpus;
  server = await serveDirectory(out);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const copies = () => records.articles.filter((a) => a.storyId !== null);

describe('three copies of one article', () => {
  test('make one story, with its one page listing each copy', async () => {
    expect(records.stories).toHaveLength(1);
    expect(copies()).toHaveLength(3);
    expect(await readdir(path.join(out, 'stories'))).toEqual([records.stories[0]!.id]);
    const page = await browser.newPage();
    await page.goto(`${server.url}stories/${records.stories[0]!.id}/`);
    await expect(page.locator('.copies > li.copy').count()).resolves.toBe(3);
    await expect(page.locator('.copy-summary').allInnerTexts()).resolves.toContain('the same text, word for word');
    await expect(page.locator('.meta').first().innerText()).resolves.toBe('Carried by 3 articles, none naming their outlet');
    await page.close();
  });

  test('give each statement one permalink, which lists the three articles carrying it, whoever its source', async () => {
    const story = records.stories[0]!;
    // Anonymous sources are scoped to the story, so "a senior official" in three copies is one source and folds too.
    const statements = records.claims.filter((c) => story.articleIds.includes(c.articleId));
    expect(statements.some((c) => records.sources.find((s) => s.id === c.sourceId)?.type === 'anonymous')).toBe(true);
    expect(statements.length).toBeGreaterThan(5);
    const page = await browser.newPage();
    for (const claim of statements) {
      expect(claim.carriedIn, claim.id).toHaveLength(3);
      await page.goto(`${server.url}claims/${claim.id}/`);
      await expect(page.locator('#carried').innerText(), claim.id).resolves.toMatch(/^Carried word for word by 3 articles/u);
      await expect(page.locator('.carried-list li').count(), claim.id).resolves.toBe(3);
    }
    await page.close();
  });

  test('make the permalinks the copies’ renditions would have had static redirects to the one statement page', async () => {
    const folded = records.claims.flatMap((c) => c.aliasIds.map((alias) => [alias, c.id] as const));
    expect(folded.length).toBeGreaterThan(3);
    for (const [alias, id] of folded) {
      const html = await readFile(path.join(out, `claims/${alias}/index.html`), 'utf8');
      expect(html, alias).toContain(`<meta http-equiv="refresh" content="0; url=/claims/${id}/">`);
    }
    const page = await browser.newPage({ javaScriptEnabled: false });
    const [alias, id] = folded[0]!;
    await page.goto(`${server.url}claims/${alias}/`);
    await page.waitForURL(new RegExp(`/claims/${id}/$`, 'u'));
    await page.close();
  });

  test('are never compared with one another; the other article is compared with them', async () => {
    const ids = new Set(copies().map((a) => a.id));
    const pairs = (await readdir(path.join(out, 'compare'), { recursive: true })).filter((f) => f.endsWith('index.html') && f !== 'index.html').map((f) => f.split(path.sep).slice(0, 2));
    expect(pairs.length).toBeGreaterThan(0);
    for (const [a, b] of pairs) expect(ids.has(a!) && ids.has(b!), `${a} / ${b}`).toBe(false);
  });

  test('each copy’s reader highlights the statements it carries and points to the story', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    for (const article of copies()) {
      await page.goto(`${server.url}articles/${article.id}/`);
      await expect(page.locator('.story-note').innerText()).resolves.toMatch(/ran in 3 articles, none naming their outlet/u);
      await expect(page.locator('a.speaker').count(), article.id).resolves.toBeGreaterThan(3);
    }
    await page.close();
  });

  test('the story page is accessible in light and dark, valid HTML, and every link resolves', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme, bypassCSP: true });
      await page.goto(`${server.url}stories/${records.stories[0]!.id}/`);
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string }> }> } }).axe.run();
        return result.violations.map((v) => v.id);
      });
      expect(violations, colorScheme).toEqual([]);
      await page.close();
    }
    const report = await new HtmlValidate(new FileSystemConfigLoader()).validateFile(path.join(out, `stories/${records.stories[0]!.id}/index.html`));
    expect(report.results.flatMap((r) => r.messages.map((m) => m.message))).toEqual([]);
    expect((await findBrokenLinks(out)).broken).toEqual([]);
  });
});
