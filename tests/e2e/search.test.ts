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
  if (!existsSync(path.join(dist, 'pagefind/pagefind.js'))) throw new Error('dist/pagefind is missing: run `npm run build` first (`npm test` does)');
  server = await serveDirectory(dist);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The number Pagefind reports in "38 results for civilians". */
async function resultCount(page: Page): Promise<number> {
  const message = await page.locator('.pagefind-ui__message').innerText();
  return Number(message.match(/^(\d+)/)?.[1] ?? Number.NaN);
}

describe('search', () => {
  test('the header form searches from any page, with no script on that page', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}entities/`);
    await page.getByRole('searchbox', { name: 'Search claims, people and events' }).fill('Kirby');
    await page.getByRole('button', { name: 'Search' }).first().click();
    await page.waitForURL(/\/search\/\?q=Kirby$/);
    await page.locator('.pagefind-ui__result').first().waitFor();
    await expect(page.locator('.pagefind-ui__result-title').allInnerTexts()).resolves.toContain('John Kirby');
    await page.close();
  });

  test('"civilians" finds claims from at least three articles, each showing its speaker and article; a facet narrows them', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=civilians`);
    await page.locator('.pagefind-ui__result').first().waitFor();
    const all = await resultCount(page);

    await page.locator('.pagefind-ui__filter-name').getByText('Type', { exact: true }).waitFor();
    await page.getByRole('checkbox', { name: /^Claim/ }).check();
    await expect.poll(() => resultCount(page)).toBeLessThan(all);
    const claims = await resultCount(page);
    expect(claims).toBeGreaterThanOrEqual(5);

    // Load every claim result, then read their tags.
    while (await page.locator('.pagefind-ui__button', { hasText: 'Load more' }).count()) {
      await page.locator('.pagefind-ui__button', { hasText: 'Load more' }).click();
    }
    await expect.poll(() => page.locator('.pagefind-ui__result').count()).toBe(claims);
    const results = await page.locator('.pagefind-ui__result').all();
    const articles = new Set<string>();
    for (const result of results) {
      const tags = await result.locator('.pagefind-ui__result-tag').allInnerTexts();
      expect(tags.some((t) => t.startsWith('Speaker:')), tags.join(' | ')).toBe(true);
      const article = tags.find((t) => t.startsWith('Article:'));
      expect(article, tags.join(' | ')).toBeDefined();
      articles.add(article!);
    }
    expect(articles.size).toBeGreaterThanOrEqual(3);
    await page.close();
  });

  test('the search page is usable with the keyboard', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    const input = page.locator('.pagefind-ui__search-input');
    await input.waitFor();
    await input.focus();
    await page.keyboard.type('Zemari');
    await page.locator('.pagefind-ui__result').first().waitFor();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toMatch(/INPUT|BUTTON|A/);
    await page.close();
  });
});

describe('a reader’s path', () => {
  test('search result → claim → its sentence in the article → the speaker → the event → its figure table, without a dead end', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent('missile killed nine civilians')}`);
    await page.locator('.pagefind-ui__result-link', { hasText: 'A witness informed CNN' }).first().click();
    await page.waitForURL(/\/claims\//);
    await expect(page.locator('h1').textContent()).resolves.toBe('Claim by A witness');

    await page.getByRole('link', { name: 'Read it in the article →' }).click();
    await page.waitForURL(/\/articles\/us-drone-strike-in-kabul-kills-suicide-bombers\/#p\d+-s\d+$/);
    await expect(page.evaluate(() => document.querySelector(':target')?.textContent ?? '')).resolves.toMatch(/^A witness informed CNN/);

    await page.goBack();
    await page.locator('.facts').getByRole('link', { name: 'A witness' }).click();
    await page.waitForURL(/\/sources\//);
    await page.goBack();

    await page.locator('.facts').getByRole('link', { name: 'Drone strike in Kabul', exact: true }).click();
    await page.waitForURL(/\/events\/drone-strike-in-kabul-2021-08-29\/$/);
    const table = page.locator('table.figures', { hasText: 'civilians killed' });
    await expect(table.locator('tbody tr', { hasText: 'A witness' }).locator('td.num').innerText()).resolves.toBe('9');
    await page.close();
  });
});
