/**
 * Date resolution as data: a date expression → a day, a range or "unknown", by the first row that applies. Every
 * resolved date keeps its row's id. With no publication date, only what the words themselves fix (a full date, a
 * month and year) is placed; a weekday, "last week" or "Oct. 3" stays unknown rather than being set against an
 * invented reference.
 */
import type { EventDate } from '../../schema/index.ts';
import type { DateExpression } from '../dates/expressions.ts';
import { monthParts, spanPhrases } from './dates.ts';

/** What a row makes of an expression: the date, and the reasoning in words. */
export interface Resolution {
  date: EventDate;
  reasoning: string;
}

/** One resolution row. */
export interface DateResolutionRule {
  id: string;
  reason: string;
  resolve: (e: DateExpression, published: string | null) => Resolution | null;
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const iso = (date: Date) => date.toISOString().slice(0, 10);
const utc = (isoDate: string) => new Date(`${isoDate}T12:00:00Z`);
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * 86_400_000);
const lastDayOfMonth = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const pad = (n: number) => String(n).padStart(2, '0');
const unknown = (e: DateExpression, why: string): Resolution => ({ date: { start: null, end: null, precision: 'unknown' }, reasoning: `"${e.text}": ${why}` });
/** The year an expression is in: its own, else the year of publication. */
const yearOf = (e: DateExpression, published: string | null) => {
  if (e.known.year !== undefined || !published) return e.known.year;
  return Number(published.slice(0, 4)) - (pastMonthOfYearBefore(e, published) ? 1 : 0);
};
/**
 * "They met in November", written in March: a month at least `yearBeforeGap` months after publication that a
 * past-tense sentence reports is last year's. Nearer months stay in the year of publication, whatever the tense:
 * "withdrawal by August 31", written on 29 August, is two days ahead, not a year behind. A sentence that looks
 * ahead keeps the year of publication too.
 */
const pastMonthOfYearBefore = (e: DateExpression, published: string) => {
  const { month } = e.known;
  return e.past && month !== undefined && month - Number(published.slice(5, 7)) >= yearBeforeGap;
};

/** How many months after publication a past-tense month must lie to be read as last year's. */
const yearBeforeGap = 2;
const yearNote = (e: DateExpression, published: string | null = null) =>
  e.known.year !== undefined ? '' : published && pastMonthOfYearBefore(e, published) ? ', the year before publication (a past month later in the year than the article)' : ', the year of publication';

/** Resolves a weekday relative to publication: the last one on or before it, or the next one when the text looks ahead. */
export function resolveWeekday(weekday: number, published: string, ahead: boolean): { date: string; reasoning: string; future: boolean } {
  const base = utc(published);
  const delta = ahead ? (weekday - base.getUTCDay() + 7) % 7 : -((base.getUTCDay() - weekday + 7) % 7);
  const date = iso(addDays(base, delta));
  const name = weekdays[weekday]!;
  const relation = delta === 0 ? 'the day of publication' : ahead ? `the ${name} after publication (a date ahead of the article)` : `the ${name} before publication`;
  return { date, reasoning: `${name} → ${date}, ${relation}`, future: delta > 0 };
}

