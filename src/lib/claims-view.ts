/**
 * What claim, source and article pages show about claims: source types counted per article, the renditions of a
 * statement with a word-level diff, and the sentence marks of the reader. Pure functions over the records.
 */
import { diffWords } from 'diff';
import { h } from 'hastscript';
import type { Claim, Source, SourceType } from '../schema/index.ts';

/** How an article's claims split over the types of source cited. */
export type Transparency = Record<SourceType, number> & { total: number };

/** Counts an article's claims by the type of their source. */
export function sourceTransparency(claims: readonly Claim[], sourcesById: ReadonlyMap<string, Source>): Transparency {
  const counts: Transparency = { person: 0, organization: 0, media: 0, anonymous: 0, document: 0, total: 0 };
  for (const claim of claims) {
    const type = sourcesById.get(claim.sourceId)?.type;
    if (!type) continue;
    counts[type]++;
    counts.total++;
  }
  return counts;
}

/** Labels for source types, in the order a transparency bar shows them. */
export const sourceTypeLabels: ReadonlyArray<readonly [SourceType, string]> = [
  ['person', 'Named people'],
  ['organization', 'Organisations'],
  ['media', 'Media outlets'],
  ['document', 'Documents'],
  ['anonymous', 'Anonymous'],
];

/** A word-level difference between two renditions: words both share, and words only one has. */
export interface DiffPart {
  value: string;
  kind: 'same' | 'added' | 'removed';
}

/** Compares two renditions word by word: what the second adds and drops relative to the first. */
export function wordDiff(first: string, second: string): DiffPart[] {
  return diffWords(first, second).map((part) => ({ value: part.value, kind: part.added ? 'added' : part.removed ? 'removed' : 'same' }));
}

/** What a claim says, for comparing renditions: its quote when it is direct speech, else its text. */
export const claimWords = (claim: Claim) => (claim.mode === 'direct' && claim.quote ? claim.quote : claim.text);

/** The reader's marks for claims: each claim's sentences get its mode as a class and a link to its page after them. */
export function claimSentenceMarks(claims: readonly Claim[], claimHref: (id: string) => string, sourcesById: ReadonlyMap<string, Source>) {
  return claims.map((claim) => {
    // The source's name tells apart the links of a sentence that holds two claims.
    const label = `Claim by ${sourcesById.get(claim.sourceId)?.label ?? 'an unknown source'}: ${claim.mode === 'direct' ? 'quoted' : 'reported'}`;
    return {
      start: claim.start,
      end: claim.end,
      className: `claim claim-${claim.mode}`,
      marker: h('a.claim-link', { href: claimHref(claim.id), title: 'Open this claim' }, [h('span.visually-hidden', label), '↗']),
    };
  });
}
