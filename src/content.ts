/**
 * The corpus as the site sees it, selected once per build: `getCollection` deep-clones every entry on each call, so
 * routes import the corpus and its lookups from here, and hand each page the view model it renders as props.
 * Components and layouts never import this module (ESLint forbids it): a page is a function of its props alone.
 */
import { getCollection } from 'astro:content';
import { indexCorpus } from './lib/corpus-index.ts';
import { eventFigureGroups, type FigureGroupView } from './lib/figures-view.ts';
import { fromStored } from './lib/stored-record.ts';
import { comparablePairs } from './lib/view/compare.ts';
import { timelineEntities } from './lib/view/timeline.ts';
import { CorpusSchema, inCanonicalOrder, type Corpus, type Event } from './schema/index.ts';

/** Reads the collections and validates the records again after their round trip through the data store. */
async function readCorpus(): Promise<Corpus> {
  const [articles, entities, sources, claims, events] = await Promise.all([
    getCollection('articles'),
    getCollection('entities'),
    getCollection('sources'),
    getCollection('claims'),
    getCollection('events'),
  ]);
  const records = <K extends Exclude<keyof Corpus, 'version'>>(entries: ReadonlyArray<{ data: unknown }>) => entries.map((entry) => fromStored<Corpus[K][number]>(entry.data));
  const articleRecords = records<'articles'>(articles);
  // Astro warns about a collection with no entries, and most corpora have no copies: stories are read only when an
  // article belongs to one.
  const stories = articleRecords.some((a) => a.storyId !== null) ? await getCollection('stories') : [];
  return CorpusSchema.parse(
    inCanonicalOrder({
      version: 1,
      articles: articleRecords,
      entities: records<'entities'>(entities),
      sources: records<'sources'>(sources),
      claims: records<'claims'>(claims),
      events: records<'events'>(events),
      stories: records<'stories'>(stories),
    }),
  );
}

/** Every record in the canonical order; key order follows the schema. */
export const corpus: Corpus = await readCorpus();

/** Records by id and grouped for the view models, built once. */
export const corpusIndex = indexCorpus(corpus);

/** Pairs of articles the compare pages set side by side, by id. */
export const comparePairs = comparablePairs(corpus);

/** Each event's figure tables, computed once for every page that shows them. */
const figureTables = new Map(corpus.events.map((event) => [event.id, eventFigureGroups(event, corpusIndex)]));

/** The figure tables of an event. */
export const figureGroups = (event: Event): FigureGroupView[] => figureTables.get(event.id) ?? [];

/** The people and organisations with a timeline of their own. */
export const timelineFilters = timelineEntities(corpus);
