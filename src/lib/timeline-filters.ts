/** The people and organisations the timeline can be filtered by: those taking part in at least two events. */
import type { Corpus, Entity } from '../schema/index.ts';

/** Entities (not places) named in two or more events, most events first. */
export function timelineFilters(corpus: Corpus, minimumEvents = 2): Entity[] {
  const counts = new Map<string, number>();
  for (const event of corpus.events) for (const id of event.entityIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return corpus.entities
    .filter((e) => e.type !== 'place' && (counts.get(e.id) ?? 0) >= minimumEvents)
    .sort((a, b) => counts.get(b.id)! - counts.get(a.id)! || a.name.localeCompare(b.name));
}
