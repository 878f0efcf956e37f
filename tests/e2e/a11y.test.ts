import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { launchChromium } from '../support/browser.ts';
import { serveDirectory, type SiteServer } from '../support/serve.ts';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');
const dist = path.resolve(import.meta.dirname, '../../dist');
let server: SiteServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveDirectory(dist);
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** One page of every kind the site has (the story page is checked where a corpus has copies: copies.test.ts). */
const pageKinds: Array<[string, string]> = [
  ['home', ''],
  ['article', 'articles/us-drone-strike-in-kabul-kills-suicide-bombers/'],
  ['statement', 'claims/john-kirby-we-retain-all-necessary-authorities-to/'],
  ['statement with figures', 'claims/department-of-the-department-of-defense-revealed-on/'],
  ['statements by coverage', 'statements/'],
  ['sources', 'sources/'],
  ['anonymous source', 'sources/senior-taliban-insider-us-drone-strike/'],
  ['entities', 'entities/'],
  ['person', 'entities/joe-biden/'],
  ['event', 'events/drone-strike-in-kabul-2021-08-29/'],
  ['statement event', 'events/admission-by-department-of-defense-2021-09-17/'],
  ['timeline', 'timeline/'],
  ['filtered timeline', 'timeline/taliban/'],
  ['search', 'search/?q=civilians'],
  ['compare', 'compare/'],
  ['compare two articles', 'compare/pentagon-says-it-will-not-seek-taliban-approval/us-moves-to-use-pakistani-airspace-for-afghanistan/'],
  ['not found', '404.html'],
];

describe('accessibility (axe-core)', () => {
  test.each(pageKinds)('%s page has no violations, in light and dark', async (_kind, sitePath) => {
    for (const colorScheme of ['light', 'dark'] as const) {
      // axe is injected as an inline script, which the site's Content-Security-Policy rightly refuses.
      const page = await browser.newPage({ colorScheme, bypassCSP: true });
      await page.goto(server.url + sitePath);
      if (sitePath.startsWith('search')) await page.locator('.pf-result-link').first().waitFor();
      await page.addScriptTag({ path: axePath });
      const violations = await page.evaluate(async () => {
        const result = await (window as unknown as { axe: { run: () => Promise<{ violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> }> } }).axe.run();
        return result.violations.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, `${sitePath} (${colorScheme})`).toEqual([]);
      await page.close();
    }
  });
});
