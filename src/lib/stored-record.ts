/**
 * How a record sits in Astro's data store: as its JSON text, not as an object. Astro 5 writes the whole store
 * into the build as one JavaScript module; as objects, 1,000 articles' records are about a million array
 * slots that Rollup must parse (8 s and 1 GB more peak memory in `npm run bench`), as text they are some
 * 15,000 string literals (4 s). `src/content.ts` parses them back and validates them against the schema.
 */

/** A record as the loaders store it. */
export interface StoredRecord {
  /** The record, serialised. */
  json: string;
}

/** A character as JSON escapes, one per UTF-16 unit: `\u201c` for “. */
const escapeCharacter = (character: string): string =>
  Array.from({ length: character.length }, (_, i) => `\\u${character.charCodeAt(i).toString(16).padStart(4, '0')}`).join('');

/**
 * The stored form of a record, in ASCII: V8 keeps a string with a single character beyond Latin-1 (a curly quote,
 * an en dash) at two bytes per character, and the store's module, its string literals and each record's text
 * all stay in memory for the whole build; escaped, they take half the space.
 */
export const toStored = (record: unknown): StoredRecord => ({ json: JSON.stringify(record).replace(/[^\0-\x7f]/gu, escapeCharacter) });

/** A record back from its stored form; the caller validates it. */
export const fromStored = <T>(data: unknown): T => JSON.parse((data as StoredRecord).json) as T;
