import { z } from 'zod';
import { SlugSchema } from './slug.ts';

/** A number in a claim and what it counts. */
export const FigureSchema = z.object({
  /** The number, words resolved ("ten" → 10). */
  value: z.number(),
  /** What is counted, e.g. "civilians killed". */
  what: z.string(),
  /** A qualifier such as "at least", "roughly", "over", or null. */
  qualifier: z.string().nullable(),
});

/** An attributed statement in an article. */
export const ClaimSchema = z.object({
  /** Readable, stable slug. */
  id: SlugSchema,
  /** The article the claim is in. */
  articleId: SlugSchema,
  /** The cited source. */
  sourceId: SlugSchema,
  /** The person speaking, when the source is a named person. */
  speakerEntityId: SlugSchema.nullable(),
  /** The sentence or sentences of the claim. */
  text: z.string(),
  /** The quoted words, or null for reported speech. */
  quote: z.string().nullable(),
  /** Direct quotation or reported (indirect) speech. */
  mode: z.enum(['direct', 'indirect']),
  /** The attribution cue, e.g. "said", "according to". */
  cue: z.string(),
  /** Offset of the claim in the article's `text`. */
  start: z.number().int().nonnegative(),
  /** Offset one past the claim. */
  end: z.number().int().nonnegative(),
  /** Epistemic markers, e.g. "appears to", "at least". */
  hedges: z.array(z.string()),
  /** Numbers in the claim with what they count. */
  figures: z.array(FigureSchema),
  /** Events the claim is about. */
  eventIds: z.array(SlugSchema),
  /** The cluster of renditions of the same statement across articles, or null. */
  clusterId: SlugSchema.nullable(),
  /** How the claim stands: asserted, hedged (a hedge or a distancing cue), or denied. */
  stance: z.enum(['asserted', 'hedged', 'denied']),
  /** The outlet or channel that carried the statement ("a witness informed CNN" → CNN), or null. */
  viaSourceId: SlugSchema.nullable(),
  /** The attribution rule that found the claim. */
  rule: z.string(),
});

export type Figure = z.infer<typeof FigureSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
