import { cp, mkdtemp, readdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { buildSite, siteFolder } from '../support/build-site.ts';
import { findBrokenLinks } from '../support/links.ts';
import { serveDirectory, type SiteServer } from '../support/serve.ts';

const root = path.resolve(import.meta.dirname, '../..');
let out: string;
let log: string;
let server: SiteServer;
let browser: Browser;

// Builds a site from a folder of bad and hostile input, under a sub-path, the way a user would.
beforeAll(async () => {
  const seeds = await mkdtemp(path.join(os.tmpdir(), 'hostile-seeds-'));
  await cp(path.join(root, 'tests/fixtures/hostile'), seeds, { recursive: true });
  // A 5 MB "article", made here rather than kept in the repository.
  await writeFile(path.join(seeds, '009_huge.txt'), 'The committee met again and said nothing new. '.repeat(110_000));
  out = await siteFolder('hostile');
  log = await buildSite({ seeds, out, base: '/sub/', site: 'https://example.org' });
  server = await serveDirectory(out, '/sub/');
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('bad input', () => {
  test.each([
    ['007_empty.txt', /skipped: empty file/],
    ['008_binary.txt', /skipped: binary file \(NUL byte at offset \d+\)/],
    ['009_huge.txt', /skipped: file is \d+ bytes, over the 1048576-byte limit/],
    ['notes.md', /skipped: not an article/],
    ['004_latin1.txt', /warning: not valid UTF-8; read as Windows-1252/],
    ['editorial.yaml', /error: invalid editorial file; ignored\. articles\.001_hostile\.txt\.published/],
  ])('%s gets a message naming it', (file, message) => {
    const line = log.split('\n').find((l) => l.includes(file));
    expect(line, `no log line names ${file}`).toBeDefined();
    expect(line).toMatch(message);
  });

  test('the other articles are built as usual, two with the same title under two ids', async () => {
    const articles = (await readdir(path.join(out, 'articles'))).sort();
    expect(articles).toHaveLength(6);
    expect(articles).toEqual(expect.arrayContaining(['the-harbour-reopened-on-tuesday-the-port-authority', 'the-harbour-reopened-on-tuesday-the-port-authority-2']));
  });
});

describe('hostile text', () => {
  test('stays visible text in the reader: no script runs, no element is made from it', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    await page.goto(server.url);
    await page.locator('.article-list a', { hasText: 'Officials said on Monday' }).click();
    const body = page.locator('.article-body');
    await expect(body.innerText()).resolves.toContain('<script>alert("script")</script>');
    await expect(body.innerText()).resolves.toContain('[this link](javascript:alert(\'link\'))');
    await expect(body.innerText()).resolves.toContain('**bold** words, _emphasis_, &amp; entities such as &lt;b&gt;');
    await expect(body.locator('script, img, [onerror]').count()).resolves.toBe(0);
    await expect(page.locator('a[href^="javascript:"]').count()).resolves.toBe(0);
    for (const link of await page.locator('a.speaker').all()) {
      await link.click();
      await page.goBack();
    }
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('a site built under a sub-path', () => {
  test('every internal link and asset carries the sub-path and resolves', async () => {
    const { pages, broken } = await findBrokenLinks(out, '/sub/');
    expect(pages).toBeGreaterThan(5);
    expect(broken).toEqual([]);
  });

  test('search works there under the security headers, with no policy violation', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/iu.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${server.url}search/?q=harbour`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    await page.locator('.pf-result-link').first().waitFor();
    await expect(page.locator('.pf-result-link').count()).resolves.toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.close();
  });
});
