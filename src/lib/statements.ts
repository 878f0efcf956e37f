/**
 * Statements as readers meet them in lists: the words, who said them, when they were said (the claim's `statedOn`),
 * where they appeared, and how widely they were carried; renditions of one statement (claims of one cluster) kept
 * together, and everything in the order the statements were made. Pure functions over the records.
 */
import { firstAccountRules, type Article, type Claim } from '../schema/index.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { formatCount, formatDate, formatRange } from './format.ts';
import { articleRef, speakerView, type ArticleRef, type SpeakerView } from './refs.ts';
import { claimHref } from './urls.ts';

/** One statement in a list. */
export interface StatementItem {
  /** The claim's id. */
  id: string;
  /** The claim's permalink. */
  href: string;
  /** The sentence or sentences of the statement. */
  words: string;
  /** True when the article quotes the speaker's own words. */
  quoted: boolean;
  /** Who said it. */
  speaker: SpeakerView;
  /** When it was said, as readers read it: "17 Sep 2021", "by 30 Sep 2021", "undated". */
  said: string;
  /** The first day it may have been said (ISO), or null when undated. */
  saidIso: string | null;
  /** A reader's note on how it is put: "hedged (“appears to”)", "a denial"; null when plainly asserted. */
  stance: string | null;
  /** The article it appears in. */
  article: ArticleRef;
  /** How many articles carry it word for word, this one included. */
  carriedBy: number;
}

/** The renditions of one statement: the first said, then the others. */
export interface StatementGroup {
  /** The rendition said first. */
  lead: StatementItem;
  /** The same statement in other articles, in other words (claims of one cluster), in the order they were said. */
  renditions: StatementItem[];
  /** Articles that carry the statement in any wording. */
  articles: number;
  /** Outlets they name (articles that name none are not counted). */
  outlets: number;
  /** The carrying articles in words: "3 articles from 2 outlets", "2 articles, none naming their outlet". */
  carried: string;
}

/** When a claim's statement was made, as readers read it. */
export function saidLabel(claim: Pick<Claim, 'statedOn'>): string {
  const { date, rule } = claim.statedOn;
  if (date.start === null || date.end === null) return 'undated';
  if (rule === 'by-publication') return `by ${formatDate(date.end)}`;
  if (firstAccountRules.has(rule)) return `first account, ${formatRange(date)}`;
  return formatRange(date);
}

/** When a statement was made, as a phrase that stands on its own: "Said 17 Sep 2021", "Said by 30 Aug 2021", "First account, 29 Aug – 30 Sep 2021". */
export function saidPhrase(claim: Pick<Claim, 'statedOn'>): string {
  const label = saidLabel(claim);
  if (label === 'undated') return 'Undated';
  return firstAccountRules.has(claim.statedOn.rule) ? label.charAt(0).toUpperCase() + label.slice(1) : `Said ${label}`;
}

/** The order statements were made in: by the first day they may have been made, then the last, then where they appear. */
export function byWhenSaid(a: Claim, b: Claim): number {
  const first = (c: Claim) => c.statedOn.date.start ?? '9999-12-31';
  const last = (c: Claim) => c.statedOn.date.end ?? '9999-12-31';
  return first(a).localeCompare(first(b)) || last(a).localeCompare(last(b)) || (a.articleId === b.articleId ? a.start - b.start : a.articleId < b.articleId ? -1 : 1);
}

/** A reader's note on a claim's stance, or null for a plain assertion. */
export function stanceNote(claim: Pick<Claim, 'stance' | 'hedges'>): string | null {
  if (claim.stance === 'denied') return 'a denial';
  if (claim.stance !== 'hedged') return null;
  return claim.hedges.length > 0 ? `hedged (${claim.hedges.map((h) => `“${h}”`).join(', ')})` : 'hedged';
}

/** How many outlets the articles name; an article that names none is no outlet of its own. */
export function countOutlets(articles: readonly Article[]): number {
  return new Set(articles.flatMap((a) => (a.outlet ? [a.outlet] : []))).size;
}

/**
 * The articles carrying something, in words, without inventing outlets the copies do not name: "3 articles from 3
 * outlets", "2 articles from one outlet", "3 articles, none naming their outlet", "3 articles: 2 from one outlet, 1
 * naming none".
 */
export function carriedInWords(articles: readonly Article[]): string {
  const named = countOutlets(articles);
  const unnamed = articles.filter((a) => a.outlet === null).length;
  const count = formatCount(articles.length, 'article');
  if (named === 0) return `${count}, none naming ${articles.length === 1 ? 'its' : 'their'} outlet`;
  const outlets = named === 1 ? 'one outlet' : formatCount(named, 'outlet');
  // "3 articles: 2 from one outlet, 1 naming none" adds up; "3 articles from one outlet and 1 that names none" reads as four.
  return unnamed === 0 ? `${count} from ${outlets}` : `${count}: ${articles.length - unnamed} from ${outlets}, ${unnamed} naming none`;
}

/** One statement in a list. */
export function statementItem(claim: Claim, index: CorpusIndex): StatementItem {
  return {
    id: claim.id,
    href: claimHref(claim.id),
    words: claim.text,
    quoted: claim.mode === 'direct',
    speaker: speakerView(index.sourcesById.get(claim.sourceId)!),
    said: saidLabel(claim),
    saidIso: claim.statedOn.date.start,
    stance: stanceNote(claim),
    article: articleRef(index.articlesById.get(claim.articleId)!),
    carriedBy: claim.carriedIn.length,
  };
}

/** The articles that carry any rendition of a statement (the claims of one cluster), in corpus order. */
export function carryingArticles(claims: readonly Claim[], index: CorpusIndex): Article[] {
  const ids = new Set(claims.flatMap((c) => c.carriedIn.map((copy) => copy.articleId)));
  return [...ids].map((id) => index.articlesById.get(id)).filter((a): a is Article => a !== undefined);
}

/** What makes claims one statement: their cluster (renditions of it), else the claim alone. */
export const statementKey = (claim: Pick<Claim, 'id' | 'clusterId'>): string => claim.clusterId ?? `claim:${claim.id}`;

/** How many statements the claims make, their renditions counted once. */
export const countStatements = (claims: readonly Claim[]): number => new Set(claims.map(statementKey)).size;

/**
 * Groups claims by statement: the renditions of one statement (one cluster) together, listed where the first of
 * them was said; groups in the order their statements were made. Only the claims given are shown in a group.
 */
export function groupStatements(claims: readonly Claim[], index: CorpusIndex): StatementGroup[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of [...claims].sort(byWhenSaid)) {
    const key = statementKey(claim);
    const list = groups.get(key);
    if (list) list.push(claim);
    else groups.set(key, [claim]);
  }
  return [...groups.values()].map((list) => {
    const carrying = carryingArticles(list, index);
    return { lead: statementItem(list[0]!, index), renditions: list.slice(1).map((c) => statementItem(c, index)), articles: carrying.length, outlets: countOutlets(carrying), carried: carriedInWords(carrying) };
  });
}
