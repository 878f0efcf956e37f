import { describe, expect, test } from 'vitest';
import { fromStored, toStored } from '../../src/lib/stored-record.ts';

describe('stored records', () => {
  test('a record is stored as one JSON string and read back equal', () => {
    const record = { id: 'x', text: 'He said “no” <script>', figures: [{ value: 12, what: 'civilians', qualifier: null }] };
    const stored = toStored(record);
    expect(Object.values(stored).every((value) => typeof value === 'string')).toBe(true);
    expect(fromStored(stored)).toEqual(record);
  });

  test('the stored text is ASCII, so V8 keeps it at one byte per character, and reads back every character', () => {
    const record = { text: 'Curly “quotes”, an en dash – é, and an emoji 😀 outside the BMP' };
    const stored = toStored(record);
    expect(stored.json).toMatch(/^[\0-\x7f]*$/u);
    expect(stored.json).toContain('\\u201c');
    expect(fromStored(stored)).toEqual(record);
  });
});
