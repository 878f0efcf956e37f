/** What several view models share: a page's head, the split of an article's statements by kind of source, and word diffs. */
import { diffWords } from 'diff';
import type { Claim, SourceType } from '../../schema/index.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import { sourceTypes } from '../refs.ts';
import type { JsonLd } from '../structured-data.ts';

/** What the page shell needs: title, description and structured data. */
export interface PageMeta {
  /** The page's own title; the site name is appended. */
  title: string;
  /** One sentence describing the page, for search engines and link previews. */
  description: string;
  /** schema.org structured data, with site paths in its `url` fields. */
  jsonLd?: JsonLd | undefined;
  /** The Open Graph type: "article" for articles, "website" otherwise. */
  ogType?: 'article' | 'website';
}

/** How a set of statements splits over the kinds of source, in legend order, kinds with none left out. */
export interface SourceBreakdown {
  /** How many statements in all. */
  total: number;
  /** One part per kind of source with statements, in legend order. */
  parts: Array<{ type: SourceType; label: string; count: number }>;
}

/** Counts statements by the kind of their source. */
export function sourceBreakdown(claims: readonly Claim[], index: CorpusIndex): SourceBreakdown {
  const counts = new Map<SourceType, number>();
  for (const claim of claims) {
    const type = index.sourcesById.get(claim.sourceId)?.type;
    if (type) counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const parts = sourceTypes.filter((t) => counts.has(t.type)).map((t) => ({ type: t.type, label: t.legend, count: counts.get(t.type)! }));
  return { total: parts.reduce((sum, p) => sum + p.count, 0), parts };
}

/** A word-level difference between two texts: words both share, and words only one has. */
export interface DiffPart {
  /** The words. */
  value: string;
  /** In both texts, only in the second (added) or only in the first (removed). */
  kind: 'same' | 'added' | 'removed';
}

/** Compares two texts word by word: what the second adds and drops relative to the first. */
export function wordDiff(first: string, second: string): DiffPart[] {
  const parts: DiffPart[] = [];
  for (const part of diffWords(first, second)) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const previous = parts.at(-1);
    // A struck word and the word put in its place share one gap in the text; shown side by side they need their own.
    if (previous && previous.kind !== 'same' && kind !== 'same' && !/\s$/u.test(previous.value) && !/^\s/u.test(part.value)) parts.push({ value: ' ', kind: 'same' });
    parts.push({ value: part.value, kind });
  }
  return parts;
}

/** A long list cut for a page: the first items shown, the rest behind a "show more" with their count. */
export interface Collapsed<T> {
  /** The items shown at once. */
  shown: T[];
  /** The items behind “show more”. */
  more: T[];
  /** How many items there are in all. */
  total: number;
}

/** Shows the first `limit` items and folds the rest (all of them when only one or two would be folded). */
export function collapse<T>(items: readonly T[], limit: number, cap = Number.POSITIVE_INFINITY): Collapsed<T> {
  const kept = items.slice(0, cap);
  const shown = kept.length <= limit + 2 ? kept : kept.slice(0, limit);
  return { shown, more: kept.slice(shown.length), total: items.length };
}
