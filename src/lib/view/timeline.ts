/**
 * The timeline as a view model: filters by person or organisation, a chart drawn at build time (happenings as
 * circles sized by how many articles report them, statements as diamonds, dates known only roughly as bars, the
 * main events labelled), and the events by month and day, statements marked with what they are about.
 */
import type { Corpus, Entity, Event } from '../../schema/index.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import { capitalise, formatCount, formatEventDate, formatRange, shorten } from '../format.ts';
import { eventRef, isStatementEvent, type EventRef } from '../refs.ts';
import { entityHref, eventHref, timelineHref } from '../urls.ts';
import type { PageMeta } from './shared.ts';

/** An event whose date the text lets the pipeline place. */
type DatedEvent = Event & { date: { start: string; end: string } };

const isDated = (event: Event): event is DatedEvent => event.date.start !== null && event.date.end !== null;

/** The people and organisations a timeline can be filtered by: those taking part in at least `minimumEvents` events, most events first. */
export function timelineEntities(corpus: Pick<Corpus, 'events' | 'entities'>, minimumEvents = 2): Entity[] {
  const counts = new Map<string, number>();
  for (const event of corpus.events) for (const id of event.entityIds) counts.set(id, (counts.get(id) ?? 0) + 1);
  return corpus.entities
    .filter((e) => e.type !== 'place' && (counts.get(e.id) ?? 0) >= minimumEvents)
    .sort((a, b) => counts.get(b.id)! - counts.get(a.id)! || a.name.localeCompare(b.name));
}

/** What a mark on the chart stands for, which sets its shape and colour. */
export type MarkTone = 'violence' | 'statement' | 'other';

/** Kinds of happening drawn in the colour of violence. */
const violentTypes: ReadonlySet<string> = new Set(['attack', 'strike', 'shooting', 'bombing']);

/** A mark on the chart. */
export interface ChartMark {
  /** The event’s page. */
  href: string;
  /** The mark's accessible name: title and date. */
  name: string;
  /** Where the mark stands across the chart, in user units. */
  x: number;
  /** Where it stands up the chart, in user units. */
  y: number;
  /** Its radius: larger for events more articles report. */
  r: number;
  /** What it stands for, which sets its colour. */
  tone: MarkTone;
  /** A circle for a happening, a diamond for a statement. */
  shape: 'circle' | 'diamond';
  /** True for a date known only roughly (a span of days, a month, a year): drawn hollow, at its first day. */
  rough: boolean;
  /** The label drawn above it, with the line that joins them; null for unlabelled marks. */
  label: { text: string; x: number; y: number; anchor: 'start' | 'middle' | 'end' } | null;
}

/** A chart, laid out: one column per day that has an event, in date order, days without events left out. */
export interface ChartLayout {
  /** The chart’s width in user units. */
  width: number;
  /** The chart’s height in user units. */
  height: number;
  /** Where the axis runs. */
  axisY: number;
  /** Each column's day of the month (empty for a column of month- or year-long events). */
  ticks: Array<{ x: number; label: string }>;
  /** The month under the first column of each month. */
  months: Array<{ x: number; label: string }>;
  /** Where days are skipped between two columns: the axis is broken there. */
  breaks: number[];
  /** One mark per event. */
  marks: ChartMark[];
  /** What the chart shows, in words, for its title. */
  caption: string;
}

/** How a chart is laid out: its width in user units, and how many labels it can hold. */
export interface ChartOptions {
  /** The chart’s width in user units. */
  width: number;
  /** How many events get a label. */
  maxLabels: number;
  /** Characters a label keeps before it is cut. */
  labelLength: number;
}

const dayMs = 86_400_000;
const monthShort = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The width of a label character in user units, at the chart's 12-unit type. */
const charWidth = 6.6;
const rowHeight = 18;
const stackHeight = 15;

/**
 * The events the chart draws: those after the last long gap (more than `gapDays` without an event), so that a few
 * old events (2001, 2014) do not squeeze the weeks the story is about into a corner. The others are listed before it.
 */
export function chartWindow(events: readonly Event[], gapDays = 180): { recent: DatedEvent[]; earlier: DatedEvent[] } {
  const dated = events.filter(isDated).sort((a, b) => a.date.start.localeCompare(b.date.start) || a.title.localeCompare(b.title));
  let cut = 0;
  for (let i = 1; i < dated.length; i++) if (Date.parse(dated[i]!.date.start) - Date.parse(dated[i - 1]!.date.end) > gapDays * dayMs) cut = i;
  return { recent: dated.slice(cut), earlier: dated.slice(0, cut) };
}

/**
 * How much an event deserves a label on the chart: events reported by more articles first, then statements about
 * an event that three or more articles report (an admission about the main event), then other statements about events.
 * Zero for events no label is spent on.
 */
