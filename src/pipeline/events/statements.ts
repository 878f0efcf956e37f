/**
 * Statements as events: a statement the text dates ("revealed on September 17 that …", "On Tuesday, X said") is an
 * event of its own on the timeline, linked to the events it is about; and a transcript records an event, the
 * briefing, speech or interview itself, on the day it states.
 */
import type { Article, Claim, Event, Source } from '../../schema/index.ts';
import { statementKinds } from '../rules/events.ts';
import { datedInTextRules } from '../rules/stated-on.ts';


/** The draft of an event made from statements: everything but its id. */
export type StatementEvent = Omit<Event, 'id'>;

const kindOf = (cue: string) => statementKinds.find((k) => k.cues.includes(cue)) ?? statementKinds.at(-1)!;

/**
 * The statement events of the corpus: one per source, article and day on which the text dates what it said, and
 * one per transcript with a publication date. Takes the claims with their event ids, the sources and the articles.
 */
export function statementEvents(claims: readonly Claim[], sources: ReadonlyMap<string, Source>, articles: readonly Article[]): StatementEvent[] {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) {
    const { date, rule } = claim.statedOn;
    if (!datedInTextRules.has(rule) || date.start === null || date.precision === 'month' || date.precision === 'year') continue;
    const key = `${claim.articleId}\0${claim.sourceId}\0${date.start}\0${kindOf(claim.cue).type}`;
    groups.set(key, [...(groups.get(key) ?? []), claim]);
  }
  const events: StatementEvent[] = [...groups.values()].map((list) => {
    const first = list[0]!;
    const kind = kindOf(first.cue);
    const source = sources.get(first.sourceId)!;
    return {
      title: `${kind.label} by ${source.label.replace(/^the\s+/iu, 'the ')}`,
      date: first.statedOn.date,
      articleIds: [first.articleId],
      claimIds: list.map((c) => c.id).sort(),
      entityIds: source.entityId ? [source.entityId] : [],
      type: kind.type,
      kind: 'statement',
      placeIds: [],
      mentions: list.map((c) => ({ articleId: c.articleId, start: c.start, end: c.end, dateText: null, reasoning: c.statedOn.reasoning })),
      future: false,
      relatedEventIds: [...new Set(list.flatMap((c) => c.eventIds))].sort(),
      reportedFigures: [],
    };
  });
  for (const article of articles) {
    if (article.form !== 'transcript' || !article.published) continue;
    const turns = claims.filter((c) => c.articleId === article.id && c.rule === 'transcript-turn');
    events.push({
      title: article.title,
      date: { start: article.published, end: article.published, precision: 'day' },
      articleIds: [article.id],
      claimIds: turns.map((c) => c.id).sort(),
      entityIds: [...new Set(turns.flatMap((c) => (c.speakerEntityId ? [c.speakerEntityId] : [])))].sort(),
      type: 'speech',
      kind: 'statement',
      placeIds: [],
      mentions: [{ articleId: article.id, start: 0, end: 0, dateText: null, reasoning: `the transcript records it, on the day it states (${article.provenance.published.detail})` }],
      future: false,
      relatedEventIds: [],
      reportedFigures: [],
    });
  }
  return events;
}
