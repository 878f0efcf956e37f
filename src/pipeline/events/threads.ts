/** Threads: an article's event mentions → threads of one happening each; threads merged across articles. */
import type { Entity } from '../../schema/index.ts';
import { placeReach } from '../rules/events.ts';
import { knownDateOf, type EventMention, type EventTrigger, type KnownDate, type Thread } from './types.ts';

/** True when two date ranges share a day. */
export const overlaps = (a: KnownDate, b: KnownDate) => a.start <= b.end && b.start <= a.end;

/**
 * Date rows that count from the day of publication ("last week"): writers use them loosely for a happening they
 * place elsewhere by the calendar ("Kabul's collapse last week", "the fall of Kabul in mid-August").
 */
const countedFromPublication: ReadonlySet<string> = new Set(['week-span']);

/** A thread's date and whether it comes only from words counted from publication. */
interface ThreadDate {
  date: KnownDate;
  loose: boolean;
}

/**
 * What two accounts of a date agree on. Two approximate ranges that overlap: the one that names the calendar when the
 * other only counts from publication, else their intersection ("mid-August" and "early in the month"). Otherwise
 * the narrower.
 */
function narrower(a: ThreadDate, b: ThreadDate): ThreadDate {
  const width = (d: KnownDate) => Date.parse(d.end) - Date.parse(d.start);
  if (a.date.precision === 'approximate' && b.date.precision === 'approximate' && overlaps(a.date, b.date)) {
    if (a.loose !== b.loose) return a.loose ? b : a;
    const start = a.date.start > b.date.start ? a.date.start : b.date.start;
    const end = a.date.end < b.date.end ? a.date.end : b.date.end;
    return { date: { start, end, precision: start === end ? 'day' : 'approximate' }, loose: a.loose && b.loose };
  }
  return width(b.date) < width(a.date) ? b : a;
}

/** Narrows a thread's date by one more account of it. */
function narrowDate(thread: Thread, dated: ThreadDate) {
  ({ date: thread.date, loose: thread.looseDate } = thread.date ? narrower({ date: thread.date, loose: thread.looseDate }, dated) : dated);
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
      // Participants nearest the trigger first: "the agreement … required the Taliban to cut ties with al-Qaeda".
      entityIds: [...new Set(inSentence.filter((m) => m.entity.type !== 'place').sort((a, b) => Math.abs(a.start - trigger.start) - Math.abs(b.start - trigger.start)).map((m) => m.entity.id))],
    };
  });
}

/** Threads an article's mentions: a dated or placed mention starts or joins a compatible thread; a bare one continues the last of its kind. */
export function threadArticle(found: readonly EventMention[], published: string | null, countries: ReadonlySet<string>): Thread[] {
  const threads: Thread[] = [];
  // Countries say nothing about which of two events a mention is ("in Afghanistan").
  const mentions = found.map((m) => ({ ...m, placeIds: m.placeIds.filter((p) => !countries.has(p)) }));
  for (const mention of mentions) {
    const date = knownDateOf(mention);
    const same = threads.filter((t) => t.kind.type === mention.kind.type);
    const compatible = same.find(
      (t) =>
        (date === null || t.date === null || overlaps(t.date, date)) &&
        (date !== null || mention.placeIds.length === 0 || t.placeIds.size === 0 || mention.placeIds.some((p) => t.placeIds.has(p))),
    );
    const target = date === null && mention.placeIds.length === 0 ? same.at(-1) : compatible;
    if (target && (date === null || target.date === null || overlaps(target.date, date))) {
      add(target, mention);
    } else {
      const thread: Thread = { kind: mention.kind, mentions: [], date: null, looseDate: false, future: false, placeIds: new Set(), entityIds: new Set(), published };
      add(thread, mention);
      threads.push(thread);
    }
  }
  return threads;
}

/** Adds a mention to a thread, narrowing its date. */
function add(thread: Thread, mention: EventMention) {
  thread.mentions.push(mention);
  const date = knownDateOf(mention);
  if (date) {
    narrowDate(thread, { date, loose: countedFromPublication.has(mention.date!.rule) });
    thread.future ||= mention.date!.future;
  }
  for (const p of mention.placeIds) thread.placeIds.add(p);
  for (const e of mention.entityIds) thread.entityIds.add(e);
}

/** Merges one thread into another: mentions, the narrower date, places and participants. */
export function merge(into: Thread, from: Thread) {
  for (const mention of from.mentions) into.mentions.push(mention);
  if (from.date) narrowDate(into, { date: from.date, loose: from.looseDate });
  into.future &&= from.future;
  for (const p of from.placeIds) into.placeIds.add(p);
  for (const e of from.entityIds) into.entityIds.add(e);
}

