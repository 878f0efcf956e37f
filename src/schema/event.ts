import { z } from 'zod';
import { SlugSchema } from './slug.ts';

/** How exactly a date is known; `unknown` when the text gives no way to place it (no publication date to count from). */
export const DatePrecisionSchema = z.enum(['day', 'month', 'year', 'approximate', 'unknown']);

/** A resolved date range with its precision; an unknown date has no days. */
export const EventDateSchema = z
  .object({
    /** First day (ISO `YYYY-MM-DD`), or null when the date is unknown. */
    start: z.iso.date().nullable(),
    /** Last day (ISO `YYYY-MM-DD`), equal to `start` for a single day; null when unknown. */
    end: z.iso.date().nullable(),
    /** Day, month, year, approximate or unknown. */
    precision: DatePrecisionSchema,
  })
  .refine((d) => (d.precision === 'unknown') === (d.start === null && d.end === null), { message: 'an unknown date has no days, and only an unknown date' });

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
  /** For a statement on the timeline (an admission, an announcement), the events it is about. */
  relatedEventIds: z.array(SlugSchema),
});

export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
export type Event = z.infer<typeof EventSchema>;
