/**
 * Events: every article's triggers → events merged across articles, with ids, titles and the claims about them.
 * Dated threads merge when kinds and dates agree; an undated account joins the dated event it resembles most; an
 * undated happening of an article with no publication date is kept as an undated event rather than dropped.
 */
import type { Article, Claim, Entity, Event } from '../../schema/index.ts';
import { contentWords, similarity } from '../compare/index.ts';
import { isCountryName } from '../document/tagger.ts';
import { assignUniqueSlugs, slugify } from '../ids.ts';
import { placeVariants } from '../rules/entities.ts';
import { datedHappening, minimumResemblance, placeWeight } from '../rules/events.ts';
import { findEventMentions, merge, overlaps, threadArticle } from './threads.ts';
import { extractFigures } from '../figures.ts';
import { titleOf } from './titles.ts';
import type { EventTrigger, Thread } from './types.ts';

const countryVariants = new Set(placeVariants.map((group) => group[0]!));

/** True when a place name is a country, by the gazetteer or the table of variants. */
function isCountry(name: string): boolean {
  return countryVariants.has(name) || isCountryName(name);
}

function sharesPlaceOrNone(a: Thread, b: Thread): boolean {
  if (a.placeIds.size === 0 || b.placeIds.size === 0) return true;
  return [...a.placeIds].some((p) => b.placeIds.has(p));
}

/** Merges threads across articles: dated ones by kind, overlapping dates and a shared place; undated ones into the dated event they resemble. */
function mergeThreads(threads: readonly Thread[], countries: ReadonlySet<string>, textOf: ReadonlyMap<string, string>): Thread[] {
  const narrow = (t: Thread) => [...t.placeIds].filter((p) => !countries.has(p));
  const wordsOf = (t: Thread) => contentWords({ mode: 'indirect', quote: null, text: [...new Set(t.mentions.map((m) => textOf.get(m.articleId)!.slice(m.sentence.start, m.sentence.end)))].join(' ') }, '');
  const kept: Thread[] = [];
  // A happening no trigger word names ("The investigation had been shelved in 2017") shares nothing with another
  // but its date: it joins one only when their words say they are the same.
  const alike = (a: Thread, b: Thread) => a.kind.type !== datedHappening.type || similarity(wordsOf(a), wordsOf(b)).jaccard >= minimumResemblance;
  for (const thread of threads.filter((t) => t.date !== null)) {
    const match = kept.find((t) => t.kind.type === thread.kind.type && overlaps(t.date!, thread.date!) && sharesPlaceOrNone(t, thread) && alike(t, thread));
    if (match) merge(match, thread);
    else kept.push(thread);
  }
  // An undated account joins the dated event of its kind whose accounts it resembles most: shared places and
  // shared words ("vehicle", "explosives", "residential") tell the Kabul strike from the Nangarhar one.
  const datedWords = new Map(kept.map((t) => [t, wordsOf(t)]));
  const undatedKept: Thread[] = [];
  for (const thread of threads.filter((t) => t.date === null)) {
    const words = wordsOf(thread);
    const scored = kept
      .filter((t) => t.kind.type === thread.kind.type && (!thread.published || t.date!.start <= thread.published))
      .map((t) => ({ t, score: similarity(words, datedWords.get(t)!).jaccard + placeWeight * narrow(thread).filter((p) => t.placeIds.has(p)).length }))
      .filter((s) => s.score >= minimumResemblance)
      .sort((a, b) => b.score - a.score || b.t.date!.start.localeCompare(a.t.date!.start));
    if (scored[0]) merge(scored[0].t, thread);
    // An article that states no publication date cannot date what it reports: its happenings are kept, undated.
    else if (thread.published === null) undatedKept.push(thread);
  }
  return [...kept, ...undatedKept];
}

/**
 * Counts of people affected that the articles state in their own voice in the sentences reporting an event: the
 * outlet is their source ("The blast killed 13 US troops", with no "said" around it).
 */
