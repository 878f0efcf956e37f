/**
 * The small pieces every view model shows: a link to an article with its outlet and date, a speaker with the
 * type of source, a link to an event. Plain data, built from the records by pure functions.
 */
import type { Article, Event, Source, SourceType } from '../schema/index.ts';
import { formatDate, formatRange, shorten } from './format.ts';
import { articleHref, entityHref, eventHref, sourceHref } from './urls.ts';

/** An article as a list shows it. */
export interface ArticleRef {
  /** The headline. */
  title: string;
  /** The headline cut to fit a line of a list. */
  short: string;
  /** The reader page. */
  href: string;
  /** The outlet, or words saying the copy does not name it. */
  outlet: string;
  /** False when the copy names no outlet (the outlet is then shown quietly). */
  outletKnown: boolean;
  /** The publication date as readers read it ("29 Aug 2021", "date unknown"). */
  date: string;
  /** The publication date (ISO), or null. */
  iso: string | null;
}

/** The words shown when a copy does not name its outlet. */
export const unnamedOutlet = 'Outlet not named';

/** An article as a list shows it. */
export function articleRef(article: Article): ArticleRef {
  return { title: article.title, short: shorten(article.title, 52), href: articleHref(article.id), outlet: article.outlet ?? unnamedOutlet, outletKnown: article.outlet !== null, date: formatDate(article.published), iso: article.published };
}

/** Who a statement is attributed to, as readers see it beside the words. */
export interface SpeakerView {
  /** The name, or the article's own words for an unnamed source ("a senior Taliban insider"). */
  label: string;
  /** The kind of source, which colours the highlight. */
  type: SourceType;
  /** The kind of source in a word or two: "person", "anonymous". */
  typeLabel: string;
  /** The page of the person or organisation, or of the unnamed source. */
  href: string;
}

/** The kinds of source, in the order a legend lists them, with their names in a legend and beside a statement. */
export const sourceTypes: ReadonlyArray<{ type: SourceType; legend: string; short: string }> = [
  { type: 'person', legend: 'Named person', short: 'person' },
  { type: 'organization', legend: 'Organisation', short: 'organisation' },
  { type: 'media', legend: 'News outlet', short: 'news outlet' },
  { type: 'document', legend: 'Document or report', short: 'document' },
  { type: 'anonymous', legend: 'Anonymous source', short: 'anonymous' },
];

const shortType = new Map(sourceTypes.map((t) => [t.type, t.short]));

/** The page a source links to: its entity's page when it is a named one, else its own. */
export const sourcePageHref = (source: Source) => (source.entityId ? entityHref(source.entityId) : sourceHref(source.id));

/** A source as a speaker beside a statement. */
export function speakerView(source: Source): SpeakerView {
  return { label: source.label, type: source.type, typeLabel: shortType.get(source.type) ?? source.type, href: sourcePageHref(source) };
}

/** An event as a list shows it. */
export interface EventRef {
  /** The event’s title. */
  title: string;
  /** The event’s page. */
  href: string;
  /** The date, briefly ("29 Aug 2021", "Aug 2021", "undated"). */
  date: string;
}

/** An event as a list shows it. */
export function eventRef(event: Event): EventRef {
  return { title: event.title, href: eventHref(event.id), date: formatRange(event.date) };
}

/** True for an event that is a statement (an admission, an announcement), rather than a happening. */
export const isStatementEvent = (event: Event) => event.kind === 'statement';
