import { z } from 'zod';
import { SlugSchema } from './slug.ts';

/** How exactly a date is known. */
export const DatePrecisionSchema = z.enum(['day', 'month', 'year', 'approximate']);

/** A resolved date range with its precision. */
export const EventDateSchema = z.object({
  /** First day (ISO `YYYY-MM-DD`). */
  start: z.iso.date(),
  /** Last day (ISO `YYYY-MM-DD`), equal to `start` for a single day. */
  end: z.iso.date(),
  /** Day, month, year or approximate. */
  precision: DatePrecisionSchema,
});

/** Something that happened, clustered across the articles that report it. */
export const EventSchema = z.object({
  /** Readable, stable slug. */
  id: SlugSchema,
  /** A short title, e.g. "Drone strike in Kabul". */
  title: z.string(),
  /** When it happened. */
  date: EventDateSchema,
  /** Articles that report the event. */
  articleIds: z.array(SlugSchema),
  /** Claims about the event. */
  claimIds: z.array(SlugSchema),
  /** People, organisations and places taking part. */
  entityIds: z.array(SlugSchema),
  /** What kind of happening it is, e.g. "strike", "attack", "agreement". */
  type: z.string(),
  /** Where it happened: place entities. */
  placeIds: z.array(SlugSchema),
  /** Each phrase that reports it, with its date expression and how that was resolved. */
  mentions: z.array(
    z.object({
      articleId: SlugSchema,
      /** Offsets of the trigger word ("strike", "attack") in the article's text. */
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      /** The date expression that dated this mention, or null when it was dated by the mentions around it. */
      dateText: z.string().nullable(),
      /** How the date was resolved, or why the mention joined the event. */
      reasoning: z.string(),
    }),
  ),
  /** True when the date lies after the reports (a deadline, a plan). */
  future: z.boolean(),
});

export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type Event = z.infer<typeof EventSchema>;
