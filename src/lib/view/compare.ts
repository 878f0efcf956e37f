/**
 * The compare pages as view models: which article covers which event, where the figures disagree, who each
 * article cites, one statement in several wordings; and two articles side by side, showing only what they share
 * or disagree on. Copies of one story are never compared with each other: their differences are on the story page.
 */
import type { Article, Claim, Corpus, Event } from '../../schema/index.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import type { FigureGroupView, FigureRowView } from '../figures-view.ts';
import { formatCount, formatList, formatRange } from '../format.ts';
import { articleRef, eventRef, isStatementEvent, sourcePageHref, type ArticleRef, type EventRef } from '../refs.ts';
import { statementItem, type StatementItem } from '../statements.ts';
import { compareHref } from '../urls.ts';
import { claimWords } from './claim.ts';
import { sourceBreakdown, wordDiff, type DiffPart, type PageMeta, type SourceBreakdown } from './shared.ts';

/** Articles by publication, undated last, then by file: the order of the compare pages' columns. */
const byPublication = (a: Article, b: Article) => (a.published ?? '9999').localeCompare(b.published ?? '9999') || a.file.localeCompare(b.file);

/**
 * The article that stands for a story in comparisons: its canonical copy. An article in no story stands for itself.
 * Takes the stories; returns a lookup from any article id to the id that represents it.
 */
export function storyRepresentative(stories: Pick<Corpus, 'stories'>['stories']): (articleId: string) => string {
  const canonical = new Map(stories.flatMap((s) => s.articleIds.map((id) => [id, s.canonicalArticleId] as const)));
  return (articleId) => canonical.get(articleId) ?? articleId;
}

/**
 * Two articles worth comparing: they report a common event or render a common statement. A story is compared by
 * its canonical copy alone, so copies are never compared with each other nor, one by one, with other stories:
 * the pages grow with stories, not with copies. At most `perArticle` partners each, most shared first; each pair as
 * [earlier id, later id].
 */
export function comparablePairs(corpus: Pick<Corpus, 'articles' | 'events' | 'claims' | 'stories'>, perArticle = 10): Array<[string, string]> {
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const representative = storyRepresentative(corpus.stories);
  const shared = new Map<string, number>();
  const note = (x: string, y: string) => {
    if (x === y) return;
    const a = byId.get(x);
    const b = byId.get(y);
    if (!a || !b) return;
    const [first, second] = byPublication(a, b) <= 0 ? [a, b] : [b, a];
    const key = `${first.id}\u0000${second.id}`;
    shared.set(key, (shared.get(key) ?? 0) + 1);
  };
  for (const event of corpus.events) {
    if (isStatementEvent(event)) continue;
    const ids = [...new Set(event.articleIds.map(representative))];
    for (const a of ids) for (const b of ids) if (a < b) note(a, b);
  }
  const clusters = new Map<string, Set<string>>();
  for (const claim of corpus.claims) if (claim.clusterId) for (const { articleId } of claim.carriedIn) clusters.set(claim.clusterId, (clusters.get(claim.clusterId) ?? new Set()).add(representative(articleId)));
  for (const ids of clusters.values()) for (const a of ids) for (const b of ids) if (a < b) note(a, b);
  const partners = new Map<string, number>();
  return [...shared.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([key]) => key.split('\u0000') as [string, string])
    .filter(([a, b]) => {
      if ((partners.get(a) ?? 0) >= perArticle || (partners.get(b) ?? 0) >= perArticle) return false;
      partners.set(a, (partners.get(a) ?? 0) + 1);
      partners.set(b, (partners.get(b) ?? 0) + 1);
      return true;
    });
}

/** One statement in several wordings, the first two side by side. */
export interface RenditionSet {
  /** Who said it. */
  speaker: string;
  /** Their page. */
  speakerHref: string;
  /** Each rendition, in publication order. */
  items: StatementItem[];
  /** The first two renditions word by word. */
  diff: DiffPart[];
}

