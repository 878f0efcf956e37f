import { z } from 'zod';
import { SlugSchema } from './slug.ts';

/** Who a claim is attributed to. */
export const SourceTypeSchema = z.enum(['person', 'organization', 'media', 'anonymous', 'document']);

/** A cited source: a named person, an organisation, a media outlet, an anonymous source or a document. */
export const SourceSchema = z.object({
  /** Readable, stable slug. */
  id: SlugSchema,
  /** The source as the article words it, e.g. "a senior Taliban insider". */
  label: z.string(),
  /** Person, organisation, media, anonymous or document. */
  type: SourceTypeSchema,
  /** The entity the source is, when it is a named one. */
  entityId: SlugSchema.nullable(),
  /** Articles that cite the source. */
  articleIds: z.array(SlugSchema),
});

export type SourceType = z.infer<typeof SourceTypeSchema>;
export type Source = z.infer<typeof SourceSchema>;
