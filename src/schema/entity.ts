import { z } from 'zod';
import { entityRuleIds } from '../pipeline/rules/entity-typing.ts';
import { identityRuleIds } from '../pipeline/rules/identity.ts';
import { SlugSchema } from './slug.ts';

/** The row of the entity typing tables (`rules/entity-typing.ts`) that typed a name. */
export const EntityRuleIdSchema = z.enum(entityRuleIds);

/** The row of the identity tables (`rules/identity.ts`) that linked a mention to its entity. */
export const IdentityRuleIdSchema = z.enum(identityRuleIds);

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
  /** The identity row that linked this mention to the entity (`rules/identity.ts`). */
  link: IdentityRuleIdSchema,
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
  /** The typing row that decided the entity's type (`rules/entity-typing.ts`). */
  typeRule: EntityRuleIdSchema,
  /** Articles that mention the entity. */
  articleIds: z.array(SlugSchema),
  /** Every mention, with offsets. */
  mentions: z.array(MentionSchema),
});

export type EntityType = z.infer<typeof EntityTypeSchema>;
export type EntityRuleId = z.infer<typeof EntityRuleIdSchema>;
export type IdentityRuleId = z.infer<typeof IdentityRuleIdSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Role = z.infer<typeof RoleSchema>;
export type Entity = z.infer<typeof EntitySchema>;
