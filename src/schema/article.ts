import { z } from 'zod';
import { dateRuleIds } from '../pipeline/rules/date-resolution.ts';
import { EventDateSchema } from './date.ts';
import { SlugSchema } from './slug.ts';

/** How a value of an article's metadata was obtained, so readers can weigh it. */
export const ProvenanceSchema = z.object({
  /** Where the value came from. */
  from: z.enum(['text', 'editorial', 'filename', 'none']).describe('Where the value came from'),
  /** The rule or phrase behind the value, in words. */
  detail: z.string().describe('The rule or phrase behind the value'),
  /** The editors' own note on a value they supplied, for readers ("the outlet is printed on the scan only"). */
  note: z.string().optional().describe("The editors' note on a value from the editorial file"),
});

/** What a paragraph is: body text, a crosshead inside the body, or page furniture set apart from it. */
export const ParagraphKindSchema = z.enum(['body', 'heading', 'furniture']);

/** The shape of furniture a paragraph was recognised as. */
export const FurnitureKindSchema = z.enum([
  'headline',
  'dateline-caption',
  'related-headline',
  'teaser-list',
  'site-label',
  'front-matter',
  'dateline',
  'correction',
  'credit-line',
  'byline',
  'copyright',
  'photo-credit',
  'sign-off',
  'stage-direction',
  'date-stamp',
]);

/** A paragraph's place in a transcript: which labelled turn it belongs to, and whose. */
export const TurnSchema = z.object({
  /** Which turn, from 0, in text order. */
  index: z.number().int().nonnegative(),
  /** The speaker label as printed, e.g. "MS. PSAKI", "Q". */
  label: z.string(),
  /** True when the turn is a reporter's or interviewer's question: shown, but no one's claim. */
  question: z.boolean(),
  /** Where the label ends, on the paragraph that opens the turn (its words start here); null on the paragraphs that continue it. */
  labelEnd: z.number().int().nonnegative().nullable(),
});

/** A wire dateline, read into its parts: "NEW YORK, March 3 (Reuters) -". */
export const DatelineSchema = z.object({
  /** Offsets of the dateline in `text`. */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** The dateline as written. */
  text: z.string(),
  /** The city, as a name ("Surabaya"), or null for an agency-only dateline ("(CNN) --"). */
  place: z.string().nullable(),
  /** The region or country after the city ("Indonesia"), or null. */
  region: z.string().nullable(),
  /** The news agency in parentheses ("Reuters"), or null. */
  agency: z.string().nullable(),
  /** Month (1–12) and day the dateline states, or null: the 1987 wire dates its copy "March 3". */
  month: z.number().int().min(1).max(12).nullable(),
  day: z.number().int().min(1).max(31).nullable(),
});

/** A sentence: character offsets into the article's `text`. */
export const SentenceSchema = z.object({
  /** Offset of the first character (UTF-16 code units into `text`). */
  start: z.number().int().nonnegative(),
  /** Offset one past the last character. */
  end: z.number().int().nonnegative(),
});

/** A paragraph of the source file, with its sentences and whether it is page furniture. */
export const ParagraphSchema = z.object({
  /** Position of the paragraph in the article, from 0. */
  index: z.number().int().nonnegative(),
  /** Offset of the first character (UTF-16 code units into `text`). */
  start: z.number().int().nonnegative(),
  /** Offset one past the last character. */
  end: z.number().int().nonnegative(),
  /** Body text, a crosshead, or furniture. */
  kind: ParagraphKindSchema,
  /** True when the paragraph is page furniture: kept and shown, but excluded from extraction. */
  furniture: z.boolean(),
  /** The furniture shape recognised, or null for body text and crossheads. */
  furnitureKind: FurnitureKindSchema.nullable(),
  /** The id of the segmentation rule that classified the paragraph. */
  rule: z.string(),
  /** Sentences of the paragraph; empty for furniture. */
  sentences: z.array(SentenceSchema),
  /** The transcript turn the paragraph belongs to, or null outside transcripts. */
  turn: TurnSchema.nullable(),
});

/** A date expression of the article, resolved relative to its publication date. */
export const ArticleDateSchema = z.object({
  /** Offset of the expression in `text`. */
  start: z.number().int().nonnegative(),
  /** Offset one past the expression. */
  end: z.number().int().nonnegative(),
  /** The expression as written, e.g. "on Saturday". */
  text: z.string(),
  /** The date or range it stands for. */
  date: EventDateSchema,
  /** How it was resolved: "Saturday → 2021-08-28, the Saturday before publication". */
  reasoning: z.string(),
  /** True when the date lies after publication (a deadline, a plan). */
  future: z.boolean(),
  /** True when the text itself looks ahead ("will", "by Tuesday", "next week"), so a date after publication is expected. */
  ahead: z.boolean(),
  /** The row of `rules/date-resolution.ts` that placed the date (or found it could not be placed). */
  rule: z.enum(dateRuleIds),
});

/** One news article as read from `seeds/`. */
export const ArticleSchema = z.object({
  /** Readable, stable slug. */
  id: SlugSchema,
  /** Path of the source file relative to the repository, e.g. `seeds/000_d9d98ab03fb78f62.txt`. */
  file: z.string(),
  /** Headline. */
  title: z.string().min(1),
  /** Publishing outlet, when known. */
  outlet: z.string().nullable(),
  /** Publication date (ISO `YYYY-MM-DD`), when known. */
  published: z.iso.date().nullable(),
  /** How title, outlet and publication date were obtained. */
  provenance: z.object({
    title: ProvenanceSchema,
    outlet: ProvenanceSchema,
    published: ProvenanceSchema,
  }),
  /** Words in the body paragraphs (furniture excluded). */
  wordCount: z.number().int().nonnegative(),
  /** The decoded file text that every offset points into (BOM removed, line endings kept). */
  text: z.string(),
  /** Paragraphs in file order, body and furniture alike. */
  paragraphs: z.array(ParagraphSchema),
  /** The wire dateline that opens the story, or null. */
  dateline: DatelineSchema.nullable(),
  /** The story this article is a copy of, when other articles carry the same text; else null. */
  storyId: SlugSchema.nullable(),
  /** A story, or a transcript of labelled turns (a briefing, an interview, remarks). */
  form: z.enum(['story', 'transcript']),
  /** Remarks about the input, such as a text that stops mid-sentence. */
  notes: z.array(z.string()),
  /** Date expressions of the story text, resolved. */
  dates: z.array(ArticleDateSchema),
});

export type Provenance = z.infer<typeof ProvenanceSchema>;
export type ParagraphKind = z.infer<typeof ParagraphKindSchema>;
export type FurnitureKind = z.infer<typeof FurnitureKindSchema>;
export type Sentence = z.infer<typeof SentenceSchema>;
export type Paragraph = z.infer<typeof ParagraphSchema>;
export type Turn = z.infer<typeof TurnSchema>;
export type Dateline = z.infer<typeof DatelineSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type ArticleDate = z.infer<typeof ArticleDateSchema>;
