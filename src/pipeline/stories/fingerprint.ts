/**
 * Fingerprints: an article's story text → its word shingles → a MinHash signature. A few lines of well-known
 * technique (Broder 1997) rather than a dependency: FNV-1a hashes of each five-word shingle, mixed with one seed per
 * hash function, and the minimum of each kept.
 */
import { shingleWords, signatureLength } from '../rules/stories.ts';

/** FNV-1a, 32 bits: a fast, well-spread hash of a string. */
export function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** The words of a text, lowercased, accents and punctuation dropped. */
export function normalisedWords(text: string): string[] {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** The hashes of a text's word shingles (runs of `shingleWords` words), as a set; a short text is one shingle. */
export function shingles(text: string): Set<number> {
  const words = normalisedWords(text);
  const set = new Set<number>();
  if (words.length === 0) return set;
  for (let i = 0; i + shingleWords <= Math.max(words.length, shingleWords); i++) set.add(fnv1a(words.slice(i, i + shingleWords).join(' ')));
  return set;
}

/** Seeds of the hash functions, fixed so that two runs give the same signatures. */
const seeds = Array.from({ length: signatureLength }, (_, i) => fnv1a(`crosscheck-minhash-${i}`));

/** The MinHash signature of a shingle set: for each seed, the least mixed hash. */
export function signature(set: ReadonlySet<number>): Uint32Array {
  const mins = new Uint32Array(signatureLength).fill(0xffffffff);
  for (const shingle of set) {
    for (let k = 0; k < signatureLength; k++) {
      // A cheap mix of the shingle's hash with the seed (xorshift-multiply), one per hash function.
      let h = (shingle ^ seeds[k]!) >>> 0;
      h = Math.imul(h ^ (h >>> 16), 0x7feb352d) >>> 0;
      h = Math.imul(h ^ (h >>> 15), 0x846ca68b) >>> 0;
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < mins[k]!) mins[k] = h;
    }
  }
  return mins;
}

/** The share of equal positions of two signatures: an estimate of their sets' Jaccard similarity. */
export function estimatedJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < a.length; k++) if (a[k] === b[k]) same++;
  return same / a.length;
}
