import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { pagePaths, sitemapXml } from '../../src/integrations/sitemap.ts';

describe('sitemapXml', () => {
  test('lists the URLs sorted, with XML characters escaped', () => {
    const xml = sitemapXml(['https://example.org/b/', 'https://example.org/a/?x=1&y=2']);
    expect(xml.indexOf('/a/')).toBeLessThan(xml.indexOf('/b/'));
    expect(xml).toContain('<loc>https://example.org/a/?x=1&#38;y=2</loc>');
    expect(xml).not.toMatch(/&y/);
  });

  test('refuses more URLs than one sitemap file may hold', () => {
    expect(() => sitemapXml(Array.from({ length: 50_001 }, (_, i) => `https://example.org/${i}/`))).toThrow(/50000/);
  });
});

describe('pagePaths', () => {
  test('finds every index.html as a folder path, and nothing else', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'sitemap-'));
    await mkdir(path.join(out, 'claims/x'), { recursive: true });
    await writeFile(path.join(out, 'index.html'), '');
    await writeFile(path.join(out, 'claims/x/index.html'), '');
    await writeFile(path.join(out, 'rss.xml'), '');
    expect((await pagePaths(out)).sort()).toEqual(['', 'claims/x/']);
  });

  test('leaves out redirect pages: they only send readers elsewhere', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'sitemap-'));
    await mkdir(path.join(out, 'claims/old'), { recursive: true });
    await mkdir(path.join(out, 'claims/new'), { recursive: true });
    await writeFile(path.join(out, 'claims/old/index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=/claims/new/"></head></html>');
    await writeFile(path.join(out, 'claims/new/index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>x</title></head></html>');
    expect(await pagePaths(out)).toEqual(['claims/new/']);
  });
});
