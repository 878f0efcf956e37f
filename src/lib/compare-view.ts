/**
 * The comparisons the compare pages and the home dashboard show: which article covers which event, where the
 * figures disagree, how one statement is worded from outlet to outlet, and two articles side by side.
 * Pure functions over the records.
 */
import type { Article, Claim, Corpus, Event, Source } from '../schema/index.ts';
import { eventDateKey, eventFigures, type FigureGroup } from './events-view.ts';

/** Which articles report which events, with how many of each article's claims are about each event. */
export function coverageMatrix(corpus: Corpus): { events: Event[]; articles: Article[]; claimsAbout: (eventId: string, articleId: string) => number | null } {
  const events = [...corpus.events].filter((e) => e.articleIds.length > 0).sort((a, b) => b.articleIds.length - a.articleIds.length || eventDateKey(a).localeCompare(eventDateKey(b))).slice(0, 20);
  const counts = new Map<string, number>();
  for (const claim of corpus.claims) for (const id of claim.eventIds) counts.set(`${id}|${claim.articleId}`, (counts.get(`${id}|${claim.articleId}`) ?? 0) + 1);
  const covered = new Set(corpus.events.flatMap((e) => e.articleIds.map((a) => `${e.id}|${a}`)));
  return {
    events: events.sort((a, b) => eventDateKey(a).localeCompare(eventDateKey(b))),
    articles: [...corpus.articles].sort((a, b) => (a.published ?? '').localeCompare(b.published ?? '') || a.file.localeCompare(b.file)),
    claimsAbout: (eventId, articleId) => (covered.has(`${eventId}|${articleId}`) ? (counts.get(`${eventId}|${articleId}`) ?? 0) : null),
  };
}

/** Figures that sources report differently, the widest disagreement (relative to the largest value) first. */
export function figureDiscrepancies(corpus: Corpus, lookups: { claimsById: ReadonlyMap<string, Claim>; sourcesById: ReadonlyMap<string, Source>; articlesById: ReadonlyMap<string, Article> }): Array<{ event: Event; group: FigureGroup }> {
  return corpus.events
    .flatMap((event) => eventFigures(event.claimIds.map((id) => lookups.claimsById.get(id)!), lookups.sourcesById, lookups.articlesById).map((group) => ({ event, group })))
    .filter(({ group }) => group.disagree)
    .sort((a, b) => (b.group.max - b.group.min) / b.group.max - (a.group.max - a.group.min) / a.group.max || b.group.rows.length - a.group.rows.length);
}

/** Statements worded differently by different articles: every cluster, with its renditions in publication order. */
export function quoteVariants(corpus: Corpus, articlesById: ReadonlyMap<string, Article>): Array<{ clusterId: string; claims: Claim[] }> {
  const clusters = new Map<string, Claim[]>();
  for (const claim of corpus.claims) if (claim.clusterId) clusters.set(claim.clusterId, [...(clusters.get(claim.clusterId) ?? []), claim]);
  const date = (c: Claim) => articlesById.get(c.articleId)?.published ?? '9999';
  return [...clusters.entries()]
    .map(([clusterId, claims]) => ({ clusterId, claims: claims.sort((a, b) => date(a).localeCompare(date(b)) || a.articleId.localeCompare(b.articleId)) }))
    .sort((a, b) => b.claims.length - a.claims.length || a.clusterId.localeCompare(b.clusterId));
}

/** Two articles worth comparing: they report a common event or render a common statement. At most `perArticle` partners each. */
export function comparablePairs(corpus: Corpus, perArticle = 10): Array<[Article, Article]> {
  const shared = new Map<string, number>();
  const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  for (const event of corpus.events) for (const a of event.articleIds) for (const b of event.articleIds) if (a < b) shared.set(key(a, b), (shared.get(key(a, b)) ?? 0) + 1);
  for (const { claims } of quoteVariants(corpus, new Map())) for (const x of claims) for (const y of claims) if (x.articleId < y.articleId) shared.set(key(x.articleId, y.articleId), (shared.get(key(x.articleId, y.articleId)) ?? 0) + 1);
  const byId = new Map(corpus.articles.map((a) => [a.id, a]));
  const partners = new Map<string, number>();
  return [...shared.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .filter(([pair]) => {
      const [a, b] = pair.split('|') as [string, string];
      if ((partners.get(a) ?? 0) >= perArticle || (partners.get(b) ?? 0) >= perArticle) return false;
      partners.set(a, (partners.get(a) ?? 0) + 1);
      partners.set(b, (partners.get(b) ?? 0) + 1);
      return true;
    })
    .map(([pair]) => pair.split('|').map((id) => byId.get(id)!) as [Article, Article]);
}

/** Two articles side by side: the events both report, the statements both render, and the claims only one has. */
export function comparePair(a: Article, b: Article, lookups: { claimsByArticle: ReadonlyMap<string, Claim[]>; eventsByArticle: ReadonlyMap<string, Event[]> }) {
  const claimsA = lookups.claimsByArticle.get(a.id) ?? [];
  const claimsB = lookups.claimsByArticle.get(b.id) ?? [];
  const clustersB = new Map(claimsB.filter((c) => c.clusterId).map((c) => [c.clusterId!, c]));
  const sharedStatements = claimsA.filter((c) => c.clusterId && clustersB.has(c.clusterId)).map((c) => ({ a: c, b: clustersB.get(c.clusterId!)! }));
  const inShared = new Set(sharedStatements.flatMap((s) => [s.a.id, s.b.id]));
  const sourcesA = new Set(claimsA.map((c) => c.sourceId));
  return {
    sharedEvents: (lookups.eventsByArticle.get(a.id) ?? []).filter((e) => e.articleIds.includes(b.id)),
    sharedStatements,
    sharedSourceIds: [...new Set(claimsB.map((c) => c.sourceId))].filter((id) => sourcesA.has(id)),
    onlyA: claimsA.filter((c) => !inShared.has(c.id)),
    onlyB: claimsB.filter((c) => !inShared.has(c.id)),
  };
}

/** The sources cited most often across the corpus. */
export function mostCitedSources(corpus: Corpus, limit = 8): Array<{ source: Source; claims: number }> {
  const counts = new Map<string, number>();
  for (const claim of corpus.claims) counts.set(claim.sourceId, (counts.get(claim.sourceId) ?? 0) + 1);
  return corpus.sources
    .map((source) => ({ source, claims: counts.get(source.id) ?? 0 }))
    .sort((a, b) => b.claims - a.claims || a.source.label.localeCompare(b.source.label))
    .slice(0, limit);
}

/** The events most articles report: the headlines of the corpus. */
export function headlineEvents(corpus: Corpus, limit = 4): Event[] {
  return [...corpus.events].sort((a, b) => b.articleIds.length - a.articleIds.length || b.claimIds.length - a.claimIds.length || eventDateKey(a).localeCompare(eventDateKey(b))).slice(0, limit);
}
