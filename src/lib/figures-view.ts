/**
 * The figures of an event as a table per counted thing ("civilians killed"): every source's number side by side,
 * in the order they were given, with the range and whether the sources disagree. A vague quantity ("several") is
 * shown in its words and never as a number; an outlet's own figures (not inside a quotation) are listed with the
 * outlet as their source. Pure functions over the records.
 */
import type { Article, Claim, Event, Figure, SourceType } from '../schema/index.ts';
import type { CorpusIndex } from './corpus-index.ts';
import { sentenceAt } from './corpus-index.ts';
import { formatDate } from './format.ts';
import { articleRef, speakerView, type ArticleRef } from './refs.ts';
import { byWhenSaid, saidLabel } from './statements.ts';
import { articleHref, claimHref, sentenceHref } from './urls.ts';

/** One source's figure in a table. */
export interface FigureRowView {
  /** The number as given ("11", "at least 169"), or the words of a vague quantity ("several suicide bombers"). */
  display: string;
  /** True for a vague quantity: no number is shown for it. */
  vague: boolean;
  /** Where it is stated: the statement's permalink, or the sentence in the article for an outlet's own figure. */
  href: string;
  /** Who gives it. */
  source: { label: string; type: SourceType; typeLabel: string; href: string | null };
  /** True when the article states it in its own voice rather than quoting someone. */
  ownVoice: boolean;
  /** A note beside the source: "own reporting" for an outlet's own figure; null otherwise. */
  note: string | null;
  /** When it was given. */
  said: string;
  /** The article it is in. */
  article: ArticleRef;
}

/** The figures of one counted thing. */
export interface FigureGroupView {
  /** What is counted, normalised: figures with the same key count the same thing. */
  key: string;
  /** What is counted, in the words of the first report: "civilians killed". */
  what: string;
  /** Each source’s figure, in the order given. */
  rows: FigureRowView[];
  /** The range of the numbers given: "3–11", "11"; null when every report is vague. */
  range: string | null;
  /** The smallest and largest numbers given, or null when there is none. */
  min: number | null;
  /** The largest number given, or null when every report is vague. */
  max: number | null;
  /** True when the sources give different numbers. */
  disagree: boolean;
}

/** The number as a table shows it: "11", "at least 169"; a vague quantity keeps its words. */
export function figureDisplay(figure: Figure): string {
  // The words as written, less a quotation mark the quantity was cut from ("several\" would-be attackers").
  if (figure.precision === 'vague' || figure.value === null) return figure.text.replace(/["“”]/gu, '');
  const number = figure.value.toLocaleString('en-GB');
  return figure.qualifier ? `${figure.qualifier} ${number}` : number;
}

interface Entry {
  figure: Figure;
  row: FigureRowView;
  /** Sort keys: when it was given, then where. */
  when: string;
  order: string;
}

function claimEntries(claims: readonly Claim[], index: CorpusIndex): Entry[] {
  return [...claims].sort(byWhenSaid).flatMap((claim, position) =>
    // Only counts of people or things affected ("11 civilians killed") belong in an event's table.
    claim.figures
      .filter((f) => f.outcome !== null)
      .map((figure) => {
        const source = speakerView(index.sourcesById.get(claim.sourceId)!);
        const article = index.articlesById.get(claim.articleId)!;
        return {
          figure,
          when: claim.statedOn.date.start ?? '9999-12-31',
          order: `a${String(position).padStart(6, '0')}`,
          row: { display: figureDisplay(figure), vague: figure.precision === 'vague' || figure.value === null, href: claimHref(claim.id), source, ownVoice: false, note: null, said: saidLabel(claim), article: articleRef(article) },
        };
      }),
  );
}

function reportedEntries(event: Event, index: CorpusIndex): Entry[] {
  return event.reportedFigures.flatMap((reported) => {
    const article: Article | undefined = index.articlesById.get(reported.articleId);
    if (!article) return [];
    const sentence = sentenceAt(article, reported.start);
    const figure = reported.figure;
    return [
      {
        figure,
        when: article.published ?? '9999-12-31',
        order: `b${article.id}:${String(reported.start).padStart(9, '0')}`,
        row: {
          display: figureDisplay(figure),
          vague: figure.precision === 'vague' || figure.value === null,
          href: sentence ? sentenceHref(article.id, sentence.anchor) : articleHref(article.id),
          source: { label: article.outlet ?? 'The article’s own reporting', type: 'media' as const, typeLabel: 'news outlet', href: null },
          ownVoice: true,
          note: article.outlet ? 'own reporting' : null,
          said: article.published ? formatDate(article.published) : 'undated',
          article: articleRef(article),
        },
      },
    ];
  });
}

/** Groups an event's figures by what they count, each group in the order the figures were given; groups with most reports first. */
export function eventFigureGroups(event: Event, index: CorpusIndex): FigureGroupView[] {
  const claims = event.claimIds.map((id) => index.claimsById.get(id)).filter((c): c is Claim => c !== undefined);
  const groups = new Map<string, Entry[]>();
  for (const entry of [...claimEntries(claims, index), ...reportedEntries(event, index)]) {
    const list = groups.get(entry.figure.key);
    if (list) list.push(entry);
    else groups.set(entry.figure.key, [entry]);
  }
  return [...groups.values()]
    .map((entries) => {
      entries.sort((a, b) => a.when.localeCompare(b.when) || a.order.localeCompare(b.order));
      const numbers = entries.filter((e) => !e.row.vague).map((e) => e.figure.value!);
      const min = numbers.length > 0 ? Math.min(...numbers) : null;
      const max = numbers.length > 0 ? Math.max(...numbers) : null;
      const range = min === null || max === null ? null : min === max ? min.toLocaleString('en-GB') : `${min.toLocaleString('en-GB')}–${max.toLocaleString('en-GB')}`;
      return { key: entries[0]!.figure.key, what: entries[0]!.figure.what, rows: entries.map((e) => e.row), range, min, max, disagree: new Set(numbers).size > 1 };
    })
    .sort((a, b) => b.rows.length - a.rows.length || a.what.localeCompare(b.what));
}
