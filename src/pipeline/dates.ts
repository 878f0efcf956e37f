/**
 * Dates: the date expressions of a sentence → dates with a precision and the reasoning behind them, relative
 * to the article's publication date. chrono-node finds and reads the expressions; the rules here fix what news
 * copy needs: a bare weekday means the last such day before publication unless the sentence looks ahead, a
 * month part ("mid-August") is an approximate range, and "last week" is a span.
 */
import * as chrono from 'chrono-node';
import type { ArticleDocument, Token } from './document/types.ts';
import type { EventDate } from '../schema/index.ts';
import { bareYearPattern, datedWords, futureMarkersBefore, futureTenseWords, monthParts, pastTenseWords, spanPhrases } from './rules/dates.ts';

/** A date expression of the text, resolved. */
export interface ResolvedDate {
  /** Offsets of the expression in the article text. */
  start: number;
  end: number;
  /** The expression as written, e.g. "on Saturday". */
  text: string;
  /** The date or range it stands for. */
  date: EventDate;
  /** How it was resolved, in words: "Saturday → 2021-08-28, the Saturday before publication". */
  reasoning: string;
  /** True when the date lies after publication (a deadline, a plan). */
  future: boolean;
  /** True when the text itself looks ahead ("will", "by Tuesday"), so a date after publication is expected. */
  ahead: boolean;
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const iso = (date: Date) => date.toISOString().slice(0, 10);
const utc = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');

/** True when tagged words tell of the past in the simple past ("appeared", "said"), not the present perfect ("has ordered"). */
function hasSimplePast(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => t.tags.has('PastTense') && !['has', 'have', 'having', 'had'].includes(tokens[i - 1]?.text.toLowerCase() ?? ''));
}

/** Resolves a weekday relative to publication: the last one on or before it, or the next one when the text looks ahead. */
export function resolveWeekday(weekday: number, published: string, ahead: boolean): { date: string; reasoning: string; future: boolean } {
  const base = utc(published);
  const delta = ahead ? (weekday - base.getUTCDay() + 7) % 7 : -((base.getUTCDay() - weekday + 7) % 7);
  const date = iso(addDays(base, delta));
  const name = weekdays[weekday]!;
  const relation = delta === 0 ? 'the day of publication' : ahead ? `the ${name} after publication (a date ahead of the article)` : `the ${name} before publication`;
  return { date, reasoning: `${name} → ${date}, ${relation}`, future: delta > 0 };
}

/**
 * Finds and resolves the date expressions of a span of text. Takes the article text, the span, the publication
 * date (ISO, or null: relative expressions then cannot be resolved and are left out) and the span's tagged words.
 */
