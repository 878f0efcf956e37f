/**
 * Events: trigger words in the story ("strike", "attack", "agreement") → event mentions dated by the date
 * expressions near them → events, first threaded within each article ("the strike" continues the last strike
 * named), then merged across articles when the dates agree or, for an undated account, when they share places.
 * Only dated events are kept: a happening the text never places in time does not go on the timeline.
 */
import type { Article, ArticleDate, Claim, Entity, Event, EventDate } from '../schema/index.ts';
import { assignUniqueSlugs, slugify } from './ids.ts';
import { contentWords, similarity } from './compare.ts';
import { dateReach, eventKinds, hypotheticalMarkers, minimumResemblance, placeReach, placeWeight, type EventKind } from './rules/events.ts';
import nlp from 'compromise';
import { placeVariants } from './rules/entities.ts';
import { tokenizeSentence } from './tokens.ts';

/** A trigger of an article: found per article (and cached with it), before entities are resolved. */
export interface EventTrigger {
  kind: EventKind;
  /** The trigger words. */
  start: number;
  end: number;
  /** The sentence holding them. */
  sentence: { start: number; end: number };
  date: ArticleDate | null;
}

/** One phrase of an article that reports a happening, with the places and participants named near it. */
export interface EventMention {
  articleId: string;
  kind: EventKind;
  /** The trigger words. */
  start: number;
  end: number;
  /** The sentence holding them. */
  sentence: { start: number; end: number };
  date: ArticleDate | null;
  placeIds: string[];
  entityIds: string[];
}

interface Thread {
  kind: EventKind;
  mentions: EventMention[];
  date: EventDate | null;
  future: boolean;
  placeIds: Set<string>;
  entityIds: Set<string>;
  /** Publication date of the article the thread began in. */
  published: string | null;
}

const triggerList = eventKinds.flatMap((kind) => kind.triggers.map((phrase) => ({ kind, words: phrase.split(' ') })));
triggerList.sort((a, b) => b.words.length - a.words.length);

/** True when two date ranges share a day. */
const overlaps = (a: EventDate, b: EventDate) => a.start <= b.end && b.start <= a.end;

/** What two accounts of a date agree on: their intersection when they overlap ("mid-August" and "last week"), else the narrower. */
function narrower(a: EventDate, b: EventDate): EventDate {
  const width = (d: EventDate) => Date.parse(d.end) - Date.parse(d.start);
  if (a.precision === 'approximate' && b.precision === 'approximate' && overlaps(a, b)) {
    const start = a.start > b.start ? a.start : b.start;
    const end = a.end < b.end ? a.end : b.end;
    return { start, end, precision: start === end ? 'day' : 'approximate' };
  }
  return width(b) < width(a) ? b : a;
}

/**
 * Finds the event triggers of an article: takes its text, paragraphs and resolved dates, returns triggers in
 * text order, each dated by the date expression nearest it.
 */
export function findEventTriggers(article: Pick<Article, 'text' | 'paragraphs' | 'dates'>): EventTrigger[] {
  const triggers: EventTrigger[] = [];
  for (const paragraph of article.paragraphs) {
    if (paragraph.kind !== 'body') continue;
    for (const sentence of paragraph.sentences) {
      const tokens = tokenizeSentence(article.text, sentence);
      const lower = tokens.map((t) => t.text.toLowerCase());
      const used = new Set<number>();
      for (let i = 0; i < tokens.length; i++) {
        const match = triggerList.find(({ words }) => words.every((w, k) => lower[i + k] === w) && words.every((_, k) => !used.has(i + k)));
        if (!match) continue;
        const first = tokens[i]!;
        // A verb ("to strike the group") is no event; nor is a happening that is only planned or possible.
        if (first.tags.has('Verb') && !first.tags.has('Noun') && match.words.length === 1 && match.kind.type !== 'founding') continue;
        const before = lower.slice(Math.max(0, i - 3), i).join(' ');
        if (hypotheticalMarkers.some((m) => new RegExp(`(?:^|\\s)${m}(?:\\s|$)`, 'u').test(before))) continue;
        if (match.kind.requiresBefore && !match.kind.requiresBefore.includes(lower[i - 1] ?? '')) continue;
        match.words.forEach((_, k) => used.add(i + k));
        const end = tokens[i + match.words.length - 1]!.end;
        triggers.push({ kind: match.kind, start: first.start, end, sentence, date: null });
      }
      datePerTrigger(article, sentence, triggers.filter((m) => m.sentence === sentence));
    }
  }
  return triggers;
}

