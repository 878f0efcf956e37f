/**
 * The front page as a view model: what the story is, in two sentences drawn from the records (the articles and
 * outlets, the events most reported, a figure in dispute, the sources cited most), where to start reading, and the
 * articles.
 */
import type { Article, Corpus, Entity, Event } from '../../schema/index.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import type { FigureGroupView } from '../figures-view.ts';
import { formatCount, formatList, formatRange } from '../format.ts';
import { articleRef, eventRef, isStatementEvent, speakerView, type ArticleRef, type EventRef, type SpeakerView } from '../refs.ts';
import { countStatements } from '../statements.ts';
import { compareHref, eventHref, statementsHref, timelineHref } from '../urls.ts';
import { publicationRange } from './compare.ts';
import type { PageMeta } from './shared.ts';

/** A figure sources disagree on, for the front page. */
export interface Dispute {
  /** The event. */
  event: EventRef;
  /** What is counted: "civilians killed". */
  what: string;
  /** The numbers given, smallest to largest: "3 to 11". */
  range: string;
  /** How many sources give a number. */
  sources: number;
}

/** Everything the front page renders. */
export interface HomeView {
  /** Title and description of the page. */
  meta: PageMeta;
  /** What the story is, in two sentences. */
  summary: string[];
  /** Where to start reading. */
  startHere: Array<{ label: string; href: string; note: string }>;
  /** The events most reported, with how many articles report each. */
  events: Array<{ event: EventRef; articles: number }>;
  /** The figures in widest dispute. */
  disputes: Dispute[];
  /** The sources cited in most statements. */
  cited: Array<{ speaker: SpeakerView; statements: number }>;
  /** Every article, newest first, with its length. */
  articles: Array<{ article: ArticleRef; words: string }>;
  /** "5 articles · 104 statements · 28 events". */
  counts: string;
}

/**
 * An event title inside a sentence: its first letter in lower case ("the drone strike in Kabul"), unless the title
 * opens with a name or an acronym ("US military forces left…", "Joe Biden's visit").
 */
export function titleInSentence(title: string, names: readonly string[]): string {
  const first = title.split(/\s+/u)[0] ?? '';
  if (first === '' || first === first.toUpperCase() || /[A-Z]/u.test(first.slice(1))) return title;
  if (names.some((name) => title.startsWith(name))) return title;
  return title.charAt(0).toLowerCase() + title.slice(1);
}

/** The happenings most articles report, most reported first. */
export function headlineEvents(events: readonly Event[], limit = 4): Event[] {
  return events
    .filter((e) => !isStatementEvent(e) && e.date.start !== null)
    .sort((a, b) => b.articleIds.length - a.articleIds.length || b.claimIds.length - a.claimIds.length || a.date.start!.localeCompare(b.date.start!))
    .slice(0, limit);
}

/** Figures the sources disagree on, the widest disagreement (relative to the largest number) first. */
export function disputes(events: readonly Event[], figures: (event: Event) => FigureGroupView[], limit = 3): Dispute[] {
  return events
    .flatMap((event) => figures(event).filter((g) => g.disagree).map((group) => ({ event, group })))
    .sort((a, b) => (b.group.max! - b.group.min!) / b.group.max! - (a.group.max! - a.group.min!) / a.group.max! || b.group.rows.length - a.group.rows.length)
    .slice(0, limit)
    .map(({ event, group }) => ({ event: eventRef(event), what: group.what, range: `${group.min!.toLocaleString('en-GB')} to ${group.max!.toLocaleString('en-GB')}`, sources: new Set(group.rows.map((r) => r.source.label)).size }));
}

/** The sources cited in most statements. */
export function mostCited(corpus: Pick<Corpus, 'claims'>, index: CorpusIndex, limit = 6): Array<{ speaker: SpeakerView; statements: number }> {
  const counts = new Map<string, number>();
  for (const claim of corpus.claims) counts.set(claim.sourceId, (counts.get(claim.sourceId) ?? 0) + 1);
  return [...counts.entries()]
    .map(([id, statements]) => ({ speaker: speakerView(index.sourcesById.get(id)!), statements }))
    .sort((a, b) => b.statements - a.statements || a.speaker.label.localeCompare(b.speaker.label))
    .slice(0, limit);
}