export function resolveDates(text: string, span: { start: number; end: number }, published: string | null, tokens: readonly Token[]): ResolvedDate[] {
  const slice = text.slice(span.start, span.end);
  const reference = published ? utc(published) : new Date(Date.UTC(2000, 0, 1, 12));
  const results: ResolvedDate[] = [];
  const lower = ` ${slice.toLowerCase().replace(/[^\p{L}'’ ]+/gu, ' ')} `;
  const looksAhead = futureTenseWords.some((w) => lower.includes(` ${w} `));
  const pastTense = pastTenseWords.some((w) => lower.includes(` ${w} `)) || hasSimplePast(tokens);
  for (const parsed of chrono.parse(slice, { instant: reference, timezone: 'UTC' }, { forwardDate: false })) {
    if (!datedWords.test(parsed.text)) continue;
    // What the expression states, as opposed to what chrono fills in from the reference date.
    const certain = (component: 'day' | 'month' | 'year' | 'weekday') => (parsed.start.isCertain(component) ? (parsed.start.get(component) ?? undefined) : undefined);
    const known = { day: certain('day'), month: certain('month'), year: certain('year'), weekday: certain('weekday') };
    // chrono may take a bracket or comma with the words: keep the expression only.
    const lead = parsed.text.length - parsed.text.replace(/^[\s(“"']+/u, '').length;
    const words = parsed.text.trim().replace(/^[(“"']+|[)”"',.;:]+$/gu, '');
    const start = span.start + parsed.index + lead;
    const end = start + words.length;
    const before = slice.slice(Math.max(0, parsed.index - 16), parsed.index);
    const marked = futureMarkersBefore.some((m) => new RegExp(`\\b${m}\\s+$`, 'iu').test(before));
    const ahead = (marked && !pastTense) || (looksAhead && !/\b(?:last|on\s+last)\s+$/iu.test(before));
    const base = { start, end, text: words, ahead };
    if (known.weekday !== undefined && known.day === undefined) {
      if (!published) continue;
      const resolved = resolveWeekday(known.weekday, published, ahead);
      results.push({ ...base, date: { start: resolved.date, end: resolved.date, precision: 'day' }, reasoning: resolved.reasoning, future: resolved.future });
      continue;
    }
    const span7 = spanPhrases.find((p) => p.pattern.test(parsed.text.trim()));
    if (span7) {
      if (!published) continue;
      // The week before the week of publication: its Monday to its Sunday.
      const monday = addDays(reference, -((reference.getUTCDay() + 6) % 7) - (/this/iu.test(parsed.text) ? 0 : 7));
      const date = { start: iso(monday), end: iso(addDays(monday, 6)), precision: 'approximate' as const };
      results.push({ ...base, date, reasoning: `"${parsed.text}" → ${date.start} to ${date.end}, ${span7.reason}`, future: false });
      continue;
    }
    const year = known.year ?? (published ? Number(published.slice(0, 4)) : undefined);
    if (year === undefined || known.month === undefined) continue;
    const yearNote = known.year === undefined ? ', the year of publication' : '';
    const part = monthParts.find((p) => p.pattern.test(before)) ?? (/^(?:the\s+)?end of\b/iu.test(words) ? monthParts[2] : undefined);
    if (part) {
      const last = part.lastDay === 'end' ? lastDayOfMonth(year, known.month) : part.lastDay;
      const date = { start: `${year}-${pad(known.month)}-${pad(part.firstDay)}`, end: `${year}-${pad(known.month)}-${pad(last)}`, precision: 'approximate' as const };
      const phrase = `${before.match(/(?:mid-?|early|late|(?:the )?(?:end|beginning|start) of)\s*$/iu)?.[0] ?? ''}${words}`;
      results.push({ ...base, date, reasoning: `"${phrase}" → ${date.start} to ${date.end}, ${part.reason}${yearNote}`, future: published !== null && date.start > published });
      continue;
    }
    if (known.day !== undefined) {
      const day = `${year}-${pad(known.month)}-${pad(known.day)}`;
      results.push({ ...base, date: { start: day, end: day, precision: 'day' }, reasoning: `"${parsed.text}" → ${day}${yearNote}`, future: published !== null && day > published });
    } else {
      const date = { start: `${year}-${pad(known.month)}-01`, end: `${year}-${pad(known.month)}-${pad(lastDayOfMonth(year, known.month))}`, precision: 'month' as const };
      const relative = /last|next|this/iu.test(parsed.text) ? `, counted from publication` : yearNote;
      results.push({ ...base, date, reasoning: `"${parsed.text}" → ${date.start.slice(0, 7)}${relative}`, future: published !== null && date.start > published });
    }
  }
  // A year on its own ("established in 2014"), which chrono leaves alone.
  for (const match of slice.matchAll(bareYearPattern)) {
    const yearText = match[1]!;
    const offset = span.start + match.index + match[0].length - yearText.length;
    if (results.some((r) => r.start <= offset && offset < r.end)) continue;
    const date = { start: `${yearText}-01-01`, end: `${yearText}-12-31`, precision: 'year' as const };
    results.push({ start: offset, end: offset + 4, text: yearText, date, reasoning: `"${match[0]}" → the year ${yearText}`, future: published !== null && date.start > published, ahead: looksAhead });
  }
  return results.sort((a, b) => a.start - b.start);
}

/** Resolves the date expressions of an article's body paragraphs, each read with its paragraph's tagged words. */
export function resolveArticleDates(document: ArticleDocument, published: string | null): ResolvedDate[] {
  return document.paragraphs
    .filter((p) => p.kind === 'body')
    .flatMap((p) => resolveDates(document.text, p, published, document.sentences.filter((s) => s.paragraph === p.index).flatMap((s) => s.tokens)));
}