/** Everything the compare page renders. */
export interface CompareView {
  /** Title and description of the page. */
  meta: PageMeta;
  /** The coverage table's columns: numbered articles, with a key. */
  columns: Array<{ number: number; article: ArticleRef }>;
  /** How many articles there are in all (the table shows the ones covering most events). */
  articleCount: number;
  /** One row per event: which of the columns’ articles report it, and how many of their statements are about it. */
  coverage: Array<{ event: EventRef; cells: Array<{ covered: boolean; statements: number }>; articles: number }>;
  /** Counts the sources give different numbers for, the widest disagreement first. */
  disagreements: Array<{ event: EventRef; group: FigureGroupView }>;
  /** Who each of the columns’ articles cites, by kind of source. */
  sources: Array<{ article: ArticleRef; breakdown: SourceBreakdown }>;
  /** Statements carried in different words by different articles. */
  renditions: RenditionSet[];
  /** Pairs of articles to read side by side, with what they share. */
  pairs: Array<{ href: string; a: ArticleRef; b: ArticleRef; shares: string }>;
}

/** Groups the statements carried by several articles in different words: one set per cluster, most renditions first. */
export function renditionSets(index: CorpusIndex, limit = 30): RenditionSet[] {
  return [...index.claimsByCluster.values()]
    .filter((claims) => new Set(claims.map((c) => c.articleId)).size > 1)
    .sort((a, b) => b.length - a.length || a[0]!.id.localeCompare(b[0]!.id))
    .slice(0, limit)
    .map((claims) => {
      const ordered = claims.map((c) => ({ claim: c, article: index.articlesById.get(c.articleId)! })).sort((x, y) => byPublication(x.article, y.article));
      const source = index.sourcesById.get(ordered[0]!.claim.sourceId)!;
      const [first, second] = ordered;
      return {
        speaker: source.label,
        speakerHref: sourcePageHref(source),
        items: ordered.map((o) => statementItem(o.claim, index)),
        diff: second ? wordDiff(claimWords(first!.claim), claimWords(second.claim)) : [],
      };
    });
}

/** What two articles share, in words: "2 events and 1 statement". */
function sharesOf(a: Article, b: Article, index: CorpusIndex): string {
  const events = (index.eventsByArticle.get(a.id) ?? []).filter((e) => !isStatementEvent(e) && e.articleIds.includes(b.id)).length;
  const clustersB = new Set((index.claimsByArticle.get(b.id) ?? []).map((c) => c.clusterId).filter(Boolean));
  const statements = new Set((index.claimsByArticle.get(a.id) ?? []).filter((c) => c.clusterId && clustersB.has(c.clusterId)).map((c) => c.clusterId)).size;
  return formatList([events > 0 ? formatCount(events, 'event') : '', statements > 0 ? formatCount(statements, 'statement') : ''].filter(Boolean)) || 'nothing in common';
}

/** The compare page's view model; `figures` gives an event's figure tables, `pairs` the pairs to link. */
export function compareView(corpus: Corpus, index: CorpusIndex, figures: (event: Event) => FigureGroupView[], pairs: ReadonlyArray<readonly [string, string]>, maxColumns = 12, maxEvents = 20): CompareView {
  const happenings = corpus.events.filter((e) => !isStatementEvent(e) && e.articleIds.length > 0);
  const events = [...happenings].sort((a, b) => b.articleIds.length - a.articleIds.length || (a.date.start ?? '9999').localeCompare(b.date.start ?? '9999')).slice(0, maxEvents);
  events.sort((a, b) => (a.date.start ?? '9999').localeCompare(b.date.start ?? '9999') || a.title.localeCompare(b.title));
  const covering = new Map<string, number>();
  for (const event of events) for (const id of event.articleIds) covering.set(id, (covering.get(id) ?? 0) + 1);
  const articles = [...corpus.articles]
    .sort((a, b) => (covering.get(b.id) ?? 0) - (covering.get(a.id) ?? 0) || byPublication(a, b))
    .slice(0, maxColumns)
    .sort(byPublication);
  const statementsAbout = (event: Event, article: Article) => (index.claimsByArticle.get(article.id) ?? []).filter((c) => c.eventIds.includes(event.id)).length;
  return {
    meta: { title: 'Compare', description: 'Who covered what, where the figures disagree, who each article cites, and one statement in several wordings.' },
    columns: articles.map((article, i) => ({ number: i + 1, article: articleRef(article) })),
    articleCount: corpus.articles.length,
    coverage: events.map((event) => ({
      event: eventRef(event),
      articles: event.articleIds.length,
      cells: articles.map((article) => ({ covered: event.articleIds.includes(article.id), statements: statementsAbout(event, article) })),
    })),
    disagreements: corpus.events
      .flatMap((event) => figures(event).filter((g) => g.disagree).map((group) => ({ event: eventRef(event), group })))
      .sort((a, b) => (b.group.max! - b.group.min!) / b.group.max! - (a.group.max! - a.group.min!) / a.group.max! || b.group.rows.length - a.group.rows.length)
      .slice(0, 10),
    sources: articles.map((article) => ({ article: articleRef(article), breakdown: sourceBreakdown([...(index.claimsByArticle.get(article.id) ?? []), ...(index.claimsCarriedIn.get(article.id) ?? [])], index) })),
    renditions: renditionSets(index),
    pairs: pairs.map(([a, b]) => {
      const first = index.articlesById.get(a)!;
      const second = index.articlesById.get(b)!;
      return { href: compareHref(a, b), a: articleRef(first), b: articleRef(second), shares: sharesOf(first, second, index) };
    }),
  };
}