/** Adds to each trigger the entities named in its sentence: places near it say where, the others who. */
export function findEventMentions(articleId: string, triggers: readonly EventTrigger[], named: ReadonlyArray<{ entity: Entity; start: number; end: number }>): EventMention[] {
  return triggers.map((trigger) => {
    const inSentence = named.filter((m) => m.start >= trigger.sentence.start && m.end <= trigger.sentence.end);
    // Only places near the trigger say where it happened ("the strike … in a residential area of Kabul").
    const nearby = inSentence.filter((m) => Math.abs(m.start - trigger.start) <= placeReach);
    return {
      articleId,
      ...trigger,
      placeIds: [...new Set(nearby.filter((m) => m.entity.type === 'place').map((m) => m.entity.id))],
      entityIds: [...new Set(inSentence.filter((m) => m.entity.type !== 'place').map((m) => m.entity.id))],
    };
  });
}

/** Gives each date of a sentence to the trigger nearest it, so "a drone operation on Saturday … the attack's planners" dates only the operation. */
function datePerTrigger(article: Pick<Article, 'text' | 'dates'>, sentence: { start: number; end: number }, mentions: EventTrigger[]) {
  for (const date of article.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end)) {
    const reachable = mentions.filter((m) => nearestDate(article, sentence, m.start, m.end) === date);
    const nearest = reachable.sort((a, b) => Math.abs(a.start - date.start) - Math.abs(b.start - date.start))[0];
    if (nearest && !nearest.date) nearest.date = date;
  }
}

/** The date expression that dates a trigger: in its sentence, near it, and not in a clause of its own ("revealed on September 17 that a strike…"). */
function nearestDate(article: Pick<Article, 'text' | 'dates'>, sentence: { start: number; end: number }, start: number, end: number): ArticleDate | null {
  const candidates = article.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  const reachable = candidates.filter((d) => {
    const gap = d.end <= start ? article.text.slice(d.end, start) : article.text.slice(end, d.start);
    // A sentence's only date reaches its trigger however long the clause; several dates go to the nearest.
    return (gap.length <= dateReach || candidates.length === 1) && !/\bthat\b|[;“”"]/u.test(gap);
  });
  return reachable.sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0] ?? null;
}

/** Threads an article's mentions: a dated or placed mention starts or joins a compatible thread; a bare one continues the last of its kind. */
function threadArticle(found: readonly EventMention[], published: string | null, countries: ReadonlySet<string>): Thread[] {
  const threads: Thread[] = [];
  // Countries say nothing about which of two events a mention is ("in Afghanistan").
  const mentions = found.map((m) => ({ ...m, placeIds: m.placeIds.filter((p) => !countries.has(p)) }));
  for (const mention of mentions) {
    const same = threads.filter((t) => t.kind.type === mention.kind.type);
    const compatible = same.find(
      (t) =>
        (mention.date === null || t.date === null || overlaps(t.date, mention.date.date)) &&
        (mention.date !== null || mention.placeIds.length === 0 || t.placeIds.size === 0 || mention.placeIds.some((p) => t.placeIds.has(p))),
    );
    const target = mention.date === null && mention.placeIds.length === 0 ? same.at(-1) : compatible;
    if (target && (mention.date === null || target.date === null || overlaps(target.date, mention.date.date))) {
      add(target, mention);
    } else {
      const thread: Thread = { kind: mention.kind, mentions: [], date: null, future: false, placeIds: new Set(), entityIds: new Set(), published };
      add(thread, mention);
      threads.push(thread);
    }
  }
  return threads;
}

function add(thread: Thread, mention: EventMention) {
  thread.mentions.push(mention);
  if (mention.date) {
    thread.date = thread.date ? narrower(thread.date, mention.date.date) : mention.date.date;
    thread.future ||= mention.date.future;
  }
  for (const p of mention.placeIds) thread.placeIds.add(p);
  for (const e of mention.entityIds) thread.entityIds.add(e);
}

function merge(into: Thread, from: Thread) {
  for (const mention of from.mentions) into.mentions.push(mention);
  if (from.date) into.date = into.date ? narrower(into.date, from.date) : from.date;
  into.future &&= from.future;
  for (const p of from.placeIds) into.placeIds.add(p);
  for (const e of from.entityIds) into.entityIds.add(e);
}

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
  return countryVariants.has(name) || (nlp(name).has('#Country') && !name.includes(' of '));
}

function sharesPlaceOrNone(a: Thread, b: Thread): boolean {
  if (a.placeIds.size === 0 || b.placeIds.size === 0) return true;
  return [...a.placeIds].some((p) => b.placeIds.has(p));
}
