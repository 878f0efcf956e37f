import { describe, expect, test } from 'vitest';
import { isDictionaryWord, namesPerson } from '../../src/pipeline/document/wordnet.ts';

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

describe('isDictionaryWord', () => {
  test.each([
    ['Science', true],
    ['prevention', true],
    ['Listing', true],
    ['States', true],
    ['Courtois', false],
    ['Tuktarov', false],
  ])('%s → %s', (word, expected) => {
    expect(isDictionaryWord(word)).toBe(expected);
  });
});
