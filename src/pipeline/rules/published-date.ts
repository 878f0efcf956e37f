/**
 * Where an article states its publication date, as data: the rows are tried in order over the text, and the
 * first that finds a full date (day, month and year) gives it, recorded with the row's reason. Only when no row
 * finds one does the editorial file speak; when neither does, the date stays unknown.
 */
import * as chrono from 'chrono-node';
import type { Dateline, Paragraph } from '../../schema/index.ts';
import { machineDatePattern } from './furniture.ts';

/** What a row reads: the text, its paragraphs, its dateline and the file's name. */
export interface PublishedContext {
  text: string;
  paragraphs: readonly Paragraph[];
  dateline: Dateline | null;
  fileName: string;
}

/** One row: the date it finds (ISO) and the words it found it in, or null. */
export interface PublishedDateRule {
  id: string;
  reason: string;
  read: (c: PublishedContext) => { date: string; detail: string } | null;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A full date written in words or digits ("Monday, Nov. 18, 2019", "23 Nov, 2024", "2024-11-23"), or null when the year, month or day is missing. */
export function readFullDate(words: string): string | null {
  const parsed = chrono.parse(words, { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 'UTC' })[0];
  if (!parsed || !parsed.start.isCertain('year') || !parsed.start.isCertain('month') || !parsed.start.isCertain('day')) return null;
  // "today" is certain too, relative to the reference: a date must be written out.
  if (!/\d{4}/u.test(parsed.text)) return null;
  return `${parsed.start.get('year')}-${pad(parsed.start.get('month')!)}-${pad(parsed.start.get('day')!)}`;
}

const paragraphText = (c: PublishedContext, p: Paragraph) => c.text.slice(p.start, p.end);

/** The rows, tried in order. */
export const publishedDateRules: readonly PublishedDateRule[] = [
  {
    id: 'header-date',
    reason: 'A Markdown header block states the date ("date: \'2022-03-01\'").',
    read: (c) => {
      const header = c.paragraphs.find((p) => p.rule === 'front-matter');
      const line = header ? /^(?:date|published(?:_time|_at)?|pubdate):\s*['"]?(\d{4}-\d{2}-\d{2})/mu.exec(paragraphText(c, header)) : null;
      return line ? { date: line[1]!, detail: `the header block's "${line[0].trim()}" line` } : null;
    },
  },
  {
    id: 'machine-date-token',
    reason: 'Some scrapers prefix a page with a machine date token ("date 2021-10-24").',
    read: (c) => {
      for (const p of c.paragraphs.filter((q) => q.furniture)) {
        const match = machineDatePattern.exec(paragraphText(c, p));
        if (match) return { date: match[1]!, detail: `the dateline "${match[0].trim()}"` };
      }
      return null;
    },
  },
  {
    id: 'date-line',
    reason: 'A date line or stamp above or below the story ("Friday, July 21, 2017", "POSTED: May 22, 2010", "(Published Monday, Nov. 18, 2019)").',
    read: (c) => {
      for (const p of c.paragraphs.filter((q) => q.rule === 'date-stamp')) {
        const date = readFullDate(paragraphText(c, p));
        if (date) return { date, detail: `the date line "${paragraphText(c, p).trim()}"` };
      }
      return null;
    },
  },
  {
    id: 'dateline-and-year',
    reason: 'A wire dateline states the month and day ("NEW YORK, March 3 -"); the year comes from a full date in the page furniture or, failing that, the file\'s name.',
    read: (c) => {
      if (!c.dateline?.month || !c.dateline.day) return null;
      const furnitureYear = c.paragraphs.filter((p) => p.furniture).map((p) => readFullDate(paragraphText(c, p))).find((d) => d !== null)?.slice(0, 4);
      const fileYear = /(?:^|[^\d])((?:19|20)\d\d)(?:[^\d]|$)/u.exec(c.fileName)?.[1];
      const year = furnitureYear ?? fileYear;
      if (!year) return null;
      const date = `${year}-${pad(c.dateline.month)}-${pad(c.dateline.day)}`;
      return { date, detail: `the dateline "${c.dateline.text.trim()}", with the year ${year} from ${furnitureYear ? 'a date in the page furniture' : 'the file name'}` };
    },
  },
];
