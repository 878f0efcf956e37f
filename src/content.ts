/**
 * The corpus as the pages see it, selected once per build: `getCollection` deep-clones every entry on each
 * call, so pages import these lists instead of calling it themselves.
 */
import { getCollection } from 'astro:content';
import { indexCorpus } from './lib/corpus-index.ts';
import { trackReads } from './lib/page-reads.ts';
import { fromStored } from './lib/stored-record.ts';
import { CorpusSchema, inCanonicalOrder, type Article, type Corpus } from './schema/index.ts';

/** Reads the collections and validates the records again after their round trip through the data store. */
async function readCorpus(): Promise<Corpus> {
  const [articles, entities, sources, claims, events] = await Promise.all([
    getCollection('articles'),
    getCollection('entities'),
    getCollection('sources'),
    getCollection('claims'),
    getCollection('events'),
  ]);
  return CorpusSchema.parse(
    inCanonicalOrder({
      version: 1,
      articles: articles.map((entry) => fromStored<Article>(entry.data)),
      entities: entities.map((entry) => fromStored<Corpus['entities'][number]>(entry.data)),
      sources: sources.map((entry) => fromStored<Corpus['sources'][number]>(entry.data)),
      claims: claims.map((entry) => fromStored<Corpus['claims'][number]>(entry.data)),
      events: events.map((entry) => fromStored<Corpus['events'][number]>(entry.data)),
      // No page shows stories yet, so they are not stored; the story pages bring their own collection.
      stories: [],
    }),
  );
}

const validated = await readCorpus();

// Pages read the records through tracked lookups, so that a build renders only the pages whose records changed.
/** Every record in the canonical order; key order follows the schema. */
export const corpus: Corpus = trackReads('corpus', validated);

/** Articles, newest first; undated ones last, in file order. */
export const { articlesByDate } = trackReads('sorted', {
  articlesByDate: [...validated.articles].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '')),
});

/** Records by id and mentions placed in their sentences, for the pages. */
export const corpusIndex = trackReads('index', indexCorpus(validated));
