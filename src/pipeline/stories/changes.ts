/**
 * What a copy changed: its paragraphs against the canonical copy's → paragraphs it added, paragraphs it cut, and
 * paragraphs it reworded (the same paragraph with some words changed), in the copy's order.
 */
import { rewordedThreshold } from '../rules/stories.ts';
import { normalisedWords } from './fingerprint.ts';

/** A copy's changes, by paragraph index (of the copy for added and reworded, of the canonical copy for cut). */
export interface CopyChanges {
  added: number[];
  cut: number[];
  reworded: Array<{ canonical: number; copy: number }>;
}

/** A paragraph to compare: its index and its text. */
export interface StoryParagraph {
  index: number;
  text: string;
}

const wordSet = (text: string) => new Set(normalisedWords(text));
const jaccard = (a: ReadonlySet<string>, b: ReadonlySet<string>) => {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared / Math.max(1, a.size + b.size - shared);
};

/**
 * Compares a copy's story paragraphs with the canonical copy's: the same words are the same paragraph; of the rest,
 * a pair that shares most words is a rewording; what is left was added (in the copy) or cut (from the canonical).
 */
export function copyChanges(canonical: readonly StoryParagraph[], copy: readonly StoryParagraph[]): CopyChanges {
  const key = (p: StoryParagraph) => normalisedWords(p.text).join(' ');
  const canonicalKeys = new Map<string, number[]>();
  for (const p of canonical) canonicalKeys.set(key(p), [...(canonicalKeys.get(key(p)) ?? []), p.index]);
  const matched = new Set<number>();
  const unmatchedCopy: StoryParagraph[] = [];
  for (const p of copy) {
    const same = (canonicalKeys.get(key(p)) ?? []).find((i) => !matched.has(i));
    if (same === undefined) unmatchedCopy.push(p);
    else matched.add(same);
  }
  const leftCanonical = canonical.filter((p) => !matched.has(p.index)).map((p) => ({ p, words: wordSet(p.text) }));
  const changes: CopyChanges = { added: [], cut: [], reworded: [] };
  for (const p of unmatchedCopy) {
    const words = wordSet(p.text);
    const best = leftCanonical
      .filter((c) => !matched.has(c.p.index))
      .map((c) => ({ c, score: jaccard(words, c.words) }))
      .sort((a, b) => b.score - a.score || a.c.p.index - b.c.p.index)[0];
    if (best && best.score >= rewordedThreshold) {
      matched.add(best.c.p.index);
      changes.reworded.push({ canonical: best.c.p.index, copy: p.index });
    } else changes.added.push(p.index);
  }
  changes.cut = canonical.filter((p) => !matched.has(p.index)).map((p) => p.index);
  return changes;
}
