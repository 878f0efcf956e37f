import { z } from 'zod';

/** What an editor may state about one article that its text lacks. Every field is optional. */
export const EditorialArticleSchema = z
  .object({
    /** Headline to use instead of one inferred from the text. */
    title: z.string().trim().min(1).optional(),
    /** Publishing outlet; null says it is unknown. */
    outlet: z.string().trim().min(1).nullable().optional(),
    /** Publication date (ISO `YYYY-MM-DD`); null says it is unknown. */
    published: z.iso.date().nullable().optional(),
    /** Why the editor believes these values; shown beside them. */
    note: z.string().optional(),
  })
  .strict();

/**
 * The editorial file `seeds/editorial.yaml`: per-article metadata keyed by file name, and alias groups
 * (names no rule can know are the same, such as DOD = Pentagon). It never adds claims, people or events.
 */
export const EditorialSchema = z
  .object({
    /** Metadata per article file name, e.g. `000_d9d98ab03fb78f62.txt`. */
    articles: z.record(z.string().regex(/\.txt$/, 'keys are article file names ending in .txt'), EditorialArticleSchema).default({}),
    /** Groups of names for one entity; the first is the canonical name. */
    aliases: z.array(z.array(z.string().trim().min(1)).min(2, 'an alias group needs at least two names')).default([]),
  })
  .strict();

export type EditorialArticle = z.infer<typeof EditorialArticleSchema>;
export type Editorial = z.infer<typeof EditorialSchema>;
