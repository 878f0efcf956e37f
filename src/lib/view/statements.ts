/**
 * Every statement of the corpus, one entry per statement (renditions in several articles together), ranked by how
 * many articles and outlets carry it, or listed in the order the statements were made: the statement-level
 * coverage that outlet-level aggregators cannot show. Paged, so that no page grows with the corpus.
 */
import type { Claim } from '../../schema/index.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import { formatCount } from '../format.ts';
import { byWhenSaid, groupStatements, type StatementGroup } from '../statements.ts';
import { statementsHref } from '../urls.ts';
import type { PageMeta } from './shared.ts';

/** The two orders the list comes in. */
export type StatementOrder = 'coverage' | 'date';

/** Everything a page of the statements list renders. */
export interface StatementsView {
  /** Title and description of the page. */
  meta: PageMeta;
  /** The order of this list. */
  order: StatementOrder;
  /** Links to the list in either order, the current one marked. */
  orders: Array<{ label: string; href: string; current: boolean }>;
  /** "Statements 1–50 of 96". */
  range: string;
  /** The statements on this page. */
  groups: StatementGroup[];
  /** How many statements are carried by more than one article. */
  shared: number;
  /** Links to every page of the list, the current one marked; empty for a list of one page. */
  pages: Array<{ number: number; href: string; current: boolean }>;
  /** The previous page, or null on the first. */
  previous: string | null;
  /** The next page, or null on the last. */
  next: string | null;
}

/** Statements on one page of the list. */
export const statementsPerPage = 30;

/** Every statement, grouped and ordered: by coverage (articles, then outlets, then when said) or by when said. */
export function orderedStatements(claims: readonly Claim[], index: CorpusIndex, order: StatementOrder): StatementGroup[] {
  const groups = groupStatements([...claims].sort(byWhenSaid), index);
  if (order === 'date') return groups;
  // A stable sort keeps the order said among statements of equal coverage.
  return [...groups].sort((a, b) => b.articles - a.articles || b.outlets - a.outlets);
}

/** The pages of the list in one order. */
export function statementsPages(claims: readonly Claim[], index: CorpusIndex, order: StatementOrder): StatementsView[] {
  const groups = orderedStatements(claims, index, order);
  const count = Math.max(1, Math.ceil(groups.length / statementsPerPage));
  const shared = groups.filter((g) => g.articles > 1).length;
  return Array.from({ length: count }, (_, i) => {
    const number = i + 1;
    const slice = groups.slice(i * statementsPerPage, (i + 1) * statementsPerPage);
    const first = i * statementsPerPage + 1;
    const title = order === 'coverage' ? 'Statements by coverage' : 'Statements in the order they were made';
    return {
      meta: {
        title: number > 1 ? `${title}, page ${number}` : title,
        description: order === 'coverage' ? 'Every statement in the articles, the most widely carried first: how many articles and outlets carry each.' : 'Every statement in the articles, in the order it was made.',
      },
      order,
      orders: [
        { label: 'Most widely carried first', href: statementsHref('coverage'), current: order === 'coverage' },
        { label: 'In the order they were made', href: statementsHref('date'), current: order === 'date' },
      ],
      range: groups.length === 0 ? 'No statements' : `${formatCount(groups.length, 'statement')}${count > 1 ? `; ${first}–${first + slice.length - 1} on this page` : ''}`,
      groups: slice,
      shared,
      pages: count > 1 ? Array.from({ length: count }, (_, j) => ({ number: j + 1, href: statementsHref(order, j + 1), current: j === i })) : [],
      previous: number > 1 ? statementsHref(order, number - 1) : null,
      next: number < count ? statementsHref(order, number + 1) : null,
    };
  });
}
