/**
 * Date expressions: chrono-node finds them in a paragraph; this module keeps what each states (as opposed to what
 * chrono fills in from a reference date) and how the sentence frames it (ahead of publication, in the past tense).
 */
import * as chrono from 'chrono-node';
import type { Token } from '../document/types.ts';
import { datedWords, futureMarkersBefore, futureTenseWords, pastTenseWords } from '../rules/dates.ts';

/** A date expression of the text, before it is resolved. */
export interface DateExpression {
  /** Offsets of the expression in the article text, and the words ("on Saturday" → "Saturday"). */
  start: number;
  end: number;
  text: string;
  /** What the words state: a day, a month, a year, a weekday, when they state it. */
  known: { day: number | undefined; month: number | undefined; year: number | undefined; weekday: number | undefined };
  /** True when the words name a year in digits ("2015", "'21"): only then can an undated article place them. */
  explicitYear: boolean;
  /** The words before the expression in its paragraph, for "mid-", "early", "by". */
  before: string;
  /** chrono's reading of the words. */
  raw: string;
  /** True when the text looks ahead ("will", "by Tuesday"); false when a past-tense verb governs the date ("said Wednesday"). */
  ahead: boolean;
  /** True when the sentence is in the past tense and does not look ahead ("they met in November"). */
  past: boolean;
}

/** An instant chrono is given when no publication date is known; nothing it fills in from it is ever kept. */
const placeholder = new Date(Date.UTC(2000, 0, 1, 12));

/** True when tagged words tell of the past in the simple past ("appeared", "said"), not the present perfect ("has ordered"). */
function hasSimplePast(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.tags.has('PastTense') && !['has', 'have', 'having', 'had'].includes(tokens[i - 1]?.text.toLowerCase() ?? ''));
}

/** The past-tense verb right before an expression ("said Wednesday", "told reporters on Sunday" is not one), if any. */
function governedByPastVerb(tokens: readonly Token[], start: number): boolean {
  const previous = [...tokens].reverse().find((t) => t.end <= start);
  if (!previous) return false;
  const verb = previous.text.toLowerCase() === 'on' ? [...tokens].reverse().find((t) => t.end <= previous.start) : previous;
  return verb !== undefined && verb.tags.has('PastTense') && start - verb.end <= 5;
}

/**
 * Finds the date expressions of a span of text. Takes the article text, the span, the publication date (or null)
 * and the span's tagged words; returns the expressions in text order, unresolved.
 */
export function findDateExpressions(text: string, span: { start: number; end: number }, published: string | null, tokens: readonly Token[]): DateExpression[] {
  const slice = text.slice(span.start, span.end);
  const reference = published ? new Date(`${published}T12:00:00Z`) : placeholder;
  const lower = ` ${slice.toLowerCase().replace(/[^\p{L}'’ ]+/gu, ' ')} `;
  const looksAhead = futureTenseWords.some((w) => lower.includes(` ${w} `));
  const pastTense = pastTenseWords.some((w) => lower.includes(` ${w} `)) || hasSimplePast(tokens);
  const found: DateExpression[] = [];
  for (const parsed of chrono.parse(slice, { instant: reference, timezone: 'UTC' }, { forwardDate: false })) {
    if (!datedWords.test(parsed.text)) continue;
    const certain = (component: 'day' | 'month' | 'year' | 'weekday') => (parsed.start.isCertain(component) ? (parsed.start.get(component) ?? undefined) : undefined);
    // chrono may take a bracket or comma with the words: keep the expression only.
    const lead = parsed.text.length - parsed.text.replace(/^[\s(“"']+/u, '').length;
    const words = parsed.text.trim().replace(/^[(“"']+|[)”"',.;:]+$/gu, '');
    const start = span.start + parsed.index + lead;
    const before = slice.slice(Math.max(0, parsed.index - 16), parsed.index);
    const marked = futureMarkersBefore.some((m) => new RegExp(`\\b${m}\\s+$`, 'iu').test(before));
    const ahead = !governedByPastVerb(tokens, start) && ((marked && !pastTense) || (looksAhead && !/\b(?:last|on\s+last)\s+$/iu.test(before)));
    const known = { day: certain('day'), month: certain('month'), year: certain('year'), weekday: certain('weekday') };
    found.push({ start, end: start + words.length, text: words, known, explicitYear: /\b(?:1[5-9]|20)\d\d\b|['’]\d\d\b/u.test(parsed.text), before, raw: parsed.text, ahead, past: pastTense && !ahead });
  }
  return joinAnniversaries(text, found, published);
}

/**
 * "Six years ago today" is one date, the day of publication six years back; chrono reads "six years ago" and
 * "today" apart, and "today" alone would date the anniversary's event to the day of publication.
 */
function joinAnniversaries(text: string, found: DateExpression[], published: string | null): DateExpression[] {
  const out: DateExpression[] = [];
  for (const expression of found) {
    const previous = out.at(-1);
    if (published && previous && /\bago$/iu.test(previous.text) && /^today$/iu.test(expression.text) && /^\s+$/u.test(text.slice(previous.end, expression.start))) {
      const joined = `${previous.text} ${expression.text}`;
      out[out.length - 1] = { ...previous, end: expression.end, text: joined, raw: joined, known: { ...previous.known, month: Number(published.slice(5, 7)), day: Number(published.slice(8, 10)) } };
      continue;
    }
    out.push(expression);
  }
  return out;
}


