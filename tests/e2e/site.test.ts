import { Ajv2020 } from 'ajv/dist/2020.js';
import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { CorpusSchema, type Corpus } from '../../src/schema/index.ts';
import { launchChromium } from '../support/browser.ts';
import { findBrokenLinks } from '../support/links.ts';
import { serveDirectory, type SiteServer } from '../support/serve.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');
const screenshots = path.join(root, 'test-results/screenshots');

let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build` first (`npm test` does)');
  server = await serveDirectory(dist);
  browser = await launchChromium();
  await mkdir(screenshots, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the built site', () => {
  test('home lists the articles and links to a reader page that shows the article text', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await expect(page.title()).resolves.toBe('Crosscheck');
    const links = page.locator('.article-list h3 a');
    expect(await links.count()).toBe(5);

    await page.getByRole('link', { name: 'US drone strike targets ISIS-K planner after Kabul airport attack' }).click();
    await page.waitForURL(/\/articles\/us-drone-strike-targets-isis-k-planner-after\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('US drone strike targets ISIS-K planner after Kabul airport attack');
    const body = await page.locator('.article-body').innerText();
    expect(body).toContain('Captain Bill Urban, spokesperson for the US Central Command, said in a statement.');
    // The teaser list after the story is shown collapsed and labelled as excluded.
    const furniture = page.locator('details.furniture');
    await expect(furniture.count()).resolves.toBe(1);
    await expect(furniture.locator('summary').innerText()).resolves.toMatch(/excluded\s+unrelated headlines listed after the story \(26 lines\)/i);
    await expect(furniture.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);
    await page.close();
  });

  test('the reader links each name to its entity page, which links back to the sentence', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}articles/pentagon-says-it-will-not-seek-taliban-approval/`);
    await page.locator('a.mention', { hasText: 'John Kirby' }).first().click();
    await page.waitForURL(/\/entities\/john-kirby\/$/);
    await expect(page.locator('h1').textContent()).resolves.toBe('John Kirby');
    await expect(page.locator('.roles').innerText()).resolves.toContain('Pentagon spokesperson');
    await expect(page.locator('.roles').innerText()).resolves.toContain('US Defense Department spokesman');
    await page.locator('a.context', { hasText: 'did not disclose' }).click();
    await page.waitForURL(/\/articles\/pentagon-says-it-will-not-seek-taliban-approval\/#p\d+-s\d+$/);
    const target = await page.evaluate(() => document.querySelector(':target')?.textContent ?? '');
    expect(target).toMatch(/^Kirby did not disclose/);
    await page.close();
  });

  test('the entities index lists people, organisations and places', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}entities/`);
    for (const [section, name] of [['People', 'Zemari Ahmadi'], ['Organisations', 'Nutrition and Education International'], ['Places', 'Abbey Gate']] as const) {
      const list = page.locator('section', { has: page.getByRole('heading', { name: section, exact: true }) });
      await expect(list.getByRole('link', { name, exact: true }).count()).resolves.toBe(1);
    }
    await page.close();
  });

  test('a claim in the reader links to its permalink, which names its source, shows the other rendition and links back', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}articles/us-moves-to-use-pakistani-airspace-for-afghanistan/`);
    const claim = page.locator('.sentence.claim-direct', { hasText: 'We retain all necessary authorities' });
    await expect(claim.count()).resolves.toBe(1);
    await page.locator('p', { has: claim }).locator('a.claim-link').last().click();
    await page.waitForURL(/\/claims\/john-kirby-we-retain-all-necessary-authorities-to\/$/);
    await expect(page.locator('.facts').innerText()).resolves.toMatch(/Source\s+John Kirby/);
    const renditions = page.locator('.rendition');
    await expect(renditions.count()).resolves.toBe(1);
    await expect(renditions.innerText()).resolves.toContain('Without addressing specific rules of engagement');
    await expect(renditions.locator('.word-diff del').count()).resolves.toBeGreaterThan(0);
    await page.getByRole('link', { name: 'Read it in the article →' }).click();
    await page.waitForURL(/\/articles\/us-moves-to-use-pakistani-airspace-for-afghanistan\/#p\d+-s\d+$/);
    await page.close();
  });

  test('the sources index lists anonymous sources in the article’s words, linking to their claims', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}sources/`);
    const anonymous = page.locator('section', { has: page.getByRole('heading', { name: 'Anonymous', exact: true }) });
    await anonymous.getByRole('link', { name: 'a senior Taliban insider' }).click();
    await expect(page.locator('h1').textContent()).resolves.toBe('a senior Taliban insider');
    await expect(page.locator('.claim-item').count()).resolves.toBe(3);
    await page.close();
  });

  test('the timeline lists the Kabul drone strike with its reports, and an event page shows its figure table', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}timeline/`);
    await expect(page.locator('.timeline-chart svg circle').count()).resolves.toBeGreaterThan(5);
    const strike = page.locator('.timeline-event', { hasText: 'Drone strike in Kabul' });
    await expect(strike.innerText()).resolves.toMatch(/3 articles/);
    await strike.getByRole('link', { name: 'Drone strike in Kabul' }).click();
    await page.waitForURL(/\/events\/drone-strike-in-kabul-2021-08-29\/$/);
    await expect(page.locator('time').first().textContent()).resolves.toBe('Sunday 29 August 2021');
    const table = page.locator('table.figures', { hasText: 'civilians killed' });
    await expect(table.locator('caption').innerText()).resolves.toMatch(/sources disagree/i);
    await expect(table.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(4);
    await page.close();
  });

  test('the timeline filters by person without JavaScript', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}timeline/`);
    await page.locator('.filters').getByRole('link', { name: 'Joe Biden' }).click();
    await page.waitForURL(/\/timeline\/joe-biden\/$/);
    const events = await page.locator('.timeline-event a').allInnerTexts();
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(14);
    await page.close();
  });

  test('the compare view shows who covered what and links two articles side by side with their shared statement', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}compare/`);
    const row = page.locator('.matrix tbody tr', { has: page.getByRole('link', { name: 'Drone strike in Kabul' }) });
    await expect(row.locator('td.cell-covered').count()).resolves.toBe(3);
    await page.getByRole('link', { name: /Pentagon says it will not seek Taliban approval.*US moves to use Pakistani airspace/ }).click();
    await expect(page.locator('#statements + .rendition, .rendition').first().innerText()).resolves.toContain('clear airspace with the Taliban');
    await page.close();
  });

  test('home is a dashboard linking to the headline events, most-cited sources and disagreements', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await expect(page.locator('#headline-events + ol li').first().innerText()).resolves.toMatch(/Drone strike in Kabul.*3 articles/s);
    await expect(page.locator('#disagree + ul').innerText()).resolves.toMatch(/civilians killed, 3–11/);
    await page.close();
  });

  test('no page links to a missing page or anchor', async () => {
    const { pages, links, broken } = await findBrokenLinks(dist);
    expect(pages).toBeGreaterThan(50);
    expect(links).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });

  test('reading pages ship no JavaScript', async () => {
    const page = await browser.newPage();
    for (const sitePath of ['', 'articles/biden-promised-that-isis-k-would-pay/', 'entities/', 'entities/joe-biden/', 'sources/', 'claims/john-kirby-without-addressing-specific-rules-of-engagement/']) {
      await page.goto(server.url + sitePath);
      // JSON-LD is data, not a script that runs.
      await expect(page.locator('script:not([type="application/ld+json"])').count()).resolves.toBe(0);
    }
    await page.close();
  });

  test('takes screenshots of every page kind at phone and desktop widths', async () => {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const [name, sitePath] of [
        ['home', ''],
        ['article', 'articles/biden-promised-that-isis-k-would-pay/'],
        ['entities', 'entities/'],
        ['entity', 'entities/john-kirby/'],
        ['claim', 'claims/john-kirby-without-addressing-specific-rules-of-engagement/'],
        ['sources', 'sources/'],
        ['timeline', 'timeline/'],
        ['event', 'events/drone-strike-in-kabul-2021-08-29/'],
        ['compare', 'compare/'],
      ] as const) {
        await page.goto(server.url + sitePath);
        const file = path.join(screenshots, `${name}-${width}.png`);
        await page.screenshot({ path: file, fullPage: true });
        expect(existsSync(file)).toBe(true);
        // Nothing is wider than the viewport: no sideways scrolling on a phone.
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `${name} at ${width} px`).toBeLessThanOrEqual(width);
      }
      await page.close();
    }
  });
});

