import { afterEach, describe, expect, test } from 'vitest';
import { beginPage, digest, finishBuild, onlyChangedPages, pageFile, pageKey, startBuild, trackReads, type PageManifest } from '../../src/lib/page-reads.ts';

interface Rec {
  id: string;
  text: string;
}

/**
 * One simulated build: records in a tracked lookup, one route whose page for record `id` reads that record and
 * the record named in its `see` field, the way a claim page reads its article.
 */
function build(records: Rec[], see: Record<string, string>, previous: PageManifest | null, files = new Set<string>(), prefix = 'test') {
  startBuild(previous, (file) => files.has(file));
  const index = trackReads(prefix, { byId: new Map(records.map((r) => [r.id, r])), all: records });
  const rendered = onlyChangedPages('/recs/[id]', () => records.map((r) => ({ params: { id: r.id }, props: { id: r.id } })));
  for (const { params } of rendered) {
    beginPage('/recs/[id]', params);
    index.byId.get(params.id);
    if (see[params.id]) index.byId.get(see[params.id]!);
    files.add(pageFile('/recs/[id]', params));
  }
  const result = finishBuild('code-1')!;
  return { rendered: rendered.map((r) => r.params.id), result, files };
}

afterEach(() => {
  // A failed test must not leave a build open for the next one.
  finishBuild('');
});

describe('digest', () => {
  test('is stable and changes with the value', () => {
    expect(digest({ a: 1, b: [1, 2] })).toBe(digest({ a: 1, b: [1, 2] }));
    expect(digest({ a: 1 })).not.toBe(digest({ a: 2 }));
  });

  test('counts Maps and Sets by their entries', () => {
    expect(digest(new Map([['x', 1]]))).not.toBe(digest(new Map([['x', 2]])));
    expect(digest(new Set(['x']))).not.toBe(digest(new Set(['y'])));
  });

  test('refuses functions, which it cannot compare', () => {
    expect(() => digest({ render: () => 1 })).toThrow(/function/);
  });
});

describe('pageKey and pageFile', () => {
  test('a key does not depend on the order of params', () => {
    expect(pageKey('/compare/[a]/[b]', { a: 'x', b: 'y' })).toBe(pageKey('/compare/[a]/[b]', { b: 'y', a: 'x' }));
  });

  test('the file is the route with its params, then index.html', () => {
    expect(pageFile('/compare/[a]/[b]', { a: 'x', b: 'y' })).toBe('compare/x/y/index.html');
  });
});

describe('onlyChangedPages', () => {
  const records = [
    { id: 'a', text: 'one' },
    { id: 'b', text: 'two' },
    { id: 'c', text: 'three' },
  ];
  const see = { a: 'b' };

  test('renders every page when there is no earlier build', () => {
    expect(build(records, see, null).rendered).toEqual(['a', 'b', 'c']);
  });

  test('keeps every page when nothing changed', () => {
    const first = build(records, see, null);
    expect(build(records, see, first.result.manifest, first.files).rendered).toEqual([]);
  });

  test('renders a page again when a record it read changed, and only those pages', () => {
    const first = build(records, see, null);
    const changed = records.map((r) => (r.id === 'b' ? { ...r, text: 'TWO' } : r));
    // Page a read b; page b is b; page c read neither.
    expect(build(changed, see, first.result.manifest, first.files).rendered).toEqual(['a', 'b']);
  });

  test('renders a page again when its file is missing from the output folder', () => {
    const first = build(records, see, null);
    first.files.delete('recs/c/index.html');
    expect(build(records, see, first.result.manifest, first.files).rendered).toEqual(['c']);
  });

  test('a kept page keeps its reads, so a later change still reaches it', () => {
    const first = build(records, see, null);
    const second = build(records, see, first.result.manifest, first.files);
    const changed = records.map((r) => (r.id === 'b' ? { ...r, text: 'TWO' } : r));
    expect(build(changed, see, second.result.manifest, second.files).rendered).toEqual(['a', 'b']);
  });

  test('a page that iterated a whole lookup is rendered again when any record changes', () => {
    startBuild(null, () => true);
    const index = trackReads('whole', { all: records });
    onlyChangedPages('/recs/[id]', () => [{ params: { id: 'a' }, props: {} }]);
    beginPage('/recs/[id]', { id: 'a' });
    expect(index.all.map((r) => r.text)).toHaveLength(3);
    const manifest = finishBuild('code-1')!.manifest;
    startBuild(manifest, () => true);
    trackReads('whole', { all: [...records, { id: 'd', text: 'four' }] });
    expect(onlyChangedPages('/recs/[id]', () => [{ params: { id: 'a' }, props: {} }])).toHaveLength(1);
  });

  test('renders a page again when its props changed', () => {
    const first = build(records, {}, null);
    startBuild(first.result.manifest, () => true);
    trackReads('test', { byId: new Map(records.map((r) => [r.id, r])) });
    const rendered = onlyChangedPages('/recs/[id]', () => records.map((r) => ({ params: { id: r.id }, props: { id: r.id, ...(r.id === 'c' && { extra: true }) } })));
    expect(rendered.map((r) => r.params.id)).toEqual(['c']);
  });

  test('reads while listing the paths belong to no page', () => {
    const first = build(records, {}, null);
    startBuild(first.result.manifest, () => true);
    const index = trackReads('test', { byId: new Map(records.map((r) => [r.id, r])) });
    beginPage('/recs/[id]', { id: 'a' });
    onlyChangedPages('/recs/[id]', () => {
      index.byId.get('c');
      return [{ params: { id: 'a' }, props: { id: 'a' } }];
    });
    expect(finishBuild('code-1')!.manifest.pages[pageKey('/recs/[id]', { id: 'a' })]!.reads).toEqual(['test.byId\u0000a']);
  });
});

describe('finishBuild', () => {
  test('lists the files of pages the previous build had and this one does not', () => {
    const records = [
      { id: 'a', text: 'one' },
      { id: 'b', text: 'two' },
    ];
    const first = build(records, {}, null);
    const second = build(records.slice(0, 1), {}, first.result.manifest, first.files);
    expect(second.result.removed).toEqual(['recs/b/index.html']);
    expect(Object.keys(second.result.manifest.pages)).toEqual([pageKey('/recs/[id]', { id: 'a' })]);
  });

  test('does nothing outside a build', () => {
    expect(finishBuild('code-1')).toBeUndefined();
  });
});
