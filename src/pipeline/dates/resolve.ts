/**
 * Dates: the date expressions of a paragraph → dates with a precision, the reasoning behind them and the row of
 * `rules/date-resolution.ts` that placed them, relative to the article's publication date. An expression no row
 * can place (a weekday in an article with no stated date) is kept, with precision `unknown`.
 */
import type { ArticleDate } from '../../schema/index.ts';
import { insideQuote } from '../document/quotes.ts';
import type { ArticleDocument, Token } from '../document/types.ts';
import { dateResolutionRules, type DateResolutionRule } from '../rules/date-resolution.ts';
import { bareYearPattern, futureTenseWords, speechDayWords } from '../rules/dates.ts';
import { findDateExpressions } from './expressions.ts';

export { resolveWeekday } from '../rules/date-resolution.ts';

/** A date expression of the text, resolved (a record of `articles[].dates`). */
export type ResolvedDate = ArticleDate;

const after = (start: string | null, published: string | null) => published !== null && start !== null && start > published;

/**
 * Finds and resolves the date expressions of a span of text. Takes the article text, the span, the publication
 * date (ISO, or null: then only what the words fix themselves is placed) and the span's tagged words.
 */
export function resolveDates(text: string, span: { start: number; end: number }, published: string | null, tokens: readonly Token[]): ResolvedDate[] {
  const results: ResolvedDate[] = [];
  for (const expression of findDateExpressions(text, span, published, tokens)) {
    for (const rule of dateResolutionRules) {
      const resolved = (rule.resolve as DateResolutionRule['resolve'])(expression, published);
      if (!resolved) continue;
      results.push({
        start: expression.start,
        end: expression.end,
        text: expression.text,
        date: resolved.date,
        reasoning: resolved.reasoning,
        future: after(resolved.date.start, published),
        ahead: expression.ahead,
        rule: rule.id,
      });
      break;
    }
  }
  const slice = text.slice(span.start, span.end);
  const lower = ` ${slice.toLowerCase().replace(/[^\p{L}'’ ]+/gu, ' ')} `;
  const looksAhead = futureTenseWords.some((w) => lower.includes(` ${w} `));
  for (const match of slice.matchAll(bareYearPattern)) {
    const yearText = match[1]!;
    const offset = span.start + match.index + match[0].length - yearText.length;
    if (results.some((r) => r.start <= offset && offset < r.end)) continue;
    // "the 2009 crash" dates the crash; "the 2000 soldiers" counts them, and "the 2018 World Cup" is a name.
    const next = tokens.find((t) => t.start > offset + 4);
    if (/^the\b/iu.test(match[0]) && (!next || next.tags.has('Plural') || /^\p{Lu}/u.test(next.text))) continue;
    const date = { start: `${yearText}-01-01`, end: `${yearText}-12-31`, precision: 'year' as const };
    results.push({ start: offset, end: offset + 4, text: yearText, date, reasoning: `"${match[0]}" → the year ${yearText}`, future: after(date.start, published), ahead: looksAhead, rule: 'bare-year' });
  }
  return results.sort((a, b) => a.start - b.start);
}

/**
 * Resolves the date expressions of an article's body paragraphs, each read with its paragraph's tagged words; a
 * day counted from speech inside a quotation ("… an operation today,” Urban said) stays unknown.
 */
export function resolveArticleDates(document: ArticleDocument, published: string | null): ResolvedDate[] {
  return document.paragraphs
    .filter((p) => p.kind === 'body')
    .flatMap((p) => resolveDates(document.text, p, published, document.sentences.filter((s) => s.paragraph === p.index).flatMap((s) => s.tokens)).map((d) => (insideQuote(d.start, document.quotes[p.index] ?? []) && speechDayWords.test(d.text.trim()) ? quotedSpeechDay(d) : d)));
}

/** A speech-relative day inside a quotation, left unplaced. */
const quotedSpeechDay = (d: ResolvedDate): ResolvedDate => ({
  ...d,
  date: { start: null, end: null, precision: 'unknown' },
  reasoning: `"${d.text}" inside a quotation counts from the day it was said, which the article does not give`,
  future: false,
  rule: 'quoted-speech-day',
});
