import { z } from 'zod';
import { SlugSchema } from './slug.ts';

/** One copy of a story and what it changed against the canonical copy, by paragraph index. */
export const StoryCopySchema = z.object({
  /** The article that is this copy. */
  articleId: SlugSchema,
  /** Paragraphs of this copy that the canonical copy does not have (a local paragraph). */
  added: z.array(z.number().int().nonnegative()),
  /** Paragraphs of the canonical copy that this copy leaves out (a trimmed ending). */
  cut: z.array(z.number().int().nonnegative()),
  /** Paragraphs changed in a few words: the canonical copy's paragraph and this copy's. */
  reworded: z.array(z.object({ canonical: z.number().int().nonnegative(), copy: z.number().int().nonnegative() })),
});

/** One story carried by several articles: copies and near-copies of one text. */
export const StorySchema = z.object({
  /** Readable, stable slug. */
  id: SlugSchema,
  /** The canonical copy's headline. */
  title: z.string(),
  /** The copy the others are compared with: the earliest published, then the first file. */
  canonicalArticleId: SlugSchema,
  /** Every article that carries the story, the canonical copy first. */
  articleIds: z.array(SlugSchema),
  /** The other copies and what each changed. */
  copies: z.array(StoryCopySchema),
});

export type Story = z.infer<typeof StorySchema>;
export type StoryCopy = z.infer<typeof StoryCopySchema>;
