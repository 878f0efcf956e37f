/**
 * Search as a reader uses it: one box, results that say who said it, where and when, excerpts of record content
 * only, filters that list what the results hold (most first) and stay folded on a phone. Reads `dist/`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveDirectory, type SiteServer } from '../support/serve.ts';

const dist = path.resolve(import.meta.dirname, '../../dist');
let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(dist, 'pagefind/pagefind.js'))) throw new Error('dist/pagefind is missing: run `npm run build:test` first (`npm test` does)');
  server = await serveDirectory(dist);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the search page for a query and waits for its first result. */
async function search(query: string, width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${server.url}search/?q=${encodeURIComponent(query)}`);
  await page.locator('.pf-result-link').first().waitFor();
  return page;
}

/** The number in "15 results for civilians". */
async function resultCount(page: Page): Promise<number> {
  return Number((await page.locator('pagefind-summary').innerText()).match(/(\d+) results?/u)?.[1] ?? Number.NaN);
}

/**
 * Scrolls until every result has loaded: Pagefind fills in a result only when it scrolls into view. Polls with a
 * generous limit, since a busy machine is slow; how long it takes is never the test.
 */
async function loadAll(page: Page, expected: number): Promise<void> {
  await expect
    .poll(
      async () => {
        const waiting = page.locator('.pf-result[aria-hidden="true"]').first();
        if (await waiting.count()) await waiting.scrollIntoViewIfNeeded();
        return page.locator('.pf-result-link').count();
      },
      { timeout: 60_000, interval: 250 },
    )
    .toBeGreaterThanOrEqual(expected);
}

/** A filter's values as shown: name and count, in order, hidden ones left out. */
async function filterValues(page: Page, filter: string): Promise<Array<[string, number]>> {
  return page.locator(`details.pf-filter-group[data-filter-name="${filter}"] label.pf-filter-checkbox:not([data-pf-hidden])`).evaluateAll((labels) =>
    labels.map((label) => {
      const count = label.querySelector('.pf-filter-checkbox-count')?.textContent ?? '';
      return [(label.textContent ?? '').slice(0, -count.length).trim(), Number(count)] as [string, number];
    }),
  );
}

describe('search', () => {
  test('the header form searches from any page; the search page has one search box', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}entities/`);
    await page.getByRole('searchbox', { name: 'Search statements, people and events' }).fill('Kirby');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/search\/\?q=Kirby$/u);
    await page.locator('.pf-result-link').first().waitFor();
    await expect(page.locator('.pf-result-link').allInnerTexts()).resolves.toContain('John Kirby');
    await expect(page.locator('input[type="search"], input[type="text"]').count()).resolves.toBe(1);
    await page.close();
  });

  test('"civilians" finds statements from at least three articles, each showing who said it, the outlet and when', async () => {
    const page = await search('civilians');
    const all = await resultCount(page);
    await page.locator('details.pf-filter-group[data-filter-name="type"] label', { hasText: 'Statement' }).click();
    await expect.poll(() => resultCount(page), { timeout: 60_000 }).toBeLessThan(all);
    const statements = await resultCount(page);
    expect(statements).toBeGreaterThanOrEqual(5);
    await loadAll(page, statements);
    await expect(page.locator('.pf-result .result-speaker').count()).resolves.toBe(statements);
    const facts = await page.locator('.pf-result .result-facts').allInnerTexts();
    const outlets = new Set<string>();
    for (const line of facts) {
      expect(line, line).toMatch(/^(?:Quoted|Reported)\s+\S.*\s+(?:Said|First account|Undated)/su);
      outlets.add(line.split(/\n|\s{2,}/u)[2] ?? '');
    }
    expect(outlets.size).toBeGreaterThanOrEqual(2);
    await page.close();
  });

  test('the speaker filter lists only speakers with results, the most results first', async () => {
    const page = await search('civilians');
    await page.locator('details.pf-filter-group[data-filter-name="speaker"] summary').click();
    const speakers = await filterValues(page, 'speaker');
    expect(speakers.length).toBeGreaterThan(3);
    expect(speakers.length).toBeLessThan(20);
    for (const [, count] of speakers) expect(count).toBeGreaterThan(0);
    const counts = speakers.map(([, count]) => count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.close();
  });

  test('excerpts hold the records’ own words, never page chrome or file paths', async () => {
    const page = await search('strike');
    await loadAll(page, Math.min(await resultCount(page), 20));
    const excerpts = (await page.locator('.result-excerpt').allInnerTexts()).join('\n');
    expect(excerpts.length).toBeGreaterThan(200);
    expect(excerpts).not.toMatch(/Read it in the article|About this copy|In its paragraph|Not part of the story|seeds\/|\.txt|· person|· anonymous|Download the data/u);
    await page.close();
  });

  test('"suicide bombers" finds the statements and articles that say it, not the pages of people named in them', async () => {
    const page = await search('suicide bombers');
    const count = await resultCount(page);
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThan(20);
    const kinds = (await filterValues(page, 'type')).map(([name]) => name);
    expect(kinds).not.toContain('Person');
    expect(kinds).not.toContain('Organisation');
    await page.close();
  });

  test('on a phone the filters start folded, on a desktop open', async () => {
    for (const [width, open] of [[375, false], [1280, true]] as const) {
      const page = await search('civilians', width);
      await expect(page.locator('details.search-filters').evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(open);
      await page.close();
    }
  });

  test('the search page is usable with the keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    const input = page.locator('pagefind-input input');
    await input.waitFor();
    await input.focus();
    await page.keyboard.type('Zemari');
    await page.locator('.pf-result-link').first().waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toMatch(/INPUT|BUTTON|A|SUMMARY/u);
    await page.close();
  });
});

describe('a reader’s path', () => {
  test('search result → statement → its sentence in the article → the event → its figure table, without a dead end', async () => {
    const page = await search('missile killed nine civilians');
    await page.locator('.pf-result-link', { hasText: 'A witness informed CNN' }).first().click();
    await page.waitForURL(/\/claims\//u);
    await expect(page.locator('h1 .speaker-name').textContent()).resolves.toBe('A witness');

    await page.getByRole('link', { name: 'Read it in the article →' }).click();
    await page.waitForURL(/\/articles\/us-drone-strike-in-kabul-kills-suicide-bombers\/#p\d+-s\d+$/u);
    await expect(page.evaluate(() => document.querySelector(':target')?.textContent ?? '')).resolves.toMatch(/^A witness informed CNN/u);

    await page.goBack();
    await page.locator('.facts').getByRole('link', { name: 'Drone strike in Kabul', exact: true }).click();
    await page.waitForURL(/\/events\/drone-strike-in-kabul-2021-08-29\/$/u);
    const table = page.locator('table.figures', { hasText: 'civilians killed' });
    await expect(table.locator('tbody tr', { hasText: 'A witness' }).locator('td.num').innerText()).resolves.toBe('9');
    await page.close();
  });
});
