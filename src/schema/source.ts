import { z } from 'zod';
import { sourceRuleIds } from '../pipeline/rules/sources.ts';
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
  /** The other wordings the articles cite this source by ("DOD officials", "Officials from the Department of Defense"). */
  variants: z.array(z.string()),
  /** The row of `rules/sources.ts` that made the speaker this source. */
  rule: z.enum(sourceRuleIds),
});

export type SourceType = z.infer<typeof SourceTypeSchema>;
export type Source = z.infer<typeof SourceSchema>;
