/**
 * Scores extracted claims against the hand annotations in `tests/fixtures/gold/claims.json`: recall of the
 * annotated statements found with the right source, recall of those found at all, and the precision of what is
 * extracted; and the annotated cross-article pairs that share a cluster.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, Claim, Corpus } from '../../src/schema/index.ts';

interface GoldClaim {
  at: string;
  to?: string;
  source: string;
}

type Gold = Record<string, GoldClaim[] | string> & { clusters?: Array<Array<[string, string]>> };

/** The figures for one set of articles. */
export interface ClaimScore {
  annotated: number;
  extracted: number;
  /** Annotated statements found, with the right source. */
  foundWithSource: number;
  /** Annotated statements found at all, whatever the source. */
  found: number;
  /** Extracted claims that are an annotated statement with the right source. */
  correct: number;
  recall: number;
  recallAnySource: number;
  precision: number;
  missed: string[];
  wrong: string[];
}

const root = path.resolve(import.meta.dirname, '../..');

/** Reads the annotations. */
export function readClaimGold(): Gold {
  return JSON.parse(readFileSync(path.join(root, 'tests/fixtures/gold/claims.json'), 'utf8')) as Gold;
}

/** The sentence of an article around an offset, as a range; words in furniture before a sentence (a dateline) lead to it. */
function sentenceRange(article: Article, offset: number): { start: number; end: number } {
  for (const p of article.paragraphs) for (const s of p.sentences) if (offset < s.end) return s;
  throw new Error(`${article.file}: offset ${offset} is in no sentence`);
}

/** Finds words in a text whatever line breaks a hard-wrapped copy put between them; -1 when absent. */
export function findWords(text: string, words: string, from = 0): number {
  const pattern = new RegExp(words.split(/\s+/u).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+'), 'gu');
  pattern.lastIndex = from;
  return pattern.exec(text)?.index ?? -1;
}

/** Where an annotation sits in its article; an annotation that does not match the text is an error to fix. */
function locate(article: Article, claim: GoldClaim): { start: number; end: number } {
  const start = findWords(article.text, claim.at);
  if (start < 0) throw new Error(`${article.file}: annotation "${claim.at}" is not in the text`);
  const last = claim.to ? findWords(article.text, claim.to, start) : start;
  if (last < 0) throw new Error(`${article.file}: annotation end "${claim.to}" is not in the text`);
  return { start: sentenceRange(article, start).start, end: sentenceRange(article, last).end };
}

/**
 * The names a claim's source answers to: its label, its entity's name and aliases, and the wordings it was cited
 * by in the claim's own article ("DOD officials" is the Department of Defense where the article says so).
 */
export function sourceNames(corpus: Corpus, claim: Claim): string[] {
  const source = corpus.sources.find((s) => s.id === claim.sourceId)!;
  const entity = source.entityId ? corpus.entities.find((e) => e.id === source.entityId) : undefined;
  const text = corpus.articles.find((a) => a.id === claim.articleId)?.text ?? '';
  return [source.label, ...source.variants.filter((v) => text.includes(v)), ...(entity ? [entity.name, ...entity.aliases] : [])].map((n) => n.toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'"));
}

const sourceMatches = (names: readonly string[], annotated: string) =>
  annotated.split('|').some((alternative) => {
    const wanted = alternative.toLowerCase().replace(/’/gu, "'");
    return names.some((name) => name === wanted || name.includes(wanted));
  });

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** Scores the claims of a corpus for the annotated files it contains. */
export function scoreClaims(corpus: Corpus, gold: Gold): ClaimScore {
  const score: ClaimScore = { annotated: 0, extracted: 0, foundWithSource: 0, found: 0, correct: 0, recall: 0, recallAnySource: 0, precision: 0, missed: [], wrong: [] };
  for (const article of corpus.articles) {
    const annotations = gold[article.file];
    if (!Array.isArray(annotations)) continue;
    const located = annotations.map((a) => ({ ...a, range: locate(article, a) }));
    const claims = corpus.claims.filter((c) => c.articleId === article.id);
    score.annotated += located.length;
    score.extracted += claims.length;
    for (const annotation of located) {
      const near = claims.filter((c) => overlaps(c, annotation.range));
      if (near.length > 0) score.found++;
      if (near.some((c) => sourceMatches(sourceNames(corpus, c), annotation.source))) score.foundWithSource++;
      else score.missed.push(`${article.file}: ${annotation.at} — ${annotation.source}${near.length > 0 ? ` (found, source ${sourceNames(corpus, near[0]!)[0]})` : ''}`);
    }
    for (const claim of claims) {
      const names = sourceNames(corpus, claim);
      if (located.some((a) => overlaps(claim, a.range) && sourceMatches(names, a.source))) score.correct++;
      else score.wrong.push(`${article.file}: ${claim.text.slice(0, 70)} — ${names[0]}`);
    }
  }
  score.recall = score.annotated === 0 ? 1 : score.foundWithSource / score.annotated;
  score.recallAnySource = score.annotated === 0 ? 1 : score.found / score.annotated;
  score.precision = score.extracted === 0 ? 1 : score.correct / score.extracted;
  return score;
}

/** Scores clusters: annotated pairs placed in one cluster, and clustered pairs that are annotated. */
export function scoreClusters(corpus: Corpus, gold: Gold): { annotatedPairs: number; foundPairs: number; clusteredPairs: number; correctPairs: number } {
  const claimAt = (file: string, at: string) => {
    const article = corpus.articles.find((a) => a.file === file);
    if (!article) return undefined;
    const offset = findWords(article.text, at);
    return corpus.claims.find((c) => c.articleId === article.id && c.start <= offset && offset < c.end);
  };
  const files = new Set(corpus.articles.map((a) => a.file));
  const goldPairs = (gold.clusters ?? []).filter(([a, b]) => files.has(a![0]) && files.has(b![0])).map(([a, b]) => [claimAt(...a!), claimAt(...b!)] as const);
  const foundPairs = goldPairs.filter(([a, b]) => a?.clusterId && a.clusterId === b?.clusterId).length;
  const clusters = new Map<string, Claim[]>();
  for (const claim of corpus.claims) if (claim.clusterId) clusters.set(claim.clusterId, [...(clusters.get(claim.clusterId) ?? []), claim]);
  let clusteredPairs = 0;
  let correctPairs = 0;
  for (const members of clusters.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        clusteredPairs++;
        if (goldPairs.some(([a, b]) => (a === members[i] && b === members[j]) || (a === members[j] && b === members[i]))) correctPairs++;
      }
    }
  }
  return { annotatedPairs: goldPairs.length, foundPairs, clusteredPairs, correctPairs };
}
