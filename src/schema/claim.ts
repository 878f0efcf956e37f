import { z } from 'zod';
import { referenceRules } from '../pipeline/rules/pronouns.ts';
import { claimRuleIds } from '../pipeline/rules/speaker-position.ts';
import { speakerTypingRules } from '../pipeline/rules/speaker-typing.ts';
import { labelSpeakerRules } from '../pipeline/rules/transcripts.ts';
import { sourceRuleIds } from '../pipeline/rules/sources.ts';
import { statedOnRuleIds } from '../pipeline/rules/stated-on.ts';
import { EventDateSchema } from './date.ts';
import { FigureSchema } from './figure.ts';
import { SlugSchema } from './slug.ts';

/** The `statedOn.rule` values that place a statement as the first account, before the later ones. */
export { firstAccountRules } from '../pipeline/rules/stated-on.ts';

/** The row of the speaker-position table (`rules/speaker-position.ts`) that found a claim. */
export const ClaimRuleIdSchema = z.enum(claimRuleIds);

const speakerRuleIds = [...speakerTypingRules.map((r) => r.id), ...referenceRules.map((r) => r.id), ...labelSpeakerRules.map((r) => r.id)] as const;

/** The row that chose a claim's speaker: of the speaker-typing table, of the pronoun table when the words point back, or of the transcript-label table for a turn. */
export const SpeakerRuleIdSchema = z.enum(speakerRuleIds as unknown as [(typeof speakerRuleIds)[number], ...(typeof speakerRuleIds)[number][]]);

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
  /** The speaker-position row that found the claim (`rules/speaker-position.ts`). */
  rule: ClaimRuleIdSchema,
  /** The row that chose the speaker (`rules/speaker-typing.ts` or `rules/pronouns.ts`). */
  speakerRule: SpeakerRuleIdSchema,
  /** The row of `rules/sources.ts` that made the speaker this claim's source ("DOD officials" → the Department of Defense). */
  sourceRule: z.enum(sourceRuleIds),
  /** Every article that carries this statement word for word (copies of one story), with where it stands in each copy's text. */
  carriedIn: z.array(z.object({ articleId: SlugSchema, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })),
  /** The ids the copies' renditions of this statement would have had: their permalinks redirect here. */
  aliasIds: z.array(SlugSchema),
  /** When the statement was made, as far as the text says (`rules/stated-on.ts`), with the reasoning in words. */
  statedOn: z.object({
    date: EventDateSchema,
    reasoning: z.string(),
    /** The row of `rules/stated-on.ts` that dated it. */
    rule: z.enum(statedOnRuleIds),
  }),
});

export type Claim = z.infer<typeof ClaimSchema>;
export type ClaimRuleId = z.infer<typeof ClaimRuleIdSchema>;
export type SpeakerRuleId = z.infer<typeof SpeakerRuleIdSchema>;
