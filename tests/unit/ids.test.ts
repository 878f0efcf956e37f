import { describe, expect, test } from 'vitest';
import { assignUniqueSlugs, slugify } from '../../src/pipeline/ids.ts';

describe('slugify', () => {
  test.each([
    ['Biden promised that ISIS-K would “pay.”', 'biden-promised-that-isis-k-would-pay'],
    ['Doña Eulalia’s crew in Valparaíso', 'dona-eulalias-crew-in-valparaiso'],
    ['One two three four five six seven eight nine ten', 'one-two-three-four-five-six-seven-eight'],
    ['“…”', 'untitled'],
  ])('%j → %j', (text, expected) => {
    expect(slugify(text)).toBe(expected);
  });
});

describe('assignUniqueSlugs', () => {
  const items = [
    { file: 'b.txt', title: 'Same title' },
    { file: 'a.txt', title: 'Same title' },
    { file: 'c.txt', title: 'Other' },
  ];
  test('gives colliding slugs a suffix in key order, whatever the input order', () => {
    const ids = assignUniqueSlugs(items, (i) => slugify(i.title), (i) => i.file);
    expect(ids).toEqual(['same-title-2', 'same-title', 'other']);
    const reversed = assignUniqueSlugs([...items].reverse(), (i) => slugify(i.title), (i) => i.file);
    expect(reversed).toEqual(['other', 'same-title', 'same-title-2']);
  });
  test('never hands out the same slug twice, even against a natural "-2"', () => {
    const ids = assignUniqueSlugs(['x', 'x', 'x-2'], (s) => s, (s) => s);
    expect(new Set(ids).size).toBe(3);
  });
});
