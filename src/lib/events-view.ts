/**
 * What event and timeline pages show: an event's figures by source with their range and disagreements, its
 * accounts in the order they were published, the timeline grouped by month and day, and the timeline drawn as
 * SVG. Pure functions over the records.
 */
import type { Article, Claim, Event, Figure, Source } from '../schema/index.ts';

/** One figure as a source reported it. */
export interface FigureRow {
  figure: Figure;
  claim: Claim;
  source: Source;
  article: Article;
}

/** The figures of an event that count one thing ("civilians killed"), side by side. */
export interface FigureGroup {
  /** What is counted, in the words of the first report. */
  what: string;
  rows: FigureRow[];
  min: number;
  max: number;
  /** True when the sources report different numbers. */
  disagree: boolean;
}

const byPublication = (a: { article: Article; claim: Claim }, b: { article: Article; claim: Claim }) =>
  (a.article.published ?? '9999').localeCompare(b.article.published ?? '9999') || a.article.file.localeCompare(b.article.file) || a.claim.start - b.claim.start;

/** Groups the figures of an event's claims by what they count, each group in order of publication. */
export function eventFigures(claims: readonly Claim[], sourcesById: ReadonlyMap<string, Source>, articlesById: ReadonlyMap<string, Article>): FigureGroup[] {
  const groups = new Map<string, FigureRow[]>();
  for (const claim of claims) {
    // Only counts of people or things affected ("11 civilians killed") belong in an event's table.
    for (const figure of claim.figures.filter((f) => f.outcome !== null)) {
      const row = { figure, claim, source: sourcesById.get(claim.sourceId)!, article: articlesById.get(claim.articleId)! };
      const key = figure.key;
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
  }
  return [...groups.values()]
    .map((rows) => {
      rows.sort(byPublication);
      const values = rows.map((r) => r.figure.value).filter((v): v is number => v !== null);
      return { what: rows[0]!.figure.what, rows, min: Math.min(...values), max: Math.max(...values), disagree: new Set(rows.map((r) => r.figure.value ?? r.figure.text)).size > 1 };
    })
    .sort((a, b) => b.rows.length - a.rows.length || a.what.localeCompare(b.what));
}

/** An event's claims in the order the articles were published: how the account changed. */
export function accountsInOrder(claims: readonly Claim[], articlesById: ReadonlyMap<string, Article>): Array<{ claim: Claim; article: Article }> {
  return claims.map((claim) => ({ claim, article: articlesById.get(claim.articleId)! })).sort(byPublication);
}

/** An event's claims grouped by source, sources with most claims first. */
export function accountsBySource(claims: readonly Claim[], sourcesById: ReadonlyMap<string, Source>): Array<{ source: Source; claims: Claim[] }> {
  const groups = new Map<string, Claim[]>();
  for (const claim of claims) groups.set(claim.sourceId, [...(groups.get(claim.sourceId) ?? []), claim]);
  return [...groups.entries()]
    .map(([id, list]) => ({ source: sourcesById.get(id)!, claims: list }))
    .sort((a, b) => b.claims.length - a.claims.length || a.source.label.localeCompare(b.source.label));
}

const monthNames = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The key events sort by: their first day, undated ones last. */
export const eventDateKey = (event: Pick<Event, 'date'>): string => event.date.start ?? '9999-99-99';

/** An event whose date the text lets the pipeline place. */
export type DatedEvent = Event & { date: { start: string; end: string } };

/** True for an event with a placed date: only those go on a timeline. */
export const isDated = (event: Event): event is DatedEvent => event.date.start !== null && event.date.end !== null;

/** How an event's date reads: "Sunday 29 August 2021", "August 2021", "2014", "about 16–20 August 2021", "Undated". */
export function formatEventDate(date: Event['date']): string {
  if (date.start === null || date.end === null) return 'Undated';
  const [y, m, d] = date.start.split('-').map(Number) as [number, number, number];
  const month = monthNames[m - 1]!;
  if (date.precision === 'year') return String(y);
  if (date.precision === 'month') return `${month} ${y}`;
  if (date.precision === 'day') {
    const weekday = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
    return `${weekday} ${d} ${month} ${y}`;
  }
  const [, m2, d2] = date.end.split('-').map(Number) as [number, number, number];
  return m2 === m ? `about ${d}–${d2} ${month} ${y}` : `about ${d} ${month} – ${d2} ${monthNames[m2 - 1]} ${y}`;
}

/** Events grouped by month, then by day, in date order. */
export function timelineGroups(events: readonly Event[]): Array<{ month: string; label: string; days: Array<{ day: string; label: string; events: Event[] }> }> {
  const months = new Map<string, Map<string, Event[]>>();
  for (const event of events.filter(isDated).sort((a, b) => a.date.start.localeCompare(b.date.start) || a.title.localeCompare(b.title))) {
    const month = event.date.precision === 'year' ? event.date.start.slice(0, 4) : event.date.start.slice(0, 7);
    const day = event.date.precision === 'day' ? event.date.start : `${month}-~`;
    const days = months.get(month) ?? new Map<string, Event[]>();
    days.set(day, [...(days.get(day) ?? []), event]);
    months.set(month, days);
  }
  return [...months.entries()].map(([month, days]) => ({
    month,
    label: month.length === 4 ? month : `${monthNames[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`,
    days: [...days.entries()].map(([day, list]) => ({
      day,
      label: day.endsWith('~') ? (month.length === 4 ? 'During the year' : 'During the month') : formatEventDate({ start: day, end: day, precision: 'day' }),
      events: list,
    })),
  }));
}

/** A mark on the drawn timeline. */
export interface TimelineMark {
  event: Event;
  x: number;
  /** The radius: larger for events more articles report. */
  r: number;
  row: number;
}

/** The layout of the SVG timeline: recent events on a day scale, older ones listed before a break. */
export interface TimelineLayout {
  width: number;
  height: number;
  start: string;
  end: string;
  marks: TimelineMark[];
  earlier: Event[];
  ticks: Array<{ x: number; label: string }>;
}

/**
 * Lays out the timeline: the last `windowDays` days up to the latest event on a linear day scale (overlapping
 * marks stacked), earlier events set apart. Pure arithmetic, so the SVG is drawn at build time.
 */
export function timelineLayout(events: readonly Event[], windowDays = 75, width = 720): TimelineLayout {
  const dayMs = 86_400_000;
  const dated = events.filter(isDated).sort((a, b) => a.date.start.localeCompare(b.date.start));
  const last = dated.at(-1);
  if (!last) return { width, height: 60, start: '', end: '', marks: [], earlier: [], ticks: [] };
  // The window starts a few days before the first event of the last `windowDays`, so the marks fill the width.
  const lastMs = Date.parse(last.date.end);
  const firstRecent = dated.find((e) => Date.parse(e.date.start) >= lastMs - windowDays * dayMs)!;
  const startMs = Date.parse(firstRecent.date.start) - 3 * dayMs;
  const endMs = lastMs + 2 * dayMs;
  const left = 30;
  const right = width - 20;
  const xOf = (ms: number) => left + ((ms - startMs) / (endMs - startMs)) * (right - left);
  const marks: TimelineMark[] = [];
  for (const event of dated.filter((e) => Date.parse(e.date.start) >= startMs)) {
    const mid = (Date.parse(event.date.start) + Date.parse(event.date.end)) / 2;
    const x = xOf(mid);
    const row = marks.filter((m) => Math.abs(m.x - x) < 14).length;
    marks.push({ event, x, r: 4 + 2 * Math.min(event.articleIds.length, 4), row });
  }
  const ticks: TimelineLayout['ticks'] = [];
  // A tick every few days, at most about ten.
  const step = Math.max(1, Math.ceil((endMs - startMs) / dayMs / 10));
  for (let ms = startMs + dayMs; ms <= endMs; ms += step * dayMs) {
    const date = new Date(ms);
    ticks.push({ x: xOf(ms), label: `${date.getUTCDate()} ${monthNames[date.getUTCMonth()]!.slice(0, 3)}` });
  }
  const rows = Math.max(1, ...marks.map((m) => m.row + 1));
  return {
    width,
    height: 50 + rows * 22,
    start: new Date(startMs).toISOString().slice(0, 10),
    end: last.date.end,
    marks,
    earlier: dated.filter((e) => Date.parse(e.date.start) < startMs),
    ticks,
  };
}
