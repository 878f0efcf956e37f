import { z } from 'zod';

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

export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
export type EventDate = z.infer<typeof EventDateSchema>;
