import { z } from 'zod';
import { EventDateSchema } from './date.ts';
import { FigureSchema } from './figure.ts';
import { SlugSchema } from './slug.ts';

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
  /** Whether it is something that happened or something said (an admission, a speech), which a timeline draws apart. */
  kind: z.enum(['happening', 'statement']),
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
  /** Counts of people affected that an article states in its own voice about the event (not inside a claim): its outlet is their source. */
  reportedFigures: z.array(z.object({ articleId: SlugSchema, start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), figure: FigureSchema })),
});

export type Event = z.infer<typeof EventSchema>;