export function labelScore(event: Event, byId: ReadonlyMap<string, Event>): number {
  const about = event.relatedEventIds.map((id) => byId.get(id)?.articleIds.length ?? 0);
  const score = (event.articleIds.length > 1 ? 2 * event.articleIds.length : 0) + (about.length > 0 ? 1 : 0) + (about.some((n) => n >= 3) ? 4 : 0);
  return score;
}

/**
 * Lays out the chart of `events` (all dated, in date order) at one width: one column per day that has an event,
 * so that a busy week is not squeezed into a corner by a quiet month; skipped days break the axis. Marks stack up
 * in their column; the main events are labelled in rows above. Pure arithmetic, so the SVG is drawn at build time.
 */
export function chartLayout(events: readonly DatedEvent[], options: ChartOptions): ChartLayout {
  const { width } = options;
  if (events.length === 0) return { width, height: 40, axisY: 20, ticks: [], months: [], breaks: [], marks: [], caption: 'No dated events.' };
  const days = [...new Set(events.map((e) => e.date.start))].sort();
  const column = new Map(days.map((day, i) => [day, i]));
  const left = 8;
  const step = (width - 2 * left) / days.length;
  const xOf = (day: string) => left + (column.get(day)! + 0.5) * step;
  const rough = (event: Event) => event.date.precision !== 'day' || event.date.start !== event.date.end;

  const heights = new Map<string, number>();
  const placed = events.map((event) => {
    const stack = heights.get(event.date.start) ?? 0;
    heights.set(event.date.start, stack + 1);
    const size = isStatementEvent(event) ? 5 : 4 + 1.5 * Math.min(event.articleIds.length, 4);
    return { event, x: xOf(event.date.start), r: Math.min(size, step * 0.42), stack };
  });
  const stacks = Math.max(...heights.values());

  // Labels go in rows above the marks: each takes the lowest row where it overlaps no other label.
  const byId = new Map(events.map((e) => [e.id, e]));
  const chosen = new Set(
    placed
      .filter((p) => labelScore(p.event, byId) > 0)
      .sort((a, b) => labelScore(b.event, byId) - labelScore(a.event, byId) || a.x - b.x)
      .slice(0, options.maxLabels)
      .map((p) => p.event.id),
  );
  const rows: Array<Array<[number, number]>> = [];
  const labels = new Map<string, { text: string; x: number; row: number; anchor: 'start' | 'middle' | 'end' }>();
  for (const p of placed.filter((q) => chosen.has(q.event.id)).sort((a, b) => a.x - b.x)) {
    const text = shorten(p.event.title, options.labelLength);
    const w = text.length * charWidth;
    const anchor = p.x - w / 2 < 2 ? 'start' : p.x + w / 2 > width - 2 ? 'end' : 'middle';
    const x0 = anchor === 'start' ? p.x - 4 : anchor === 'end' ? p.x - w + 4 : p.x - w / 2;
    const extent: [number, number] = [x0 - 6, x0 + w + 6];
    let row = rows.findIndex((taken) => taken.every(([a, b]) => extent[1] < a || extent[0] > b));
    if (row < 0) row = rows.push([]) - 1;
    rows[row]!.push(extent);
    labels.set(p.event.id, { text, x: anchor === 'start' ? p.x - 4 : anchor === 'end' ? p.x + 4 : p.x, row, anchor });
  }
  const marksTop = 8 + rows.length * rowHeight + 8;
  const axisY = marksTop + stacks * stackHeight + 6;
  const height = axisY + 36;

  const allLong = (day: string) => events.filter((e) => e.date.start === day).every((e) => e.date.precision === 'month' || e.date.precision === 'year');
  const ticks = days.map((day) => ({ x: xOf(day), label: allLong(day) ? '' : String(Number(day.slice(8, 10))) }));
  const months: ChartLayout['months'] = [];
  days.forEach((day, i) => {
    const previous = days[i - 1];
    if (previous && previous.slice(0, 7) === day.slice(0, 7)) return;
    const newYear = !previous || previous.slice(0, 4) !== day.slice(0, 4);
    months.push({ x: xOf(day), label: `${monthShort[Number(day.slice(5, 7)) - 1]}${newYear && i > 0 ? ` ${day.slice(0, 4)}` : ''}` });
  });
  const breaks = days.slice(1).flatMap((day, i) => (Date.parse(day) - Date.parse(days[i]!) > dayMs ? [left + (i + 1) * step] : []));

  const marks: ChartMark[] = placed.map((p) => {
    const label = labels.get(p.event.id);
    const statement = isStatementEvent(p.event);
    return {
      href: eventHref(p.event.id),
      name: `${p.event.title}, ${formatEventDate(p.event.date)}`,
      x: p.x,
      y: axisY - 4 - stackHeight / 2 - p.stack * stackHeight,
      r: p.r,
      tone: statement ? 'statement' : violentTypes.has(p.event.type) ? 'violence' : 'other',
      shape: statement ? 'diamond' : 'circle',
      rough: rough(p.event),
      label: label ? { text: label.text, x: label.x, y: 8 + (label.row + 1) * rowHeight - 5, anchor: label.anchor } : null,
    };
  });
  const first = events[0]!.date.start;
  const last = events.at(-1)!.date.start;
  return {
    width,
    height,
    axisY,
    ticks,
    months,
    breaks,
    marks,
    caption: `Events from ${formatRange({ start: first, end: last, precision: 'day' })}, one column per day with events: circles are happenings, larger when more articles report them; diamonds are statements; hollow marks have dates known only roughly.`,
  };
}

