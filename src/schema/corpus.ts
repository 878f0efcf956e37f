import { z } from 'zod';
import { ArticleSchema } from './article.ts';
import { ClaimSchema } from './claim.ts';
import { EntitySchema } from './entity.ts';
import { EventSchema } from './event.ts';
import { SourceSchema } from './source.ts';
import { StorySchema } from './story.ts';

/** The records export: every record the pipeline made, the public contract of `data/records.json`. */
export const CorpusSchema = z
  .object({
    /** Version of this format; raised when a field changes meaning or goes away. */
    version: z.literal(1),
    /** The articles, in file order. */
    articles: z.array(ArticleSchema),
    /** People, organisations and places. */
    entities: z.array(EntitySchema),
    /** Cited sources. */
    sources: z.array(SourceSchema),
    /** Attributed statements. */
    claims: z.array(ClaimSchema),
    /** Events on the timeline. */
    events: z.array(EventSchema),
    /** Stories carried by several articles: copies and near-copies of one text. */
    stories: z.array(StorySchema),
  })
  .meta({ title: 'Crosscheck records', description: 'Articles, entities, sources, claims and events extracted by the Crosscheck pipeline.' });

export type Corpus = z.infer<typeof CorpusSchema>;

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The order records.json lists records in, part of the contract: articles by file, events by date (undated last) then id,
 * everything else by id. Two builds of the same input are byte-identical because of it.
 */
export function inCanonicalOrder(corpus: Corpus): Corpus {
  return {
    version: corpus.version,
    articles: [...corpus.articles].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)),
    entities: [...corpus.entities].sort(byId),
    sources: [...corpus.sources].sort(byId),
    claims: [...corpus.claims].sort(byId),
    events: [...corpus.events].sort((a, b) => (a.date.start ?? '9999').localeCompare(b.date.start ?? '9999') || byId(a, b)),
    stories: [...corpus.stories].sort(byId),
  };
}
