/**
 * The timeline's statements joined to its happenings: statement events get ids beside the others, the claims that
 * make them point to them, and a statement that came "first" is placed at the start of what it is about.
 */
import type { Article, Claim, Event, Source } from '../../schema/index.ts';
import { assignUniqueSlugs, slugify } from '../ids.ts';
import { datedInTextRules, firstAccountRules } from '../rules/stated-on.ts';
import { statementEvents } from './statements.ts';

/**
 * Adds the statement events to the events of the corpus: takes the happenings, the claims (with their event ids),
 * the sources and the articles; returns every event in date order and the claims with their statement events and
 * "first" statements placed.
 */
export function addStatementEvents(happenings: readonly Event[], claims: readonly Claim[], sources: readonly Source[], articles: readonly Article[]): { events: Event[]; claims: Claim[] } {
  const dateOf = new Map(happenings.map((e) => [e.id, e.date]));
  const publishedOf = new Map(articles.map((a) => [a.id, a.published]));
  const placed = claims.map((claim) => {
    const earliest = claim.eventIds.map((id) => dateOf.get(id)?.start).filter((d): d is string => d !== null && d !== undefined).sort()[0];
    // A date the text sets by the cue that falls before the event the statement speaks of dates something else
    // ("diplomatic sources said last week … Thursday's blasts"): the statement was made by publication, no more is known.
    if (datedInTextRules.has(claim.statedOn.rule) && earliest && claim.statedOn.date.end !== null && claim.statedOn.date.end < earliest) {
      const published = publishedOf.get(claim.articleId) ?? null;
      const reasoning = `${claim.statedOn.reasoning.split(':')[0]} lies before the event it speaks of (${earliest}), so it dates something else`;
      return {
        ...claim,
        statedOn: published
          ? { date: { start: published, end: published, precision: 'approximate' as const }, reasoning: `${reasoning}: made by the day of publication`, rule: 'by-publication' }
          : { date: { start: null, end: null, precision: 'unknown' as const }, reasoning: `${reasoning}; the article states no publication date`, rule: 'undated' },
      };
    }
    // "first claimed": no later than publication, and from the start of the event it is about.
    if (!firstAccountRules.has(claim.statedOn.rule)) return claim;
    if (!earliest || claim.statedOn.date.end === null || earliest > claim.statedOn.date.end) return claim;
    return { ...claim, statedOn: { ...claim.statedOn, date: { start: earliest, end: claim.statedOn.date.end, precision: 'approximate' as const }, reasoning: `stated first, before the later accounts: between the event (${earliest}) and publication` } };
  });
  const drafts = statementEvents(placed, new Map(sources.map((s) => [s.id, s])), articles);
  const ids = assignUniqueSlugs(drafts, (e) => `${slugify(e.title, 6)}-${e.date.start ?? 'undated'}`, (e) => `${e.date.start ?? '9999'}:${e.articleIds[0]}:${e.claimIds[0] ?? e.title}`, happenings.map((e) => e.id));
  const statements: Event[] = drafts.map((draft, i) => ({ ...draft, id: ids[i]! }));
  const byClaim = new Map<string, string[]>();
  for (const event of statements) for (const id of event.claimIds) byClaim.set(id, [...(byClaim.get(id) ?? []), event.id]);
  const events = [...happenings, ...statements].sort((a, b) => (a.date.start ?? '9999').localeCompare(b.date.start ?? '9999') || (a.id < b.id ? -1 : 1));
  return { events, claims: placed.map((c) => (byClaim.has(c.id) ? { ...c, eventIds: [...new Set([...c.eventIds, ...byClaim.get(c.id)!])].sort() } : c)) };
}
