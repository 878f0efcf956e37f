/**
 * An event's page as a view model: when and where it happened and how the date is known, its figures source by
 * source, and the account of it in the order the statements were made (renditions of one statement together).
 * A statement that is an event of its own (an admission, an announcement) links to what it is about, and an event
 * lists the later statements about it.
 */
import type { Article, Claim, Event } from '../../schema/index.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import type { FigureGroupView } from '../figures-view.ts';
import { capitalise, formatCount, formatEventDate } from '../format.ts';
import { datetimeOf } from '../marks.ts';
import { articleRef, eventRef, isStatementEvent, speakerView, type ArticleRef, type EventRef, type SpeakerView } from '../refs.ts';
import { eventSearch, type SearchAttributes } from '../search-meta.ts';
import { groupStatements, type StatementGroup } from '../statements.ts';
import { eventJsonLd } from '../structured-data.ts';
import { entityHref, eventHref, timelineHref } from '../urls.ts';
import { collapse, type Collapsed, type PageMeta } from './shared.ts';

/** Everything an event's page renders. */
export interface EventView {
  /** Title, description and structured data of the page. */
  meta: PageMeta;
  /** What the page tells the search index. */
  search: SearchAttributes;
  /** What kind of event it is: "Strike", "Admission". */
  kind: string;
  /** True for a statement (an admission, an announcement) rather than a happening. */
  statement: boolean;
  /** The event’s title. */
  title: string;
  /** The date as a heading shows it, its `datetime`, and how precisely it is known. */
  date: { label: string; datetime: string | null; precision: string };
  /** A note when the date lies after the reports (a deadline, a plan). */
  ahead: string | null;
  /** The words that date it, article by article. */
  datedBy: Array<{ words: string[]; article: ArticleRef }>;
  /** Where it happened. */
  places: Array<{ name: string; href: string }>;
  /** Who took part, places aside. */
  participants: Array<{ name: string; href: string }>;
  /** For a statement: the events it is about. */
  about: EventRef[];
  /** Statements made about this event later, as events of their own. */
  statementsAbout: EventRef[];
  /** The articles that report it. */
  articles: ArticleRef[];
  /** Its figures, one table per counted thing. */
  figures: FigureGroupView[];
  /** Every statement about the event, in the order made. */
  accounts: Collapsed<StatementGroup>;
  /** Who is cited about it more than once, most statements first; and how many others are cited once each. */
  speakers: { often: Array<{ speaker: SpeakerView; statements: number }>; once: number };
  /** The timeline. */
  timelineHref: string;
}

const precisionWords = { day: 'to the day', month: 'to the month', year: 'to the year', approximate: 'roughly: within a few days', unknown: 'not known' } as const;

/** The view model of one event's page; `figures` are its figure tables. */
export function eventView(event: Event, index: CorpusIndex, figures: FigureGroupView[]): EventView {
  const claims = event.claimIds.map((id) => index.claimsById.get(id)).filter((c): c is Claim => c !== undefined);
  const articles = event.articleIds.map((id) => index.articlesById.get(id)).filter((a): a is Article => a !== undefined);
  const entity = (id: string) => index.entitiesById.get(id);
  const places = event.placeIds.flatMap((id) => {
    const e = entity(id);
    return e ? [{ name: e.name, href: entityHref(e.id) }] : [];
  });
  const participants = event.entityIds
    .filter((id) => !event.placeIds.includes(id))
    .flatMap((id) => {
      const e = entity(id);
      return e ? [{ name: e.name, href: entityHref(e.id) }] : [];
    });
  const datedBy = new Map<string, Set<string>>();
  for (const mention of event.mentions) {
    if (!mention.dateText) continue;
    datedBy.set(mention.articleId, (datedBy.get(mention.articleId) ?? new Set()).add(mention.dateText));
  }
  const speakers = new Map<string, number>();
  for (const claim of claims) speakers.set(claim.sourceId, (speakers.get(claim.sourceId) ?? 0) + 1);
  const statement = isStatementEvent(event);
  const date = formatEventDate(event.date);
  return {
    meta: {
      title: `${event.title}, ${date}`,
      description: `${event.title} (${date}): ${formatCount(articles.length, 'article')} report it, with ${formatCount(claims.length, 'statement')} about it.`,
      jsonLd: eventJsonLd(event, eventHref(event.id), places.map((p) => ({ name: p.name }))),
    },
    search: eventSearch(event),
    kind: capitalise(event.type),
    statement,
    title: event.title,
    date: { label: date, datetime: datetimeOf(event.date), precision: precisionWords[event.date.precision] },
    ahead: event.future ? 'This date lies after the articles were written: it was planned or expected, not reported as done.' : null,
    datedBy: [...datedBy.entries()].flatMap(([id, words]) => {
      const article = index.articlesById.get(id);
      return article ? [{ words: [...words], article: articleRef(article) }] : [];
    }),
    places,
    participants,
    about: event.relatedEventIds.map((id) => index.eventsById.get(id)).filter((e): e is Event => e !== undefined).map(eventRef),
    statementsAbout: (index.statementsAbout.get(event.id) ?? []).slice().sort((a, b) => (a.date.start ?? '9999').localeCompare(b.date.start ?? '9999')).map(eventRef),
    articles: articles.map(articleRef),
    figures,
    accounts: collapse(groupStatements(claims, index), 10, 300),
    speakers: {
      often: [...speakers.entries()]
        .filter(([, statements]) => statements > 1)
        .map(([id, statements]) => ({ speaker: speakerView(index.sourcesById.get(id)!), statements }))
        .sort((a, b) => b.statements - a.statements || a.speaker.label.localeCompare(b.speaker.label))
        .slice(0, 8),
      once: [...speakers.values()].filter((n) => n === 1).length,
    },
    timelineHref: timelineHref(),
  };
}
