/** Internal links of a built site: every href and every fragment checked against the files in `dist`. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/** A link from a page to a site path (and fragment) that does not exist. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

const hrefPattern = /\b(?:href|src)="([^"]+)"/g;
const idPattern = /\bid="([^"]+)"/g;

/** Lists the HTML pages of a built site, as paths relative to it. */
export async function listPages(dist: string): Promise<string[]> {
  const entries = await readdir(dist, { recursive: true });
  return entries.filter((entry) => entry.endsWith('.html')).map((entry) => entry.split(path.sep).join('/')).sort();
}

/** Finds every internal link (under `base`) that points at no file, or at a fragment the target page lacks. */
export async function findBrokenLinks(dist: string, base = '/'): Promise<{ pages: number; links: number; broken: BrokenLink[] }> {
  const pages = await listPages(dist);
  const ids = new Map<string, Set<string>>();
  const html = new Map<string, string>();
  for (const page of pages) {
    const source = await readFile(path.join(dist, page), 'utf8');
    html.set(page, source);
    ids.set(page, new Set([...source.matchAll(idPattern)].map((m) => m[1]!)));
  }
  const broken: BrokenLink[] = [];
  let links = 0;
  for (const [page, source] of html) {
    for (const [, raw] of source.matchAll(hrefPattern)) {
      const value = raw!.replaceAll('&amp;', '&');
      if (/^(?:[a-z]+:|\/\/)/i.test(value)) continue;
      links++;
      const url = new URL(value, `http://site${base}${page}`);
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, href: value, reason: `outside the base path ${base}` });
        continue;
      }
      let target = decodeURIComponent(url.pathname.slice(base.length));
      if (target === '' || target.endsWith('/')) target += 'index.html';
      const exists = html.has(target) || (await readFile(path.join(dist, target)).then(() => true, () => false));
      if (!exists) {
        broken.push({ page, href: value, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !ids.get(target)?.has(fragment)) broken.push({ page, href: value, reason: `no element with id "${fragment}"` });
    }
  }
  return { pages: pages.length, links, broken };
}
