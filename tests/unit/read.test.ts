import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { decodeArticle, parseEditorial, readSeedFolder } from '../../src/pipeline/read.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('decodeArticle', () => {
  test('removes a UTF-8 byte-order mark', () => {
    const { input } = decodeArticle('seeds/a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...bytes('Text.')]));
    expect(input?.text).toBe('Text.');
  });

  test.each([
    ['an empty file', new Uint8Array(), /empty file/],
    ['a whitespace-only file', bytes(' \n\t\n'), /empty file/],
    ['a binary file', new Uint8Array([0x50, 0x4b, 0x00, 0x01]), /binary file \(NUL byte at offset 2\)/],
  ])('skips %s with a message naming the file', (_case, content, message) => {
    const { input, problems } = decodeArticle('seeds/x.txt', content);
    expect(input).toBeNull();
    expect(problems).toEqual([{ file: 'seeds/x.txt', severity: 'skip', message: expect.stringMatching(message) }]);
  });

  test('reads Latin-1 bytes as Windows-1252 and warns', () => {
    const { input, problems } = decodeArticle('seeds/l.txt', new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x2e]));
    expect(input?.text).toBe('Café.');
    expect(problems[0]).toMatchObject({ file: 'seeds/l.txt', severity: 'warning', message: expect.stringMatching(/not valid UTF-8/) });
  });

  test('the same bytes give the same digest, different bytes a different one', () => {
    const a = decodeArticle('a.txt', bytes('Same.')).input!.digest;
    expect(decodeArticle('b.txt', bytes('Same.')).input!.digest).toBe(a);
    expect(decodeArticle('a.txt', bytes('Other.')).input!.digest).not.toBe(a);
  });
});

describe('parseEditorial', () => {
  test('names the field that is wrong', () => {
    const { problems } = parseEditorial('seeds/editorial.yaml', 'articles:\n  a.txt:\n    published: 24 October\n');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.file).toBe('seeds/editorial.yaml');
    expect(problems[0]!.message).toMatch(/articles\.a\.txt\.published/);
  });

  test('rejects an unknown field, naming it', () => {
    const { problems } = parseEditorial('seeds/editorial.yaml', 'articles:\n  a.txt:\n    claims: [x]\n');
    expect(problems[0]!.message).toMatch(/claims/);
  });

  test('reports YAML syntax errors and carries on with no editorial data', () => {
    const { editorial, problems } = parseEditorial('seeds/editorial.yaml', 'articles: [unclosed\n');
    expect(editorial).toEqual({ articles: {}, aliases: [] });
    expect(problems[0]).toMatchObject({ severity: 'error', message: expect.stringMatching(/not valid YAML/) });
  });

  test('accepts titles, outlets, dates and alias groups', () => {
    const source = 'articles:\n  a.txt:\n    title: T\n    outlet: null\n    published: 2021-08-29\naliases:\n  - [Pentagon, DOD]\n';
    const { editorial, problems } = parseEditorial('e.yaml', source);
    expect(problems).toEqual([]);
    expect(editorial.articles['a.txt']).toEqual({ title: 'T', outlet: null, published: '2021-08-29' });
    expect(editorial.aliases).toEqual([['Pentagon', 'DOD']]);
  });
});

describe('readSeedFolder', () => {
  test('reads .txt articles in name order and skips everything else with a message', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'seeds-'));
    await writeFile(path.join(dir, 'b.txt'), 'Second article.');
    await writeFile(path.join(dir, 'a.txt'), 'First article.');
    await writeFile(path.join(dir, 'notes.md'), '# not an article');
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'editorial.yaml'), 'articles:\n  missing.txt:\n    title: Gone\n');
    const folder = await readSeedFolder(dir, path.dirname(dir));
    const name = path.basename(dir);
    expect(folder.inputs.map((i) => i.file)).toEqual([`${name}/a.txt`, `${name}/b.txt`]);
    expect(folder.problems).toEqual([
      { file: `${name}/empty.txt`, severity: 'skip', message: expect.stringMatching(/empty/) },
      { file: `${name}/notes.md`, severity: 'skip', message: expect.stringMatching(/not an article/) },
      { file: `${name}/editorial.yaml`, severity: 'warning', message: expect.stringMatching(/missing\.txt: no such article/) },
    ]);
  });
});
