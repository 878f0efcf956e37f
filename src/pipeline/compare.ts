/**
 * Comparison across articles: claims that render one statement (the same speaker or compatible sources, and
 * many of the same content words) share a cluster id. The measure is the Jaccard similarity of stemmed content
 * words, |A ∩ B| / |A ∪ B|; clusters are complete-linkage, so no chain of near misses joins two statements.
 */
import type { Claim, Source } from '../schema/index.ts';
import { comparisonStopwords, minimumContentWords, minimumSharedWords, sameStatementThreshold } from './rules/compare.ts';

/** Reduces a word to a crude stem so "authority" and "authorities", "strike" and "strikes" meet. */
export function stem(word: string): string {
  return word
    .replace(/ies$/u, 'y')
    .replace(/(?<=[a-z]{3})(?:ing|ed|es|s)$/u, '')
    .replace(/e$/u, '');
}

/** The stemmed content words of a claim: its quote when it has one, else its text, the source's own name left out. */
export function contentWords(claim: Pick<Claim, 'quote' | 'text' | 'mode'>, sourceLabel: string): Set<string> {
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

/** True when two claims' content words say they render one statement. */
export function sameStatement(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  if (a.size < minimumContentWords || b.size < minimumContentWords) return false;
  const { shared, jaccard } = similarity(a, b);
  return shared >= minimumSharedWords && jaccard >= sameStatementThreshold;
}

/** Named sources must be the same entity; anonymous ones, documents and outlets may render anyone's words. */
function compatible(a: Source, b: Source): boolean {
  if (a.entityId && b.entityId && a.type !== 'media' && b.type !== 'media') return a.entityId === b.entityId;
  return true;
}

/**
 * Clusters claims: takes claims and their sources, returns the claims with `clusterId` set where two or more
 * articles render one statement. Each cluster is named after its first claim.
 */
export function clusterClaims(claims: readonly Claim[], sources: readonly Source[]): Claim[] {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const words = claims.map((c) => contentWords(c, sourceById.get(c.sourceId)?.label ?? ''));
  const matches = (i: number, j: number) =>
    claims[i]!.articleId !== claims[j]!.articleId &&
    compatible(sourceById.get(claims[i]!.sourceId)!, sourceById.get(claims[j]!.sourceId)!) &&
    sameStatement(words[i]!, words[j]!);
  // Only claims that share enough words can match: an inverted index finds them without comparing every pair.
  // Words in more than a few percent of claims tell statements apart too little to be worth their postings.
  const postings = new Map<string, number[]>();
  words.forEach((set, i) => {
    for (const word of set) postings.set(word, [...(postings.get(word) ?? []), i]);
  });
  const maxPostings = Math.max(50, Math.ceil(claims.length * 0.02));
  const shared = new Map<number, number>();
  for (const list of postings.values()) {
    if (list.length > maxPostings) continue;
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) {
      const key = list[a]! * claims.length + list[b]!;
      shared.set(key, (shared.get(key) ?? 0) + 1);
    }
  }
  // Complete linkage: a claim joins a cluster only if it matches every member, most similar pairs first.
  const pairs: Array<{ i: number; j: number; score: number }> = [];
  for (const [key, count] of shared) {
    if (count < minimumSharedWords) continue;
    const i = Math.floor(key / claims.length);
    const j = key % claims.length;
    if (matches(i, j)) pairs.push({ i, j, score: similarity(words[i]!, words[j]!).jaccard });
  }
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const clusterOf = claims.map((_, i) => [i]);
  for (const { i, j } of pairs) {
    const a = clusterOf[i]!;
    const b = clusterOf[j]!;
    if (a === b || !a.every((x) => b.every((y) => x === y || matches(Math.min(x, y), Math.max(x, y))))) continue;
    const merged = [...a, ...b].sort((x, y) => x - y);
    for (const k of merged) clusterOf[k] = merged;
  }
  return claims.map((claim, i) => {
    const group = clusterOf[i]!;
    return group.length > 1 ? { ...claim, clusterId: `cluster-${claims[group[0]!]!.id}` } : claim;
  });
}
