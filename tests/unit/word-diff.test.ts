import { describe, expect, test } from 'vitest';
import { wordDiff } from '../../src/lib/view/shared.ts';

describe('wordDiff', () => {
  test('a struck word and the word that replaces it are set apart by a space, so the line reads "bombers attackers", not "bombersattackers"', () => {
    const parts = wordDiff('several suicide bombers', 'several suicide attackers');
    const shown = parts.map((p) => p.value).join('');
    expect(shown).toBe('several suicide bombers attackers');
    expect(parts.filter((p) => p.kind !== 'same').map((p) => [p.kind, p.value.trim()])).toEqual([
      ['removed', 'bombers'],
      ['added', 'attackers'],
    ]);
  });

  test('words the two texts share are kept once', () => {
    expect(wordDiff('the same words', 'the same words')).toEqual([{ value: 'the same words', kind: 'same' }]);
  });
});
