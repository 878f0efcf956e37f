/**
 * The corpus as the pages see it, selected once per build: `getCollection` deep-clones every entry on each
 * call, so pages import these lists instead of calling it themselves.
 */
import { getCollection } from 'astro:content';
import { indexCorpus } from './lib/corpus-index.ts';
import { CorpusSchema, type Article, type Corpus } from './schema/index.ts';

const [articles, entities, sources, claims, events] = await Promise.all([
  getCollection('articles'),
  getCollection('entities'),
  getCollection('sources'),
  getCollection('claims'),
  getCollection('events'),
]);

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byFile = (a: Article, b: Article) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

/** Every record, validated again after the data store round trip; key order follows the schema, so output is stable. */
export const corpus: Corpus = CorpusSchema.parse({
  version: 1,
  articles: articles.map((entry) => entry.data).sort(byFile),
  entities: entities.map((entry) => entry.data).sort(byId),
  sources: sources.map((entry) => entry.data).sort(byId),
  claims: claims.map((entry) => entry.data).sort(byId),
  events: events.map((entry) => entry.data).sort(byId),
});

/** Articles, newest first; undated ones last, in file order. */
export const articlesByDate: Article[] = [...corpus.articles].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? ''));

/** Records by id and mentions placed in their sentences, for the pages. */
export const corpusIndex = indexCorpus(corpus);
