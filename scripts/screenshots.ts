/**
 * `npm run screenshots`: photographs the built site at phone (375 px) and desktop (1280 px) widths, in light and dark,
 * into `test-results/screenshots/`, for a person to look at. With no arguments it takes one page of every kind;
 * pass site paths to choose others. `--fold` takes only the first screen instead of the whole page;
 * `--dist=<folder>` photographs another built site (one with copies, for the story page). Prints each file with
 * the page's height, so that overlong pages show.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { serveDirectory } from '../tests/support/serve.ts';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'test-results/screenshots');
const dist = path.resolve(process.argv.find((arg) => arg.startsWith('--dist='))?.slice('--dist='.length) ?? path.join(root, 'dist'));
const fullPage = !process.argv.includes('--fold');
const chosen = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));

/** One page of every kind, found in the built site's records so that the paths exist. */
async function everyKind(): Promise<Array<[string, string]>> {
  const records = JSON.parse(await readFile(path.join(dist, 'data/records.json'), 'utf8')) as {
    articles: Array<{ id: string }>;
    entities: Array<{ id: string; type: string; mentions: unknown[] }>;
    claims: Array<{ id: string; clusterId: string | null; figures: unknown[] }>;
    events: Array<{ id: string; articleIds: string[]; claimIds: string[] }>;
    stories: Array<{ id: string }>;
    sources: Array<{ id: string; entityId: string | null; type: string }>;
  };
  const busiest = <T>(list: T[], size: (t: T) => number) => [...list].sort((a, b) => size(b) - size(a))[0];
  const event = busiest(records.events, (e) => e.articleIds.length * 100 + e.claimIds.length);
  const person = busiest(records.entities.filter((e) => e.type === 'person'), (e) => e.mentions.length);
  const claim = records.claims.find((c) => c.clusterId && c.figures.length > 0) ?? records.claims.find((c) => c.clusterId) ?? records.claims[0];
  const anonymous = records.sources.find((s) => s.type === 'anonymous');
  const kinds: Array<[string, string | undefined]> = [
    ['home', ''],
    ['article', records.articles.at(-1) && `articles/${records.articles.at(-1)!.id}/`],
    ['entity', person && `entities/${person.id}/`],
    ['claim', claim && `claims/${claim.id}/`],
    ['event', event && `events/${event.id}/`],
    ['timeline', 'timeline/'],
    ['compare', 'compare/'],
    ['sources', 'sources/'],
    ['source', anonymous && `sources/${anonymous.id}/`],
    ['statements', 'statements/'],
    ['story', records.stories[0] && `stories/${records.stories[0].id}/`],
    ['search', 'search/?q=civilians'],
    ['404', '404.html'],
  ];
  const pairs = await readFile(path.join(dist, 'compare/index.html'), 'utf8');
  const pair = pairs.match(/href="\/(compare\/[^"/]+\/[^"/]+\/)"/u)?.[1];
  if (pair) kinds.splice(7, 0, ['compare-pair', pair]);
  return kinds.filter((kind): kind is [string, string] => kind[1] !== undefined);
}

const pages: Array<[string, string]> = chosen.length > 0 ? chosen.map((p) => [p.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home', p.replace(/^\//, '')]) : await everyKind();

await mkdir(out, { recursive: true });
const server = await serveDirectory(dist);
const browser = await launchChromium();
try {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme });
      for (const [name, sitePath] of pages) {
        await page.goto(server.url + sitePath);
        if (sitePath.startsWith('search')) await page.locator('.pf-result-link').first().waitFor({ timeout: 60_000 }).catch(() => undefined);
        const file = `${name}-${width}-${colorScheme}.png`;
        await page.screenshot({ path: path.join(out, file), fullPage });
        const height = await page.evaluate(() => document.documentElement.scrollHeight);
        console.log(`${path.join('test-results/screenshots', file)}  ${height} px tall`);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
