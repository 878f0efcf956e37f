/**
 * What each record page tells Pagefind: its kind and facets (filters), and the fields a result shows under its
 * title (meta: speaker, outlet, date). `components/Indexed.astro` writes each as a hidden element of its own.
 */
import type { Article, Claim, Entity, Event, Source } from '../schema/index.ts';
import { formatDate, formatRange, shorten } from './format.ts';
import { sourceTypes, unnamedOutlet } from './refs.ts';
import { saidPhrase } from './statements.ts';

/** What a page tells the index: its facets and the fields a result shows. */
export interface SearchAttributes {
  /** The facets a reader can filter results by, by name. */
  filters: Record<string, string>;
  /** The fields a result shows under its title, by name. */
  meta: Record<string, string>;
}

/** A value on one line: pages give Pagefind each value as the text of its own element. */
const value = (text: string) => text.replace(/\s+/gu, ' ').trim();

/** Facets and fields, each value on one line. */
function attributes(filters: Record<string, string>, meta: Record<string, string>): SearchAttributes {
  const clean = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).map(([k, v]) => [k, value(v)]));
  return { filters: clean(filters), meta: clean(meta) };
}

const entityKinds: Record<Entity['type'], string> = { person: 'Person', organization: 'Organisation', place: 'Place' };
const legend = new Map(sourceTypes.map((t) => [t.type, t.legend]));

/** A statement: found by its words; filtered by speaker, outlet, kind of source and quoted or reported; shown with speaker, outlet and date. */
export function claimSearch(claim: Claim, source: Source, article: Article): SearchAttributes {
  const outlet = article.outlet ?? unnamedOutlet;
  return attributes(
    { type: 'Statement', speaker: source.label, outlet, 'kind of source': legend.get(source.type) ?? source.type, wording: claim.mode === 'direct' ? 'Quoted' : 'Reported' },
    // The result's title is the statement cut short: the excerpt under it shows the words that matched.
    { title: shorten(claim.text, 90), kind: claim.mode === 'direct' ? 'Quoted' : 'Reported', speaker: source.label, outlet, date: saidPhrase(claim) },
  );
}

/** An article: filtered by outlet; shown with outlet and date. */
export function articleSearch(article: Article): SearchAttributes {
  const outlet = article.outlet ?? unnamedOutlet;
  return attributes({ type: 'Article', outlet }, { outlet, date: formatDate(article.published) });
}

/** A person, organisation or place. */
export function entitySearch(entity: Entity): SearchAttributes {
  return attributes({ type: entity.media ? 'News outlet' : entityKinds[entity.type] }, { kind: entity.media ? 'News outlet' : entityKinds[entity.type] });
}

/** An event. */
export function eventSearch(event: Event): SearchAttributes {
  return attributes({ type: 'Event' }, { date: formatRange(event.date) });
}

/** A source with no entity of its own: an anonymous source, a document. */
export function sourceSearch(source: Source, article: Article | undefined): SearchAttributes {
  const outlet = article ? (article.outlet ?? unnamedOutlet) : '';
  return attributes({ type: 'Unnamed source', 'kind of source': legend.get(source.type) ?? source.type }, { kind: legend.get(source.type) ?? source.type, ...(outlet && { outlet }) });
}

/** A story carried by several articles; `carried` says by which ("3 articles from 2 outlets"). */
export function storySearch(carried: string): SearchAttributes {
  return attributes({ type: 'Story' }, { kind: `Story carried by ${carried}` });
}