/** Everything a page of two articles side by side renders. */
export interface PairView {
  /** Title and description of the page. */
  meta: PageMeta;
  /** The earlier article. */
  a: ArticleRef;
  /** The later article. */
  b: ArticleRef;
  /** Events both report. */
  events: EventRef[];
  /** Statements both carry, each article's wording and the words that differ. */
  statements: Array<{ a: StatementItem; b: StatementItem; diff: DiffPart[] }>;
  /** Counts where their sources disagree: each article's figures for one count of one event. */
  figures: Array<{ event: EventRef; what: string; a: FigureRowView[]; b: FigureRowView[] }>;
  /** Sources both cite. */
  sources: Array<{ label: string; href: string }>;
  /** How many statements each has that the other does not. */
  only: { a: number; b: number };
}

/** Two articles side by side: only what both carry or disagree on. */
export function pairView(a: Article, b: Article, index: CorpusIndex, figures: (event: Event) => FigureGroupView[]): PairView {
  const claimsA = index.claimsByArticle.get(a.id) ?? [];
  const claimsB = index.claimsByArticle.get(b.id) ?? [];
  const clustersB = new Map<string, Claim>();
  for (const claim of claimsB) if (claim.clusterId && !clustersB.has(claim.clusterId)) clustersB.set(claim.clusterId, claim);
  const shared = claimsA.filter((c) => c.clusterId && clustersB.has(c.clusterId)).map((c) => ({ a: c, b: clustersB.get(c.clusterId!)! }));
  const sharedIds = new Set(shared.flatMap((s) => [s.a.id, s.b.id]));
  const events = (index.eventsByArticle.get(a.id) ?? []).filter((e) => !isStatementEvent(e) && e.articleIds.includes(b.id));
  const refA = articleRef(a);
  const refB = articleRef(b);
  const sourcesA = new Set(claimsA.map((c) => c.sourceId));
  return {
    meta: { title: `${a.title} and ${b.title}`, description: `Two articles compared: ${formatCount(events.length, 'event')} both report, ${formatCount(shared.length, 'statement')} both carry.` },
    a: refA,
    b: refB,
    events: events.map(eventRef),
    statements: shared.map((s) => ({ a: statementItem(s.a, index), b: statementItem(s.b, index), diff: wordDiff(claimWords(s.a), claimWords(s.b)) })),
    figures: events.flatMap((event) =>
      figures(event).flatMap((group) => {
        const rowsA = group.rows.filter((r) => r.article.href === refA.href);
        const rowsB = group.rows.filter((r) => r.article.href === refB.href);
        const numbers = new Set([...rowsA, ...rowsB].filter((r) => !r.vague).map((r) => r.display));
        return rowsA.length > 0 && rowsB.length > 0 && numbers.size > 1 ? [{ event: eventRef(event), what: group.what, a: rowsA, b: rowsB }] : [];
      }),
    ),
    sources: [...new Set(claimsB.map((c) => c.sourceId))]
      .filter((id) => sourcesA.has(id))
      .map((id) => index.sourcesById.get(id)!)
      .map((s) => ({ label: s.label, href: sourcePageHref(s) })),
    only: { a: claimsA.filter((c) => !sharedIds.has(c.id)).length, b: claimsB.filter((c) => !sharedIds.has(c.id)).length },
  };
}

/** A compact date range of the articles, for the home page: "29 Aug – 24 Oct 2021". */
export function publicationRange(articles: readonly Article[]): string | null {
  const dates = articles.map((a) => a.published).filter((d): d is string => d !== null).sort();
  if (dates.length === 0) return null;
  return formatRange({ start: dates[0]!, end: dates.at(-1)!, precision: 'day' });
}
