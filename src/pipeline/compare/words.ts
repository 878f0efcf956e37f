/**
 * Words to compare short texts by, without a tagger: crude stems of content words, and their Jaccard similarity.
 * The event stage threads mentions by them, and figures stem what they count; statements are compared by lemmas
 * and synonyms instead (`statements.ts`).
 */
import { comparisonStopwords } from '../rules/compare.ts';

/** Reduces a word to a crude stem so "authority" and "authorities", "strike" and "strikes" meet. */
export function stem(word: string): string {
  return word
    .replace(/ies$/u, 'y')
    .replace(/(?<=[a-z]{3})(?:ing|ed|es|s)$/u, '')
    .replace(/e$/u, '');
}

/** The stemmed content words of a claim-like text: its quote when it has one, else its text, the source's own name left out. */
export function contentWords(claim: { quote: string | null; text: string; mode: 'direct' | 'indirect' }, sourceLabel: string): Set<string> {
  const label = new Set(sourceLabel.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const body = claim.mode === 'direct' && claim.quote ? claim.quote : claim.text;
  const words = (body.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').match(/[a-z0-9]+/g) ?? []).filter(
    (w) => !comparisonStopwords.has(w) && !label.has(w) && w.length > 1,
  );
  return new Set(words.map(stem));
}

/** The words two sets share, and their Jaccard similarity. */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): { shared: number; jaccard: number } {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  const union = a.size + b.size - shared;
  return { shared, jaccard: union === 0 ? 0 : shared / union };
}
