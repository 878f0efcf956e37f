import { z } from 'zod';

/** A quantity in a claim or an article and what it counts, as precisely as the text gives it. */
export const FigureSchema = z.object({
  /** The number, words resolved ("ten" → 10); null for a vague quantity ("several", "dozens of"). */
  value: z.number().nullable(),
  /** The quantity as written, qualifier and counted words included: "at least 169 Afghans", "several suicide bombers". */
  text: z.string(),
  /** What is counted, e.g. "civilians killed". */
  what: z.string(),
  /** What is counted, normalised so that two reports of one count compare equal ("civilian kill"). */
  key: z.string(),
  /** A qualifier such as "at least", "roughly", "over", or null. */
  qualifier: z.string().nullable(),
  /** Exact ("11"), approximate ("at least 169") or vague ("several", no number). */
  precision: z.enum(['exact', 'approximate', 'vague']),
  /** What happened to those counted, when the phrase itself says so ("killed 11 civilians" → killed); null otherwise. */
  outcome: z.string().nullable(),
});

export type Figure = z.infer<typeof FigureSchema>;
