/**
 * `npm run screenshots`: photographs the built site at phone and desktop widths into `test-results/screenshots/`,
 * for a person to look at. Pass site paths to choose the pages (default: home); `--full` takes whole pages.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { launchChromium } from '../tests/support/browser.ts';
import { serveDirectory } from '../tests/support/serve.ts';

const root = path.resolve(import.meta.dirname, '..');
const out = path.join(root, 'test-results/screenshots');
const fullPage = process.argv.includes('--full');
const pages = process.argv.slice(2).filter((arg) => arg !== '--full');
if (pages.length === 0) pages.push('');

await mkdir(out, { recursive: true });
const server = await serveDirectory(path.join(root, 'dist'));
const browser = await launchChromium();
try {
  for (const width of [375, 1280]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    for (const sitePath of pages) {
      await page.goto(server.url + sitePath.replace(/^\//, ''));
      const name = `${sitePath.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '') || 'home'}-${width}.png`;
      await page.screenshot({ path: path.join(out, name), fullPage });
      console.log(path.join('test-results/screenshots', name));
    }
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
