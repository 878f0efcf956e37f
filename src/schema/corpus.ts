import { z } from 'zod';
import { ArticleSchema } from './article.ts';
import { ClaimSchema } from './claim.ts';
import { EntitySchema } from './entity.ts';
import { EventSchema } from './event.ts';
import { SourceSchema } from './source.ts';

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
  })
  .meta({ title: 'Crosscheck records', description: 'Articles, entities, sources, claims and events extracted by the Crosscheck pipeline.' });

export type Corpus = z.infer<typeof CorpusSchema>;
