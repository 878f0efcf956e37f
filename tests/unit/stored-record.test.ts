import { describe, expect, test } from 'vitest';
import { fromStored, toStored } from '../../src/lib/stored-record.ts';

describe('stored records', () => {
  test('a record is stored as one JSON string and read back equal', () => {
    const record = { id: 'x', text: 'He said “no” <script>', figures: [{ value: 12, what: 'civilians', qualifier: null }] };
    const stored = toStored(record);
    expect(Object.values(stored).every((value) => typeof value === 'string')).toBe(true);
    expect(fromStored(stored)).toEqual(record);
  });
});
