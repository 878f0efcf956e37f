/**
 * What a statement says, for comparison: its content lemmas, weighted by how rare they are in the corpus, and a
 * similarity that counts a word as shared when the other statement has it or a WordNet relative of it — so that a
 * translation or a paraphrase ("killed two planners of the attack" / "slew two of the attack's planners") meets.
 */
import { comparisonStopwords } from '../rules/compare.ts';
import type { Lexicon } from './lexicon.ts';

/** A statement's content lemmas, distinct, in order; the words its source is cited by ("US", "military") left out. */
export function statementWords(lemmas: readonly string[], sourceWordings: readonly string[]): string[] {
  // Lemmas are singular: "officials" in a wording is "official" in the statement.
  const label = new Set(sourceWordings.flatMap((w) => (w.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).flatMap((x) => [x, x.replace(/(?<=..)s$/u, '')])));
  const words = lemmas
    .map((l) => l.normalize('NFKD').replace(/\p{M}/gu, '').replace(/['’]s$/u, ''))
    .filter((w) => w.startsWith('entity:') || (/^[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u.test(w) && w.length > 1 && !comparisonStopwords.has(w) && !label.has(w)));
  return [...new Set(words)];
}

/** Each word's weight: the log of how rare it is among the statements (inverse document frequency), at least 1. */
export function wordWeights(statements: ReadonlyArray<readonly string[]>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const words of statements) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
  const total = Math.max(1, statements.length);
  return new Map([...counts].map(([w, n]) => [w, Math.max(1, Math.log(1 + total / n))]));
}

/** How much two statements share: the words matched (same lemma, else a related one), and the weighted overlap. */
export interface Overlap {
  shared: number;
  /** Shared weight over the weight of both statements' words together, 0–1. */
  score: number;
}

/**
 * Compares two statements: takes their words, the weights and the lexicon; returns the overlap. Each word of the
 * first is matched to one word of the second, an identical word before a related one, rarer words first.
 */
export function statementOverlap(a: readonly string[], b: readonly string[], weight: ReadonlyMap<string, number>, lexicon: Lexicon): Overlap {
  const w = (word: string) => weight.get(word) ?? 1;
  const open = new Set(b);
  let shared = 0;
  let sharedWeight = 0;
  const byRarity = [...a].sort((x, y) => w(y) - w(x));
  const unmatched: string[] = [];
  for (const word of byRarity) {
    if (open.delete(word)) {
      shared++;
      sharedWeight += w(word);
    } else unmatched.push(word);
  }
  for (const word of unmatched) {
    const partner = [...open].find((other) => lexicon.related(word, other));
    if (partner === undefined) continue;
    open.delete(partner);
    shared++;
    sharedWeight += (w(word) + w(partner)) / 2;
  }
  const total = a.reduce((sum, x) => sum + w(x), 0) + b.reduce((sum, x) => sum + w(x), 0) - sharedWeight;
  return { shared, score: total === 0 ? 0 : sharedWeight / total };
}
