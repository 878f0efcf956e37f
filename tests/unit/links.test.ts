import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { findBrokenLinks } from '../support/links.ts';

describe('findBrokenLinks', () => {
  test('reports missing pages and missing anchors, and passes good links', async () => {
    const dist = await mkdtemp(path.join(os.tmpdir(), 'dist-'));
    await mkdir(path.join(dist, 'a'), { recursive: true });
    await writeFile(path.join(dist, 'index.html'), '<a href="/a/">ok</a><a href="/a/#s1">ok</a><a href="/a/#nope">bad anchor</a><a href="/b/">bad page</a><a href="https://x.org/">external</a>');
    await writeFile(path.join(dist, 'a/index.html'), '<p id="s1">x</p><a href="../">up</a>');
    const { links, broken } = await findBrokenLinks(dist);
    expect(links).toBe(5);
    expect(broken).toEqual([
      { page: 'index.html', href: '/a/#nope', reason: 'no element with id "nope"' },
      { page: 'index.html', href: '/b/', reason: 'no such file' },
    ]);
  });

  test('checks links against the base path', async () => {
    const dist = await mkdtemp(path.join(os.tmpdir(), 'dist-'));
    await writeFile(path.join(dist, 'index.html'), '<a href="/sub/">ok</a><a href="/other/">bad</a>');
    const { broken } = await findBrokenLinks(dist, '/sub/');
    expect(broken.map((b) => b.href)).toEqual(['/other/']);
  });
});
