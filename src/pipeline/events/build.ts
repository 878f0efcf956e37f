/** Events: every article's triggers → events merged across articles, with ids, titles and the claims about them. */
import type { Article, Claim, Entity, Event } from '../../schema/index.ts';
import { contentWords, similarity } from '../compare.ts';
import { isCountryName } from '../document/tagger.ts';
import { assignUniqueSlugs, slugify } from '../ids.ts';
import { placeVariants } from '../rules/entities.ts';
import { minimumResemblance, placeWeight } from '../rules/events.ts';
import { findEventMentions, merge, overlaps, threadArticle } from './threads.ts';
import type { EventTrigger, Thread } from './types.ts';

/**
 * Builds the events of the corpus: takes the articles, entities and claims, returns the events sorted by date
 * and each claim's event ids (a claim is about the events mentioned in its sentences).
 */
export function buildEvents(
  articles: readonly Article[],
  triggers: ReadonlyArray<readonly EventTrigger[]>,
  entities: readonly Entity[],
  claims: readonly Claim[],
): { events: Event[]; claimEventIds: Map<string, string[]> } {
  // Countries are too wide to tell two events apart: "Afghanistan" is in every account.
  const countries = new Set(entities.filter((e) => e.type === 'place' && isCountry(e.name)).map((e) => e.id));
  const narrow = (t: Thread) => [...t.placeIds].filter((p) => !countries.has(p));
  const named = new Map<string, Array<{ entity: Entity; start: number; end: number }>>();
  for (const entity of entities) for (const m of entity.mentions) named.set(m.articleId, [...(named.get(m.articleId) ?? []), { entity, start: m.start, end: m.end }]);
  const found = articles.map((article, i) => findEventMentions(article.id, triggers[i]!, named.get(article.id) ?? []));
  const perArticle = articles.map((article, i) => threadArticle(found[i]!, article.published, countries));
  const textOf = new Map(articles.map((a) => [a.id, a.text]));
  const wordsOf = (t: Thread) => contentWords({ mode: 'indirect', quote: null, text: [...new Set(t.mentions.map((m) => textOf.get(m.articleId)!.slice(m.sentence.start, m.sentence.end)))].join(' ') }, '');
  // Dated threads merge when kinds match and dates overlap; then each undated thread joins the dated thread of its
  // kind that shares most places with it.
  const dated: Thread[] = [];
  for (const thread of perArticle.flat().filter((t) => t.date !== null)) {
    const match = dated.find((t) => t.kind.type === thread.kind.type && overlaps(t.date!, thread.date!) && sharesPlaceOrNone(t, thread));
    if (match) merge(match, thread);
    else dated.push(thread);
  }
  // An undated account joins the dated event of its kind whose accounts it resembles most: shared places and
  // shared words ("vehicle", "explosives", "residential") tell the Kabul strike from the Nangarhar one.
  const datedWords = new Map(dated.map((t) => [t, wordsOf(t)]));
  for (const thread of perArticle.flat().filter((t) => t.date === null)) {
    const words = wordsOf(thread);
    const scored = dated
      .filter((t) => t.kind.type === thread.kind.type && (!thread.published || t.date!.start <= thread.published))
      .map((t) => ({ t, score: similarity(words, datedWords.get(t)!).jaccard + placeWeight * narrow(thread).filter((p) => t.placeIds.has(p)).length }))
      .filter((s) => s.score >= minimumResemblance)
      .sort((a, b) => b.score - a.score || b.t.date!.start.localeCompare(a.t.date!.start));
    if (scored[0]) merge(scored[0].t, thread);
  }

  const placeMentions = new Map(entities.map((e) => [e.id, e.mentions.length]));
  const entityName = new Map(entities.map((e) => [e.id, e.name]));
  const titleOf = (t: Thread) => {
    // The place the accounts name most often; a country only when nothing narrower is named.
    const counts = new Map<string, number>();
    for (const m of t.mentions) for (const p of m.placeIds) counts.set(p, (counts.get(p) ?? 0) + 1);
    const site = (id: string) => Number(!siteName.test(entityName.get(id) ?? ''));
    const ranked = [...counts.keys()].sort((a, b) => Number(countries.has(a)) - Number(countries.has(b)) || counts.get(b)! - counts.get(a)! || site(a) - site(b) || (placeMentions.get(a) ?? 0) - (placeMentions.get(b) ?? 0) || (a < b ? -1 : 1));
    const place = ranked[0];
    // "Drone strike" when any account says so; a strike is otherwise just a strike (a rail strike is one too).
    const triggers = t.mentions.map((m) => textOf.get(m.articleId)!.slice(m.start, m.end).toLowerCase());
    const label = t.kind.type === 'strike' && triggers.some((w) => /drone|air/u.test(w)) ? 'Drone strike' : t.kind.label;
    if (!place || (countries.has(place) && t.kind.type !== 'attack' && t.kind.type !== 'strike')) return label;
    const name = entityName.get(place)!;
    return `${label} ${t.kind.preposition ?? (siteName.test(name) ? 'at' : 'in')} ${name}`;
  };
  const ids = assignUniqueSlugs(dated, (t) => `${slugify(titleOf(t), 6)}-${t.date!.start}`, (t) => `${t.date!.start}:${t.kind.type}:${t.mentions[0]!.articleId}:${t.mentions[0]!.start}`);

  const claimEventIds = new Map<string, string[]>();
  const claimsByArticle = new Map<string, Claim[]>();
  for (const claim of claims) claimsByArticle.set(claim.articleId, [...(claimsByArticle.get(claim.articleId) ?? []), claim]);
  const events: Event[] = dated.map((thread, i) => {
    const id = ids[i]!;
    const about = thread.mentions
      .flatMap((m) => (claimsByArticle.get(m.articleId) ?? []).filter((c) => m.sentence.start < c.end && c.start < m.sentence.end))
      .filter((c, k, list) => list.indexOf(c) === k);
    for (const claim of about) claimEventIds.set(claim.id, [...(claimEventIds.get(claim.id) ?? []), id]);
    return {
      id,
      title: titleOf(thread),
      date: thread.date!,
      articleIds: [...new Set(thread.mentions.map((m) => m.articleId))].sort(),
      claimIds: about.map((c) => c.id).sort(),
      entityIds: [...new Set([...thread.entityIds, ...thread.placeIds])].sort(),
      type: thread.kind.type,
      placeIds: [...thread.placeIds].sort(),
      mentions: thread.mentions
        .map((m) => ({
          articleId: m.articleId,
          start: m.start,
          end: m.end,
          dateText: m.date?.text ?? null,
          reasoning: m.date?.reasoning ?? `"${articles.find((a) => a.id === m.articleId)!.text.slice(m.start, m.end)}" continues the account of this event`,
        }))
        .sort((a, b) => (a.articleId === b.articleId ? a.start - b.start : a.articleId < b.articleId ? -1 : 1)),
      future: thread.future,
    };
  });
  return { events: events.sort((a, b) => a.date.start.localeCompare(b.date.start) || (a.id < b.id ? -1 : 1)), claimEventIds };
}

const countryVariants = new Set(placeVariants.map((group) => group[0]!));

/** Places that are sites rather than areas, named "at" in a title and preferred in it: "Attack at Abbey Gate". */
const siteName = /(?:Airport|Gate|Base|Airfield|Hospital|Square|Bridge|Port|Stadium|Palace)$/u;

/** True when a place name is a country, by the gazetteer or the table of variants. */
function isCountry(name: string): boolean {
  return countryVariants.has(name) || (isCountryName(name));
}

function sharesPlaceOrNone(a: Thread, b: Thread): boolean {
  if (a.placeIds.size === 0 || b.placeIds.size === 0) return true;
  return [...a.placeIds].some((p) => b.placeIds.has(p));
}
