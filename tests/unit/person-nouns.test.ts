import { describe, expect, test } from 'vitest';
import { namesPerson } from '../../src/pipeline/document/person-nouns.ts';

describe('namesPerson (WordNet noun.person)', () => {
  test.each([
    ['suspect', true],
    ['forecaster', true],
    ['advocate', true],
    ['poster', false],
    ['report', false],
    ['police', false],
    ['Kabul', false],
  ])('%s → %s: by the most frequent sense', (lemma, expected) => {
    expect(namesPerson(lemma)).toBe(expected);
  });
});
