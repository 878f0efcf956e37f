/**
 * What each page tells Pagefind: its record type and facets (filters) and the fields a result shows (meta).
 * Pages spread these as attributes on their main element, so the index is built from the rendered site.
 */
import type { Article, Claim, Entity, Event, Source } from '../schema/index.ts';

/** What a page tells the index: its facets and the fields a result shows. */
export interface SearchAttributes {
  filters: Record<string, string>;
  meta: Record<string, string>;
}

/** Pagefind reads `key:value` from an attribute: a colon inside a value would cut it, and commas are kept out too. */
const value = (text: string) => text.replace(/[:,\n]/gu, ' ').replace(/\s+/gu, ' ').trim();

/** Facets and fields, values made safe for Pagefind's `key:value` attributes. */
function attributes(filters: Record<string, string>, meta: Record<string, string>): SearchAttributes {
  const clean = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, value(v)]));
  return { filters: clean(filters), meta: clean(meta) };
}

const typeLabels: Record<Entity['type'], string> = { person: 'Person', organization: 'Organisation', place: 'Place' };
const sourceLabels: Record<Source['type'], string> = { person: 'Named person', organization: 'Organisation', media: 'Media outlet', anonymous: 'Anonymous', document: 'Document' };

/** A claim: searchable by its words; filtered by article, outlet, source type and speaker; shown with speaker and article. */
export function claimSearch(claim: Claim, source: Source, article: Article): SearchAttributes {
  const mode = claim.mode === 'direct' ? 'Quoted' : 'Reported';
  return attributes(
    { type: 'Claim', article: article.title, outlet: article.outlet ?? 'Outlet unknown', 'source type': sourceLabels[source.type], speaker: source.label, mode },
    { speaker: source.label, article: article.title, date: article.published ?? 'date unknown' },
  );
}

/** An article. */
export function articleSearch(article: Article): SearchAttributes {
  return attributes({ type: 'Article', outlet: article.outlet ?? 'Outlet unknown' }, { date: article.published ?? 'date unknown' });
}

/** A person, organisation or place. */
export function entitySearch(entity: Entity): SearchAttributes {
  return attributes({ type: typeLabels[entity.type] }, { kind: typeLabels[entity.type] });
}

/** An event. */
export function eventSearch(event: Event): SearchAttributes {
  return attributes({ type: 'Event' }, { date: event.date.start ?? 'undated' });
}

/** A cited source. */
export function sourceSearch(source: Source): SearchAttributes {
  return attributes({ type: 'Source', 'source type': sourceLabels[source.type] }, { kind: sourceLabels[source.type] });
}
