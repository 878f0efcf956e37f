import { z } from 'zod';
import { SlugSchema } from './slug.ts';

/** What kind of thing a named entity is. */
export const EntityTypeSchema = z.enum(['person', 'organization', 'place']);

/** A span of an article's text that names the entity. */
export const MentionSchema = z.object({
  /** The article the mention is in. */
  articleId: SlugSchema,
  /** Offset of the first character in the article's `text`. */
  start: z.number().int().nonnegative(),
  /** Offset one past the last character. */
  end: z.number().int().nonnegative(),
});

/** A role or title the text gives an entity, with where it says so. */
export const RoleSchema = z.object({
  /** The role as written, e.g. "Pentagon spokesperson". */
  label: z.string(),
  /** The article that states it. */
  articleId: SlugSchema,
  /** Offset of the role phrase in the article's `text`. */
  start: z.number().int().nonnegative(),
  /** Offset one past the role phrase. */
  end: z.number().int().nonnegative(),
});

/** A person, organisation or place named in the article bodies, resolved across the corpus. */
export const EntitySchema = z.object({
  /** Readable, stable slug. */
  id: SlugSchema,
  /** Person, organisation or place. */
  type: EntityTypeSchema,
  /** Canonical name: the fullest form the corpus uses. */
  name: z.string(),
  /** Other forms found in the text or stated by the editorial alias table. */
  aliases: z.array(z.string()),
  /** Roles and titles, each with the sentence that states it. */
  roles: z.array(RoleSchema),
  /** True for news organisations (an organisation that is also a media outlet). */
  media: z.boolean().default(false),
  /** Articles that mention the entity. */
  articleIds: z.array(SlugSchema),
  /** Every mention, with offsets. */
  mentions: z.array(MentionSchema),
});

export type EntityType = z.infer<typeof EntityTypeSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Entity = z.infer<typeof EntitySchema>;