/** The rows, tried in order. */
export const dateResolutionRules = [
  {
    id: 'undated-article',
    reason: 'With no publication date, words that need one ("on Saturday", "last week", "Oct. 3", "today") cannot be placed: they stay unknown.',
    resolve: (e, published) => (published === null && !e.explicitYear ? unknown(e, 'the article states no publication date, so this cannot be placed') : null),
  },
  {
    id: 'weekday',
    reason: 'A bare weekday is the last one before publication, or the next one when the sentence looks ahead ("by Tuesday", "will … on Monday").',
    resolve: (e, published) => {
      if (e.known.weekday === undefined || e.known.day !== undefined || !published) return null;
      const r = resolveWeekday(e.known.weekday, published, e.ahead);
      return { date: { start: r.date, end: r.date, precision: 'day' }, reasoning: r.reasoning };
    },
  },
  {
    id: 'week-span',
    reason: '"last week" is the week before the week of publication, Monday to Sunday; "this week" the week of publication.',
    resolve: (e, published) => {
      const phrase = spanPhrases.find((p) => p.pattern.test(e.raw.trim()));
      if (!phrase || !published) return null;
      const reference = utc(published);
      const monday = addDays(reference, -((reference.getUTCDay() + 6) % 7) - (/this/iu.test(e.raw) ? 0 : 7));
      const date: EventDate = { start: iso(monday), end: iso(addDays(monday, 6)), precision: 'approximate' };
      return { date, reasoning: `"${e.raw}" → ${date.start} to ${date.end}, ${phrase.reason}` };
    },
  },
  {
    id: 'month-part',
    reason: '"mid-August", "early September", "the end of August" are approximate ranges of days.',
    resolve: (e, published) => {
      const year = yearOf(e, published);
      const part = monthParts.find((p) => p.pattern.test(e.before)) ?? (/^(?:the\s+)?end of\b/iu.test(e.text) ? monthParts[2] : undefined);
      if (!part || year === undefined || e.known.month === undefined) return null;
      const month = e.known.month;
      const last = part.lastDay === 'end' ? lastDayOfMonth(year, month) : part.lastDay;
      const date: EventDate = { start: `${year}-${pad(month)}-${pad(part.firstDay)}`, end: `${year}-${pad(month)}-${pad(last)}`, precision: 'approximate' };
      const phrase = `${e.before.match(/(?:mid-?|early|late|(?:the )?(?:end|beginning|start) of)\s*$/iu)?.[0] ?? ''}${e.text}`;
      return { date, reasoning: `"${phrase}" → ${date.start} to ${date.end}, ${part.reason}${yearNote(e, published)}` };
    },
  },
  {
    id: 'day-of-month',
    reason: 'A month and day ("August 15", "Sept. 26, 2015"), in the year it states or else the year of publication.',
    resolve: (e, published) => {
      const year = yearOf(e, published);
      if (year === undefined || e.known.month === undefined || e.known.day === undefined) return null;
      const day = `${year}-${pad(e.known.month)}-${pad(e.known.day)}`;
      return { date: { start: day, end: day, precision: 'day' }, reasoning: `"${e.raw}" → ${day}${yearNote(e, published)}` };
    },
  },
  {
    id: 'month',
    reason: 'A month ("February 2020", "last month") is the range of its days.',
    resolve: (e, published) => {
      const year = yearOf(e, published);
      if (year === undefined || e.known.month === undefined) return null;
      const date: EventDate = { start: `${year}-${pad(e.known.month)}-01`, end: `${year}-${pad(e.known.month)}-${pad(lastDayOfMonth(year, e.known.month))}`, precision: 'month' };
      const relative = /last|next|this/iu.test(e.raw) ? ', counted from publication' : yearNote(e, published);
      return { date, reasoning: `"${e.raw}" → ${date.start!.slice(0, 7)}${relative}` };
    },
  },
  {
    id: 'year',
    reason: 'A year counted from publication ("last year", "six years ago") is the range of its days.',
    resolve: (e, published) => {
      if (e.known.year === undefined || e.known.month !== undefined || !published) return null;
      const year = e.known.year;
      return { date: { start: `${year}-01-01`, end: `${year}-12-31`, precision: 'year' }, reasoning: `"${e.raw.trim()}" → the year ${year}, counted from publication` };
    },
  },
] as const satisfies readonly DateResolutionRule[];

/** Rows applied outside chrono's expressions. */
export const extraDateRules = [
  {
    id: 'quoted-speech-day',
    reason: '"today", "yesterday", "tonight", a weekday or "a year ago" inside a quotation count from the day the words were said, which the article does not give: they stay unknown rather than counted from publication.',
  },
  { id: 'bare-year', reason: 'A year on its own after a preposition ("established in 2014"), before a noun ("the 2009 crash") or joined to such a year ("in 2008 and 2012"), which chrono leaves alone, is that year.' },
] as const;

/** The id of a row that resolved a date. */
export type DateRuleId = (typeof dateResolutionRules)[number]['id'] | (typeof extraDateRules)[number]['id'];

/** Every date rule id, in table order. */
export const dateRuleIds = [...dateResolutionRules.map((r) => r.id), ...extraDateRules.map((r) => r.id)] as [DateRuleId, ...DateRuleId[]];
