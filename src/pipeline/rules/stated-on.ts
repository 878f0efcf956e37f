/**
 * When a statement was made, as data: a claim → the date it was stated (`statedOn`), by the first row that finds
 * one. A date that governs the cue ("said on Sunday", "revealed on September 17 that", "On Tuesday, X said") dates
 * the statement; a statement that came "first" is placed before the later ones; otherwise it was made by the day
 * of publication, which is all the text says; with no publication date it is undated.
 */
import type { ArticleDate, EventDate } from '../../schema/index.ts';

/** What a row sees: the claim's first sentence, its cue and the article's resolved dates and publication date. */
export interface StatedContext {
  text: string;
  sentence: { start: number; end: number };
  cueAt: { start: number; end: number };
  first: boolean;
  dates: readonly ArticleDate[];
  published: string | null;
  /**
   * When the claim goes on with the account of the claim just before it (same source, same paragraph, nothing
   * between): how that claim was dated; otherwise null.
   */
  continues: { date: EventDate; reasoning: string; rule: string } | null;
}

/** One row: the date and the reasoning it gives, or null. */
export interface StatedOnRule {
  id: string;
  reason: string;
  find: (c: StatedContext) => { date: EventDate; reasoning: string } | null;
}

/** How far (in characters) a date may stand from its cue and still date the statement. */
const cueReach = 40;

const placed = (d: ArticleDate) => d.date.start !== null;

/** Words that open a clause of their own: a date inside one, before the comma that closes it, dates that clause. */
const subordinators = /\b(?:although|though|despite|after|since|when|while|because|before|until|once|as|if|whereas)\b/iu;

/**
 * "Despite the fact that US forces left at the end of August, DOD officials have promised …": a date before the cue,
 * in a clause a subordinator opens and a comma closes, dates what that clause reports, not the statement.
 */
const inSubordinateClause = (c: StatedContext, d: ArticleDate) => d.end <= c.cueAt.start && /,/u.test(c.text.slice(d.end, c.cueAt.start)) && subordinators.test(c.text.slice(c.sentence.start, d.start));

/** The rows, tried in order; the last always applies. */
export const statedOnRules: readonly StatedOnRule[] = [
  {
    id: 'date-governs-cue',
    reason: 'A date next to the cue, with no "that" or quotation between and not inside a clause of its own ("Although … last week, officials said"), is when it was said: "said on Sunday", "revealed on September 17 that".',
    find: (c) => {
      const near = c.dates.filter((d) => placed(d) && d.start >= c.sentence.start && d.end <= c.sentence.end).filter((d) => {
        const gap = d.end <= c.cueAt.start ? c.text.slice(d.end, c.cueAt.start) : c.text.slice(c.cueAt.end, d.start);
        return gap.length <= cueReach && !/\bthat\b|[“”";]/u.test(gap) && !inSubordinateClause(c, d);
      });
      const date = near.sort((a, b) => Math.abs(a.start - c.cueAt.start) - Math.abs(b.start - c.cueAt.start))[0];
      return date ? { date: date.date, reasoning: `"${date.text}" next to the cue: ${date.reasoning}` } : null;
    },
  },
  {
    id: 'date-opens-sentence',
    reason: 'A date that opens the sentence before the speaker and cue ("On Tuesday, X said …", "Yesterday, President Biden declared …") dates the statement.',
    find: (c) => {
      const opening = c.dates.find((d) => placed(d) && d.start >= c.sentence.start && c.text.slice(c.sentence.start, d.start).replace(/^\W*(?:on|in|late|early|by)?\s*/iu, '') === '' && d.end < c.cueAt.start && !/\bthat\b|[“”"]/u.test(c.text.slice(d.end, c.cueAt.start)));
      return opening ? { date: opening.date, reasoning: `"${opening.text}" opens the sentence: ${opening.reasoning}` } : null;
    },
  },
  {
    id: 'continues-dated-account',
    reason: 'A statement with no date of its own that goes on with the account just before it, by the same source in the same paragraph ("X said on Sunday …. According to X, …"), was made with it.',
    find: (c) => (c.continues && datedInTextRules.has(c.continues.rule) ? { date: c.continues.date, reasoning: `goes on with the account before it, by the same source: ${c.continues.reasoning}` } : null),
  },
  {
    id: 'first-account',
    reason: '"first claimed", "initially said": the statement came before the later accounts; it is placed at the start of what it is about, and no later than publication.',
    find: (c) => (c.first && c.published ? { date: { start: c.published, end: c.published, precision: 'approximate' }, reasoning: 'stated first, before the later accounts: no later than publication' } : null),
  },
  {
    id: 'continues-first-account',
    reason: '"Officials first claimed … . According to the officials, three civilians were killed": the next statement by the same source in the same paragraph belongs to the first account too.',
    find: (c) => (c.continues && firstAccountRules.has(c.continues.rule) && c.published ? { date: { start: c.published, end: c.published, precision: 'approximate' }, reasoning: 'goes on with the first account before it, by the same source: no later than publication' } : null),
  },
  {
    id: 'by-publication',
    reason: 'A statement the text does not date was made by the day the article was published, which is all the text says.',
    find: (c) => (c.published ? { date: { start: c.published, end: c.published, precision: 'approximate' }, reasoning: 'not dated in the text: made by the day of publication' } : null),
  },
  { id: 'undated', reason: 'With no publication date and no date near the cue, when it was said is unknown.', find: () => ({ date: { start: null, end: null, precision: 'unknown' }, reasoning: 'not dated in the text, and the article states no publication date' }) },
];

/** The rows that date a statement from the text itself, not from publication. */
export const datedInTextRules: ReadonlySet<string> = new Set(['date-governs-cue', 'date-opens-sentence', 'continues-dated-account']);

/** The rows that place a statement as the first account, before the later ones. */
export const firstAccountRules: ReadonlySet<string> = new Set(['first-account', 'continues-first-account']);

/** Every stated-on rule id, in table order. */
export const statedOnRuleIds = statedOnRules.map((r) => r.id) as [string, ...string[]];

/** The first row that dates a statement. */
export function statedOnOf(context: StatedContext): { date: EventDate; reasoning: string; rule: string } {
  for (const rule of statedOnRules) {
    const found = rule.find(context);
    if (found) return { ...found, rule: rule.id };
  }
  return { date: { start: null, end: null, precision: 'unknown' }, reasoning: 'not dated', rule: 'undated' };
}