describe('the records export', () => {
  let records: Corpus;
  beforeAll(async () => {
    records = JSON.parse(await readFile(path.join(dist, 'data/records.json'), 'utf8')) as Corpus;
  });

  test('validates against the published JSON Schema', async () => {
    const schema = JSON.parse(await readFile(path.join(dist, 'data/records.schema.json'), 'utf8')) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    const validate = ajv.compile(schema);
    expect(validate(records), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  test('validates against the zod schema too', () => {
    expect(CorpusSchema.safeParse(records).success).toBe(true);
  });

  test('has the five articles, each with its file, and body and furniture separated', () => {
    expect(records.articles.map((a) => a.file)).toEqual([
      'seeds/000_d9d98ab03fb78f62.txt',
      'seeds/001_7999bad3e4a4883b.txt',
      'seeds/002_e89b3c2d54e9788f.txt',
      'seeds/003_9b1a2fffc024e419.txt',
      'seeds/004_89ddbcb7d91a0613.txt',
    ]);
    const furnitureOf = (file: string) => records.articles.find((a) => a.file === file)!.paragraphs.filter((p) => p.furniture).length;
    expect(furnitureOf('seeds/001_7999bad3e4a4883b.txt')).toBe(26);
    expect(furnitureOf('seeds/003_9b1a2fffc024e419.txt')).toBe(0);
    for (const key of ['entities', 'sources', 'claims', 'events'] as const) expect(Array.isArray(records[key])).toBe(true);
  });

  test('is the pipeline’s corpus for the seeds, record for record', async () => {
    expect(records).toEqual(JSON.parse(JSON.stringify((await runPipeline(path.join(root, 'seeds'), root)).corpus)));
  });
});
