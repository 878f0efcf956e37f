/** Threads: an article's event mentions → threads of one happening each; threads merged across articles. */
import type { Entity } from '../../schema/index.ts';
import { placeReach } from '../rules/events.ts';
import { knownDateOf, type EventMention, type EventTrigger, type KnownDate, type Thread } from './types.ts';

/** True when two date ranges share a day. */
export const overlaps = (a: KnownDate, b: KnownDate) => a.start <= b.end && b.start <= a.end;

/** What two accounts of a date agree on: their intersection when they overlap ("mid-August" and "last week"), else the narrower. */
function narrower(a: KnownDate, b: KnownDate): KnownDate {
  const width = (d: KnownDate) => Date.parse(d.end) - Date.parse(d.start);
  if (a.precision === 'approximate' && b.precision === 'approximate' && overlaps(a, b)) {
    const start = a.start > b.start ? a.start : b.start;
    const end = a.end < b.end ? a.end : b.end;
    return { start, end, precision: start === end ? 'day' : 'approximate' };
  }
  return width(b) < width(a) ? b : a;
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
      const thread: Thread = { kind: mention.kind, mentions: [], date: null, future: false, placeIds: new Set(), entityIds: new Set(), published };
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
    thread.date = thread.date ? narrower(thread.date, date) : date;
    thread.future ||= mention.date!.future;
  }
  for (const p of mention.placeIds) thread.placeIds.add(p);
  for (const e of mention.entityIds) thread.entityIds.add(e);
}

/** Merges one thread into another: mentions, the narrower date, places and participants. */
export function merge(into: Thread, from: Thread) {
  for (const mention of from.mentions) into.mentions.push(mention);
  if (from.date) into.date = into.date ? narrower(into.date, from.date) : from.date;
  into.future &&= from.future;
  for (const p of from.placeIds) into.placeIds.add(p);
  for (const e of from.entityIds) into.entityIds.add(e);
}