/** The outlets of the articles in words: "Dawn, CNN and 3 that do not name their outlet". */
export function outletsInWords(articles: readonly Article[]): string {
  const named = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => o !== null))];
  const unnamed = articles.filter((a) => a.outlet === null).length;
  const shown = named.slice(0, 4);
  const parts = [...shown, ...(named.length > shown.length ? [`${named.length - shown.length} more outlets`] : []), ...(unnamed > 0 ? [`${unnamed} that do${unnamed === 1 ? 'es' : ''} not name ${unnamed === 1 ? 'its' : 'their'} outlet`] : [])];
  return formatList(parts);
}

/**
 * What the story is, in two sentences drawn from the records: which articles report how many events, and the most
 * reported; then the figure in widest dispute and the sources cited most.
 */
export function storySummary(corpus: Pick<Corpus, 'articles' | 'events' | 'claims' | 'entities'>, index: CorpusIndex, figures: (event: Event) => FigureGroupView[]): string[] {
  const names = corpus.entities.map((e: Entity) => e.name);
  const happenings = corpus.events.filter((e) => !isStatementEvent(e) && e.date.start !== null);
  const top = headlineEvents(corpus.events, 2);
  const range = publicationRange(corpus.articles);
  const eventPhrase = (e: Event) => `${titleInSentence(e.title, names)} (${formatRange(e.date)})`;
  const first =
    `${formatCount(corpus.articles.length, 'article')}, from ${outletsInWords(corpus.articles)}${range ? `, published ${range.includes('–') ? `between ${range.replace(/\s*–\s*/u, ' and ')}` : `on ${range}`}` : ''},` +
    ` report ${formatCount(happenings.length, 'dated event')}` +
    (top.length > 0 ? `; the most reported ${top.length === 1 ? 'is' : 'are'} ${formatList(top.map(eventPhrase))}.` : '.');
  const dispute = disputes(corpus.events, figures, 1)[0];
  const cited = mostCited(corpus, index, 3);
  const citedPhrase = formatList(cited.map((c, i) => `${c.speaker.label} (${i === 0 ? formatCount(c.statements, 'statement') : c.statements})`));
  const eventTitle = dispute ? titleInSentence(dispute.event.title, names) : '';
  const second = dispute
    ? `The sources disagree on ${dispute.what} in the ${eventTitle}, from ${dispute.range}${cited.length > 0 ? `; the most cited are ${citedPhrase}.` : '.'}`
    : cited.length > 0
      ? `The most cited sources are ${citedPhrase}.`
      : 'No statement in them is attributed to anyone.';
  return [first, second];
}

/** The front page's view model; `figures` gives an event's figure tables. */
export function homeView(corpus: Corpus, index: CorpusIndex, figures: (event: Event) => FigureGroupView[]): HomeView {
  const events = headlineEvents(corpus.events);
  const dispute = disputes(corpus.events, figures);
  const cited = mostCited(corpus, index);
  const articles = [...corpus.articles].sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.file.localeCompare(b.file));
  const topSpeaker = cited.find((c) => c.speaker.type === 'person') ?? cited[0];
  const startHere = [
    ...(events[0] ? [{ label: events[0].title, href: eventHref(events[0].id), note: `the event most reported: ${formatCount(events[0].articleIds.length, 'article')}, every account in the order it was given` }] : []),
    { label: 'The timeline', href: timelineHref(), note: 'what happened when, and what was said when' },
    ...(dispute.length > 0 ? [{ label: 'Where the figures disagree', href: `${compareHref()}#figures`, note: 'the same count, source by source' }] : []),
    ...(topSpeaker ? [{ label: topSpeaker.speaker.label, href: topSpeaker.speaker.href, note: `cited in ${formatCount(topSpeaker.statements, 'statement')}` }] : []),
    { label: 'Statements by coverage', href: statementsHref(), note: 'which statements the most articles carry' },
  ];
  return {
    meta: { title: 'Crosscheck', description: storySummary(corpus, index, figures)[0]! },
    summary: storySummary(corpus, index, figures),
    startHere,
    events: events.map((e) => ({ event: eventRef(e), articles: e.articleIds.length })),
    disputes: dispute,
    cited,
    articles: articles.map((a) => ({ article: articleRef(a), words: formatCount(a.wordCount, 'word') })),
    // The same counts as the summary above and the statements page: statements with their renditions together, dated happenings.
    counts: `${formatCount(corpus.articles.length, 'article')} · ${formatCount(countStatements(corpus.claims), 'statement')} · ${formatCount(corpus.events.filter((e) => !isStatementEvent(e) && e.date.start !== null).length, 'dated event')}`,
  };
}