/** One event in the timeline's list. */
export interface TimelineEntry {
  /** The event’s title. */
  title: string;
  /** The event’s page. */
  href: string;
  /** "Strike", "Admission". */
  kind: string;
  /** True for a statement rather than a happening. */
  statement: boolean;
  /** "3 articles · 5 sources". */
  counts: string;
  /** For a statement: what it is about. */
  about: EventRef[];
  /** A note when the date lies after the reports. */
  ahead: string | null;
}

/** Everything a timeline page renders. */
export interface TimelineView {
  /** Title and description of the page. */
  meta: PageMeta;
  /** The page’s heading. */
  heading: string;
  /** The person or organisation the timeline is filtered to, if any. */
  entity: { name: string; href: string } | null;
  /** The people and organisations it can be filtered by, the current one marked. */
  filters: Array<{ name: string; href: string; current: boolean }>;
  /** The chart at two widths: the narrow one for phones, where the wide one's type would be too small. */
  chart: { wide: ChartLayout; narrow: ChartLayout; earlier: EventRef[] };
  /** The events by month, then by day. */
  months: Array<{ id: string; label: string; days: Array<{ label: string; entries: TimelineEntry[] }> }>;
  /** How many events could not be dated. */
  undated: number;
}

const longMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The chart's two layouts. */
export const wideChart: ChartOptions = { width: 720, maxLabels: 6, labelLength: 34 };
/** The chart for phones: half the width, so its type stays readable at 375 px. */
export const narrowChart: ChartOptions = { width: 340, maxLabels: 5, labelLength: 26 };

/** The view model of the timeline, whole (entity null) or for one person or organisation. */
export function timelineView(events: readonly Event[], index: CorpusIndex, filterEntities: readonly Entity[], entity: Entity | null): TimelineView {
  const { recent, earlier } = chartWindow(events);
  const sourcesOf = (event: Event) => new Set(event.claimIds.map((id) => index.claimsById.get(id)?.sourceId).filter(Boolean)).size;
  const months = new Map<string, Map<string, TimelineEntry[]>>();
  const dayLabels = new Map<string, string>();
  for (const event of [...earlier, ...recent]) {
    const month = event.date.precision === 'year' ? event.date.start.slice(0, 4) : event.date.start.slice(0, 7);
    // A day, a span of days known only roughly, or a whole month or year: each its own heading, at its first day.
    const day = event.date.precision === 'year' || event.date.precision === 'month' ? `${month}~` : `${event.date.start}/${event.date.end}`;
    dayLabels.set(day, event.date.precision === 'year' ? `Sometime in ${month}` : event.date.precision === 'month' ? `Sometime in ${formatEventDate(event.date)}` : capitalise(formatEventDate(event.date)));
    const statement = isStatementEvent(event);
    const entry: TimelineEntry = {
      title: event.title,
      href: eventHref(event.id),
      kind: event.type.charAt(0).toUpperCase() + event.type.slice(1),
      statement,
      counts: [formatCount(event.articleIds.length, 'article'), sourcesOf(event) > 0 ? formatCount(sourcesOf(event), 'source') : ''].filter(Boolean).join(' · '),
      about: event.relatedEventIds.map((id) => index.eventsById.get(id)).filter((e): e is Event => e !== undefined).map(eventRef),
      ahead: event.future ? 'planned or expected when the articles were written' : null,
    };
    const days = months.get(month) ?? new Map<string, TimelineEntry[]>();
    days.set(day, [...(days.get(day) ?? []), entry]);
    months.set(month, days);
  }
  const heading = entity ? `Timeline: ${entity.name}` : 'Timeline';
  return {
    meta: {
      title: heading,
      description: entity ? `The events the articles link to ${entity.name}, in date order.` : 'What happened when, and what was said when, as the articles report it.',
    },
    heading,
    entity: entity ? { name: entity.name, href: entityHref(entity.id) } : null,
    filters: [{ name: 'Everyone', href: timelineHref(), current: entity === null }, ...filterEntities.map((e) => ({ name: e.name, href: timelineHref(e.id), current: entity?.id === e.id }))],
    chart: { wide: chartLayout(recent, wideChart), narrow: chartLayout(recent, narrowChart), earlier: earlier.map(eventRef) },
    months: [...months.entries()].map(([month, days]) => ({
      id: `m-${month}`,
      label: month.length === 4 ? month : `${longMonths[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`,
      days: [...days.entries()].map(([day, entries]) => ({ label: dayLabels.get(day)!, entries })),
    })),
    undated: events.filter((e) => !isDated(e)).length,
  };
}