function reportedFigures(thread: Thread, claimsByArticle: ReadonlyMap<string, Claim[]>, textOf: ReadonlyMap<string, string>): Event['reportedFigures'] {
  const seen = new Set<string>();
  const rows: Event['reportedFigures'] = [];
  for (const m of thread.mentions) {
    const key = `${m.articleId}:${m.sentence.start}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if ((claimsByArticle.get(m.articleId) ?? []).some((c) => c.start < m.sentence.end && m.sentence.start < c.end)) continue;
    const sentence = textOf.get(m.articleId)!.slice(m.sentence.start, m.sentence.end);
    for (const figure of extractFigures(sentence).filter((f) => f.outcome !== null)) rows.push({ articleId: m.articleId, start: m.sentence.start, end: m.sentence.end, figure });
  }
  return rows;
}

/**
 * Builds the events of the corpus: takes the articles, their triggers, the entities and claims, returns the events
 * (dated ones by date, undated ones last) and each claim's event ids (a claim is about the events in its sentences).
 */
export function buildEvents(
  articles: readonly Article[],
  triggers: ReadonlyArray<readonly EventTrigger[]>,
  entities: readonly Entity[],
  claims: readonly Claim[],
): { events: Event[]; claimEventIds: Map<string, string[]> } {
  // Countries are too wide to tell two events apart: "Afghanistan" is in every account.
  const countries = new Set(entities.filter((e) => e.type === 'place' && isCountry(e.name)).map((e) => e.id));
  const named = new Map<string, Array<{ entity: Entity; start: number; end: number }>>();
  for (const entity of entities) for (const m of entity.mentions) named.set(m.articleId, [...(named.get(m.articleId) ?? []), { entity, start: m.start, end: m.end }]);
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const perArticle = articles.flatMap((article, i) => threadArticle(findEventMentions(article.id, triggers[i]!, named.get(article.id) ?? []), article.published, countries));
  const threads = mergeThreads(perArticle, countries, textOf);

  const sources = { entities: new Map(entities.map((e) => [e.id, e])), countries, textOf };
  const titles = threads.map((t) => titleOf(t, sources));
  const ids = assignUniqueSlugs(
    threads,
    (t) => `${slugify(titles[threads.indexOf(t)]!, 6)}-${t.date?.start ?? 'undated'}`,
    (t) => `${t.date?.start ?? '9999'}:${t.kind.type}:${t.mentions[0]!.articleId}:${String(t.mentions[0]!.start).padStart(9, '0')}`,
  );

  const claimEventIds = new Map<string, string[]>();
  const claimsByArticle = new Map<string, Claim[]>();
  for (const claim of claims) claimsByArticle.set(claim.articleId, [...(claimsByArticle.get(claim.articleId) ?? []), claim]);
  const events: Event[] = threads.map((thread, i) => {
    const id = ids[i]!;
    const about = [...new Set(thread.mentions.flatMap((m) => (claimsByArticle.get(m.articleId) ?? []).filter((c) => m.sentence.start < c.end && c.start < m.sentence.end)))];
    for (const claim of about) claimEventIds.set(claim.id, [...(claimEventIds.get(claim.id) ?? []), id]);
    return {
      id,
      title: titles[i]!,
      date: thread.date ?? { start: null, end: null, precision: 'unknown' as const },
      articleIds: [...new Set(thread.mentions.map((m) => m.articleId))].sort(),
      claimIds: about.map((c) => c.id).sort(),
      entityIds: [...new Set([...thread.entityIds, ...thread.placeIds])].sort(),
      type: thread.kind.type,
      kind: thread.kind.kind ?? 'happening',
      placeIds: [...thread.placeIds].sort(),
      mentions: thread.mentions
        .map((m) => ({
          articleId: m.articleId,
          start: m.start,
          end: m.end,
          dateText: m.date?.text ?? null,
          reasoning: m.date?.reasoning ?? `"${textOf.get(m.articleId)!.slice(m.start, m.end)}" continues the account of this event`,
        }))
        .sort((a, b) => (a.articleId === b.articleId ? a.start - b.start : a.articleId < b.articleId ? -1 : 1)),
      future: thread.future,
      relatedEventIds: [],
      reportedFigures: reportedFigures(thread, claimsByArticle, textOf),
    };
  });
  const byDate = (a: Event, b: Event) => (a.date.start ?? '9999').localeCompare(b.date.start ?? '9999') || (a.id < b.id ? -1 : 1);
  return { events: events.sort(byDate), claimEventIds };
}
