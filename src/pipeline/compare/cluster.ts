/**
 * Clusters: claims of different articles that render one statement share a cluster id. Two claims render one
 * statement when their sources are compatible and their content lemmas overlap enough (`statements.ts`), helped
 * by evidence beyond the words: the same figure, the same named speaker. Clusters are complete-linkage, so no
 * chain of near misses joins two statements; candidates come from an inverted index, never from every pair.
 */
import type { Claim, Source } from '../../schema/index.ts';
import { figureEvidence, minimumContentWords, minimumSharedWords, sameSpeakerEvidence, sameStatementThreshold } from '../rules/compare.ts';
import { loadLexicon, type Lexicon } from './lexicon.ts';
import { statementOverlap, statementWords, wordWeights } from './statements.ts';

/** Named sources must be the same entity; anonymous ones, documents and outlets may render anyone's words. */
function compatible(a: Source, b: Source): boolean {
  if (a.entityId && b.entityId && a.type !== 'media' && b.type !== 'media') return a.entityId === b.entityId;
  return true;
}

/** The quantity of a figure: its number, or for a vague one its quantifier word ("several"). */
const quantityOf = (f: Claim['figures'][number]) => (f.value !== null ? String(f.value) : `~${f.text.toLowerCase().split(/\s+/u)[0]}`);

/** True when two claims give one quantity (11 in each, or "several" in each): evidence that they report one statement. */
function shareFigure(a: Claim, b: Claim): boolean {
  const quantities = new Set(a.figures.map(quantityOf));
  return b.figures.some((g) => quantities.has(quantityOf(g)));
}

/** How likely two claims render one statement, 0 and up; at or above the threshold they do. */
export function statementScore(a: { claim: Claim; words: readonly string[] }, b: { claim: Claim; words: readonly string[] }, weights: ReadonlyMap<string, number>, lexicon: Lexicon, sameNamedSpeaker: boolean): number {
  if (a.words.length < minimumContentWords || b.words.length < minimumContentWords) return 0;
  const overlap = statementOverlap(a.words, b.words, weights, lexicon);
  if (overlap.shared < minimumSharedWords) return 0;
  return overlap.score + (shareFigure(a.claim, b.claim) ? figureEvidence : 0) + (sameNamedSpeaker ? sameSpeakerEvidence : 0);
}

/**
 * Clusters claims: takes claims, their sources and each claim's lemmas (of its quote when direct, else of its
 * text); returns the claims with `clusterId` set where two or more articles render one statement. Each cluster
 * is named after its first claim. The lexicon is WordNet unless one is given.
 */
export function clusterClaims(claims: readonly Claim[], sources: readonly Source[], lemmasOf: (claim: Claim) => readonly string[], lexicon?: Lexicon): Claim[] {
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const statements = claims.map((claim) => {
    const source = sourceById.get(claim.sourceId);
    return { claim, words: statementWords(lemmasOf(claim), source ? [source.label, ...source.variants] : []) };
  });
  const weights = wordWeights(statements.map((s) => s.words));
  const words = lexicon ?? loadLexicon(new Set(statements.flatMap((s) => s.words)));
  // Candidates share a word or a word's sense; keys in more than a few percent of claims tell too little to index.
  const postings = new Map<string, number[]>();
  statements.forEach((s, i) => {
    for (const key of new Set(s.words.flatMap((w) => [w, ...words.senses(w)]))) postings.set(key, [...(postings.get(key) ?? []), i]);
  });
  const maxPostings = Math.max(50, Math.ceil(claims.length * 0.02));
  const candidates = new Set<number>();
  for (const list of postings.values()) {
    if (list.length > maxPostings) continue;
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) candidates.add(list[a]! * claims.length + list[b]!);
  }
  const scores = new Map<number, number>();
  const scoreOf = (i: number, j: number) => {
    const key = Math.min(i, j) * claims.length + Math.max(i, j);
    let score = scores.get(key);
    if (score === undefined) {
      const [a, b] = [statements[i]!, statements[j]!];
      const [sa, sb] = [sourceById.get(a.claim.sourceId)!, sourceById.get(b.claim.sourceId)!];
      const differentArticles = a.claim.articleId !== b.claim.articleId;
      score = differentArticles && compatible(sa, sb) ? statementScore(a, b, weights, words, sa.entityId !== null && sa.entityId === sb.entityId) : 0;
      scores.set(key, score);
    }
    return score;
  };
  const pairs: Array<{ i: number; j: number; score: number }> = [];
  for (const key of candidates) {
    const i = Math.floor(key / claims.length);
    const j = key % claims.length;
    const score = scoreOf(i, j);
    if (score >= sameStatementThreshold) pairs.push({ i, j, score });
  }
  // Complete linkage: a claim joins a cluster only if it matches every member, most similar pairs first.
  pairs.sort((a, b) => b.score - a.score || a.i - b.i || a.j - b.j);
  const clusterOf = claims.map((_, i) => [i]);
  for (const { i, j } of pairs) {
    const a = clusterOf[i]!;
    const b = clusterOf[j]!;
    if (a === b || !a.every((x) => b.every((y) => x === y || scoreOf(x, y) >= sameStatementThreshold))) continue;
    const merged = [...a, ...b].sort((x, y) => x - y);
    for (const k of merged) clusterOf[k] = merged;
  }
  return claims.map((claim, i) => {
    const group = clusterOf[i]!;
    return group.length > 1 ? { ...claim, clusterId: `cluster-${claims[group[0]!]!.id}` } : claim;
  });
}
