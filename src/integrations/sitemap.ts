/**
 * An Astro integration that writes `sitemap.xml` after the build from the pages in the output folder, so that
 * it lists every page, including those an incremental build kept rather than rendered again; redirect pages are left out.
 */
import type { AstroIntegration } from 'astro';
import { open, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** How many pages' heads are read at once. */
const headsAtOnce = 64;

/** The protocol's limit on URLs in one sitemap file. */
const maxUrls = 50_000;

const escapeXml = (text: string) => text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);

/** A sitemap of absolute page URLs, sorted; throws past the protocol's limit rather than write a bad file. */
export function sitemapXml(urls: readonly string[]): string {
  if (urls.length > maxUrls) throw new Error(`sitemap: ${urls.length} pages is more than one sitemap file may list (${maxUrls})`);
  const entries = [...urls].sort().map((url) => `<url><loc>${escapeXml(url)}</loc></url>`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('\n')}\n</urlset>\n`;
}

/** True for a page that only sends readers elsewhere (`<meta http-equiv="refresh">` in its head): not a page to list. */
export function isRedirectPage(head: string): boolean {
  return /<meta\s+http-equiv="refresh"/iu.test(head);
}

/** Reads the start of a file, where a page's head is. */
async function readHead(file: string, bytes = 1024): Promise<string> {
  const handle = await open(file);
  try {
    const buffer = Buffer.alloc(bytes);
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** The page paths of an output folder: every `index.html` that is not a redirect, as its folder path with a trailing slash. */
export async function pagePaths(outDir: string): Promise<string[]> {
  const entries = await readdir(outDir, { recursive: true, withFileTypes: true });
  const pages = entries.filter((entry) => entry.isFile() && entry.name === 'index.html');
  // A few files at a time: a site of tens of thousands of pages would otherwise run out of file handles.
  const heads: string[] = [];
  for (let i = 0; i < pages.length; i += headsAtOnce) heads.push(...(await Promise.all(pages.slice(i, i + headsAtOnce).map((entry) => readHead(path.join(entry.parentPath, entry.name))))));
  return pages
    .filter((_entry, i) => !isRedirectPage(heads[i]!))
    .map((entry) => path.relative(outDir, entry.parentPath).split(path.sep).filter(Boolean).map((part) => `${part}/`).join(''));
}

/** Writes `sitemap.xml` into the output folder after each build. */
export function sitemap(): AstroIntegration {
  let outDir = '';
  let origin: URL | undefined;
  return {
    name: 'crosscheck-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        origin = config.site ? new URL(config.base, config.site) : undefined;
      },
      'astro:build:done': async ({ logger }) => {
        if (!origin) return logger.warn('no `site` configured: sitemap.xml not written');
        const site = origin.href.endsWith('/') ? origin.href : `${origin.href}/`;
        const urls = (await pagePaths(outDir)).map((page) => new URL(page, site).href);
        await writeFile(path.join(outDir, 'sitemap.xml'), sitemapXml(urls));
        logger.info(`sitemap.xml lists ${urls.length} pages`);
      },
    },
  };
}
