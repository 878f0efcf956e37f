/**
 * The built seeds' site, read as a reader would: the front page, the reader, statements, people, events, the
 * timeline, compare pages, redirects, the records export, canonical URLs, feed and sitemap. Reads `dist/`, which
 * `npm test` builds first.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { CorpusSchema, type Corpus } from '../../src/schema/index.ts';
import { launchChromium } from '../support/browser.ts';
import { testSiteUrl } from '../support/build-env.ts';
import { findBrokenLinks } from '../support/links.ts';
import { serveDirectory, type SiteServer } from '../support/serve.ts';

const root = path.resolve(import.meta.dirname, '../..');
const dist = path.join(root, 'dist');

let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(dist, 'index.html'))) throw new Error('dist/ is missing: run `npm run build:test` first (`npm test` does)');
  server = await serveDirectory(dist);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('the front page', () => {
  test('says what the story is in two sentences, offers places to start, and lists the five articles', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await expect(page.title()).resolves.toBe('Crosscheck');
    const summary = await page.locator('.intro .lede').allInnerTexts();
    expect(summary).toHaveLength(2);
    expect(summary[0]).toMatch(/^5 articles, from .*Dawn.* report \d+ dated events; the most reported are drone strike in Kabul \(29 Aug 2021\)/u);
    expect(summary[1]).toMatch(/^The sources disagree on civilians killed in the drone strike in Kabul, from 3 to 11; the most cited are /u);
    await expect(page.locator('.start-list li').count()).resolves.toBeGreaterThanOrEqual(4);
    await expect(page.locator('.article-list h3 a').count()).resolves.toBe(5);
    await page.close();
  });
});

describe('the reader', () => {
  test('shows, without JavaScript, the speaker of a claim attributed by a pronoun, in visible text beside its words', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    await page.goto(`${server.url}articles/us-drone-strike-targets-isis-k-planner-after/`);
    // "“The threat is ongoing, and it is active. Our troops are still in danger,” she said." — "she" is Jen Psaki.
    const sentence = page.locator('.sentence', { hasText: 'Our troops are still in danger' });
    const speaker = sentence.locator('a.speaker');
    await expect(speaker.locator('.speaker-name').innerText()).resolves.toBe('Jen Psaki');
    await expect(speaker.locator('.speaker-type').innerText()).resolves.toMatch(/person/u);
    const box = await speaker.boundingBox();
    expect(box!.width).toBeGreaterThan(40);
    expect(box!.height).toBeGreaterThan(10);
    await expect(speaker.evaluate((el) => getComputedStyle(el).visibility)).resolves.toBe('visible');
    await expect(speaker.getAttribute('href')).resolves.toBe('/claims/jen-psaki-the-threat-is-ongoing-and-it/');
    await page.close();
  });

  test('highlights statements by kind of source, with a legend a reader can see, and leaves the article’s own voice plain', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}articles/us-drone-strike-targets-isis-k-planner-after/`);
    const legend = page.locator('.reader-key .legend li');
    await expect(legend.allInnerTexts()).resolves.toEqual(expect.arrayContaining([expect.stringMatching(/^Named person \d+$/u), expect.stringMatching(/^Anonymous source \d+$/u)]));
    for (const swatch of await page.locator('.reader-key .swatch').all()) {
      const box = await swatch.boundingBox();
      expect(box!.width).toBeGreaterThanOrEqual(12);
    }
    const colour = (text: string) => page.locator('span.claim', { hasText: text }).first().evaluate((el) => getComputedStyle(el).backgroundColor);
    const person = await colour('Our troops are still in danger');
    const anonymous = await colour('diplomatic sources told journalists');
    expect(person).not.toBe(anonymous);
    const plain = page.locator('.sentence', { hasText: 'Qatar is facilitating the transit' });
    await expect(plain.locator('span.claim').count()).resolves.toBe(0);
    await page.close();
  });

  test('keeps the sentence readable around a date: the resolved day in quiet brackets after its words', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}articles/biden-promised-that-isis-k-would-pay-not/`);
    const text = await page.locator('.article-body').innerText();
    expect(text).toMatch(/Wednesday \[1 Sep\]/u);
    expect(text).not.toMatch(/·\s*(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d/u);
    await page.close();
  });

  test('sets page furniture apart in plain words, collapsed, and shows no file path', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}articles/us-drone-strike-targets-isis-k-planner-after/`);
    const furniture = page.locator('details.furniture');
    await expect(furniture.locator('summary').innerText()).resolves.toMatch(/not part of the story\s+unrelated headlines listed after the story \(26 lines\)/iu);
    await expect(furniture.evaluate((el) => (el as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/seeds\/|\.txt/u);
    await page.close();
  });

  test('links each name to its page, which links back to the sentence', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}articles/pentagon-says-it-will-not-seek-taliban-approval/`);
    await page.locator('a.mention', { hasText: 'John Kirby' }).first().click();
    await page.waitForURL(/\/entities\/john-kirby\/$/u);
    await expect(page.locator('h1').textContent()).resolves.toBe('John Kirby');
    await expect(page.locator('.roles').innerText()).resolves.toContain('Pentagon spokesperson');
    await page.locator('details.mention-group', { hasText: 'Pentagon says it will not seek' }).locator('summary').click();
    await page.locator('a.context', { hasText: 'did not disclose' }).click();
    await page.waitForURL(/\/articles\/pentagon-says-it-will-not-seek-taliban-approval\/#p\d+-s\d+$/u);
    await expect(page.evaluate(() => document.querySelector(':target')?.textContent ?? '')).resolves.toMatch(/^Kirby did not disclose/u);
    await page.close();
  });
});

describe('statements and the people who made them', () => {
  test('a statement’s page says who, when and where, how widely it is carried, and shows its other rendition word by word', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}claims/john-kirby-we-retain-all-necessary-authorities-to/`);
    await expect(page.locator('h1 .speaker-name').innerText()).resolves.toBe('John Kirby');
    const facts = await page.locator('.facts').innerText();
    expect(facts).toMatch(/Said\s+by 24 Oct 2021/u);
    expect(facts).toMatch(/Word for word in\s+this article only/u);
    const rendition = page.locator('.rendition');
    await expect(rendition.count()).resolves.toBe(1);
    await expect(rendition.innerText()).resolves.toContain('Without addressing specific rules of engagement');
    await expect(rendition.locator('.word-diff del').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/\bCue\b|CLAIM ·|EXCLUDED|Claim by/u);
    await page.getByRole('link', { name: 'Read it in the article →' }).click();
    await page.waitForURL(/\/articles\/us-moves-to-use-pakistani-airspace-for-afghanistan\/#p\d+-s\d+$/u);
    await page.close();
  });

  test('a person’s one page lists what they said, the two renditions of one statement together', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}entities/john-kirby/`);
    const statements = page.locator('#said ~ .statements > li.statement, section:has(#said) .statements > li.statement');
    const withRendition = statements.filter({ has: page.locator('.renditions') });
    await expect(withRendition.count()).resolves.toBe(1);
    const text = await withRendition.innerText();
    expect(text).toMatch(/We have all required authority|Without addressing specific rules of engagement/u);
    expect(text).toMatch(/We retain all necessary authorities/u);
    await page.close();
  });

  test('a named source’s old page is a static redirect to the person’s page; an anonymous source keeps its page', async () => {
    const html = await readFile(path.join(dist, 'sources/john-kirby/index.html'), 'utf8');
    expect(html).toMatch(/<meta http-equiv="refresh" content="0; url=\/entities\/john-kirby\/"/u);
    expect(html).not.toMatch(/<script/u);
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}sources/john-kirby/`);
    await page.waitForURL(/\/entities\/john-kirby\/$/u);
    await page.goto(`${server.url}sources/senior-taliban-insider-us-drone-strike/`);
    await expect(page.locator('h1').textContent()).resolves.toBe('A senior Taliban insider');
    await expect(page.locator('.statements > li.statement').count()).resolves.toBe(3);
    await page.close();
  });

  test('the statements list ranks statements by how many articles carry them, and can be read in the order they were made', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}statements/`);
    const counts = (await page.locator('.coverage').allInnerTexts()).map((text) => Number(text.match(/^(\d+) articles?/u)?.[1]));
    expect(counts.length).toBeGreaterThan(10);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    await page.getByRole('link', { name: 'In the order they were made' }).click();
    await page.waitForURL(/\/statements\/by-date\/$/u);
    const days = await page.locator('.statement-meta time').evaluateAll((els) => els.map((el) => el.getAttribute('datetime') ?? ''));
    expect(days).toEqual([...days].sort());
    await page.close();
  });
});

describe('events and the timeline', () => {
  test('the Kabul drone strike: its figures side by side, a vague number in words, and its account in the order it was given', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}events/drone-strike-in-kabul-2021-08-29/`);
    await expect(page.locator('.meta time').first().textContent()).resolves.toBe('Sunday 29 August 2021');
    const civilians = page.locator('table.figures', { hasText: 'civilians killed' });
    await expect(civilians.locator('caption').innerText()).resolves.toMatch(/sources disagree/iu);
    await expect(civilians.locator('tbody tr').count()).resolves.toBeGreaterThanOrEqual(4);
    const vague = page.locator('table.figures td.vague').first();
    await expect(vague.innerText()).resolves.toMatch(/several .*\(no number\)/u);
    // Later statements sit in a folded list: read the words whether shown or folded.
    const accounts = await page.locator('section:has(#accounts) .statements > li.statement > .statement-words').evaluateAll((els) => els.map((el) => el.textContent ?? ''));
    const first = accounts.findIndex((a) => a.includes('first claimed'));
    const admission = accounts.findIndex((a) => a.includes('revealed on September 17'));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(admission).toBeGreaterThan(first);
    await page.close();
  });

  test('the timeline puts the 17 September admission among the events, as a statement about the strike', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}timeline/`);
    const admission = page.locator('.timeline-event.is-statement', { hasText: 'Admission by Department of Defense' });
    await expect(admission.innerText()).resolves.toMatch(/about Drone strike in Kabul/u);
    await page.close();
  });

  test('the chart has a key, and its type stays readable on a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${server.url}timeline/`);
    await expect(page.locator('.chart-legend li').count()).resolves.toBeGreaterThanOrEqual(4);
    await expect(page.locator('svg.chart-wide').isVisible()).resolves.toBe(false);
    const heights = await page.locator('svg.chart-narrow text').evaluateAll((els) => els.filter((el) => el.textContent).map((el) => el.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(5);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(11);
    await page.close();
  });

  test('the timeline filters by person without JavaScript', async () => {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.goto(`${server.url}timeline/`);
    await page.locator('details.filters summary').click();
    await page.locator('details.filters').getByRole('link', { name: 'Joe Biden' }).click();
    await page.waitForURL(/\/timeline\/joe-biden\/$/u);
    const events = await page.locator('.timeline-event > a').allInnerTexts();
    expect(events.length).toBeGreaterThan(0);
    expect(events.length).toBeLessThan(20);
    await page.close();
  });
});

describe('compare', () => {
  test('the coverage table fits a phone and shows who covered the drone strike', async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${server.url}compare/`);
    const row = page.locator('.matrix tbody tr', { has: page.getByRole('link', { name: 'Drone strike in Kabul' }) });
    await expect(row.locator('td.cell-covered').count()).resolves.toBe(3);
    const fits = await page.locator('.matrix').evaluate((table) => table.getBoundingClientRect().right <= window.innerWidth);
    expect(fits).toBe(true);
    await page.close();
  });

  test('two articles side by side show only what both carry or disagree on', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}compare/`);
    await page.getByRole('link', { name: /Pentagon says it will not seek Taliban approval.*US moves to use Pakistani airspace/u }).click();
    const shared = page.locator('section:has(#statements) .rendition');
    await expect(shared.count()).resolves.toBe(1);
    await expect(shared.innerText()).resolves.toMatch(/retain all necessary authorities/u);
    // Each shared statement shows its two renditions; no list of the claims only one of them has.
    await expect(page.locator('main .statement').count()).resolves.toBe(2);
    await page.close();
  });
});

describe('the whole site', () => {
  test('no page links to a missing page or anchor', async () => {
    const { pages, links, broken } = await findBrokenLinks(dist);
    expect(pages).toBeGreaterThan(50);
    expect(links).toBeGreaterThan(500);
    expect(broken).toEqual([]);
  });

  test('reading pages ship no JavaScript', async () => {
    const page = await browser.newPage();
    for (const sitePath of ['', 'articles/biden-promised-that-isis-k-would-pay-not/', 'entities/joe-biden/', 'sources/', 'claims/john-kirby-without-addressing-specific-rules-of-engagement/', 'timeline/', '404.html']) {
      await page.goto(server.url + sitePath);
      // JSON-LD is data, not a script that runs.
      await expect(page.locator('script:not([type="application/ld+json"])').count(), sitePath).resolves.toBe(0);
    }
    await page.close();
  });

  test('no page kind is wider than a phone or a desktop screen', async () => {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 } });
      for (const sitePath of ['', 'articles/biden-promised-that-isis-k-would-pay-not/', 'entities/john-kirby/', 'claims/department-of-the-department-of-defense-revealed-on/', 'events/drone-strike-in-kabul-2021-08-29/', 'timeline/', 'compare/', 'statements/', 'sources/', '404.html']) {
        await page.goto(server.url + sitePath);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth, `${sitePath} at ${width} px`).toBeLessThanOrEqual(width);
      }
      await page.close();
    }
  });

  test('a 404 page offers a way on', async () => {
    const html = await readFile(path.join(dist, '404.html'), 'utf8');
    expect(html).toMatch(/<h1>Page not found<\/h1>/u);
    expect(html).toMatch(/<form class="big-search" role="search" action="\/search\/"/u);
  });

  test('canonical links, the feed and the sitemap are made from the configured site, and the sitemap lists no redirect', async () => {
    const home = await readFile(path.join(dist, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${testSiteUrl}">`);
    const feed = await readFile(path.join(dist, 'rss.xml'), 'utf8');
    expect(feed).toContain(`<link>${testSiteUrl}articles/`);
    expect(feed).not.toMatch(/crosscheck\.example/u);
    const sitemap = await readFile(path.join(dist, 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/gu)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(100);
    for (const url of urls) expect(url.startsWith(testSiteUrl), url).toBe(true);
    expect(urls).not.toContain(`${testSiteUrl}sources/john-kirby/`);
    expect(urls).toContain(`${testSiteUrl}entities/john-kirby/`);
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
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/u);
    const validate = ajv.compile(schema);
    expect(validate(records), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  test('validates against the zod schema too', () => {
    expect(CorpusSchema.safeParse(records).success).toBe(true);
  });

  test('is the pipeline’s corpus for the seeds, record for record, stories included', async () => {
    expect(records).toEqual(JSON.parse(JSON.stringify((await runPipeline(path.join(root, 'seeds'), root)).corpus)));
    expect(records.stories).toEqual([]);
  }, 300_000);
});
