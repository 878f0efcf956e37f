/** The date stage: date expressions → dates with precision and reasoning, by the rows of `rules/date-resolution.ts`. */
export { resolveArticleDates, resolveDates, resolveWeekday, type ResolvedDate } from './resolve.ts';
