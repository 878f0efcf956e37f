import { describe, expect, test } from 'vitest';
import { digest, pageFile, pageKey, selectPagesToRender } from '../../src/lib/page-keys.ts';

describe('digest', () => {
  test('is the same for the same data whatever the key order, and differs when any value differs', () => {
    expect(digest({ a: 1, b: [1, { c: 'x' }] })).toBe(digest({ b: [1, { c: 'x' }], a: 1 }));
    expect(digest({ a: 1, b: [1, { c: 'x' }] })).not.toBe(digest({ a: 1, b: [1, { c: 'y' }] }));
    expect(digest({ a: 1, gone: undefined })).toBe(digest({ a: 1 }));
    expect(digest(['a', 'b'])).not.toBe(digest(['ab']));
  });

  test('refuses what is not plain data', () => {
    expect(() => digest({ f: () => 1 })).toThrow(/plain data/);
    expect(() => digest({ m: new Map() })).toThrow(/plain data/);
  });
});

describe('pageFile', () => {
  test.each<[string, Record<string, string | undefined>, string]>([
    ['/claims/[id]', { id: 'john-kirby-we-retain' }, 'claims/john-kirby-we-retain/index.html'],
    ['/compare/[a]/[b]', { a: 'x', b: 'y' }, 'compare/x/y/index.html'],
    ['/statements/[...page]', { page: undefined }, 'statements/index.html'],
    ['/statements/[...page]', { page: '2' }, 'statements/2/index.html'],
  ])('%s with %j writes %s', (route, params, file) => {
    expect(pageFile(route, params)).toBe(file);
  });
});

describe('selectPagesToRender', () => {
  const paths = [
    { params: { id: 'a' }, props: { view: { words: 'one' } } },
    { params: { id: 'b' }, props: { view: { words: 'two' } } },
    { params: { id: 'c' }, props: { view: { words: 'three' } } },
  ];
  const previous = Object.fromEntries(paths.map((p) => [`claims/${p.params.id}/index.html`, pageKey('code-1', p.props)]));

  test('with no previous build, renders every page and records each file’s key', () => {
    const selection = selectPagesToRender('/claims/[id]', paths, 'code-1', null, () => true);
    expect(selection.render).toHaveLength(3);
    expect(selection.kept).toBe(0);
    expect(selection.pages).toEqual(previous);
  });

  test('keeps a page whose props are unchanged and whose file exists; renders a changed one and one whose file is gone', () => {
    const changed = paths.map((p) => (p.params.id === 'b' ? { ...p, props: { view: { words: 'two, edited' } } } : p));
    const selection = selectPagesToRender('/claims/[id]', changed, 'code-1', previous, (file) => file !== 'claims/c/index.html');
    expect(selection.render.map((p) => p.params.id)).toEqual(['b', 'c']);
    expect(selection.kept).toBe(1);
  });

  test('renders everything when the site’s code changed', () => {
    expect(selectPagesToRender('/claims/[id]', paths, 'code-2', previous, () => true).render).toHaveLength(3);
  });

  test('refuses two pages that would write one file', () => {
    expect(() => selectPagesToRender('/claims/[id]', [paths[0]!, paths[0]!], 'code-1', null, () => true)).toThrow(/two pages/);
  });
});
