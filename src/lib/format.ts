/** Formatting for readers: dates, ranges and counts as a news site prints them. Pure functions. */
import type { EventDate } from '../schema/index.ts';

const shortMonths = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const longMonths = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const parts = (iso: string) => iso.split('-').map(Number) as [number, number, number];

/** Formats an ISO date as "29 Aug 2021"; null as "date unknown". */
export function formatDate(iso: string | null): string {
  if (!iso) return 'date unknown';
  const [year, month, day] = parts(iso);
  return `${day} ${shortMonths[month - 1]} ${year}`;
}

/** Formats a date range briefly: "29 Aug 2021", "23–29 Aug 2021", "29 Aug – 3 Sep 2021", "Aug 2021", "2014"; "undated" when unknown. */
export function formatRange(date: EventDate): string {
  if (date.start === null || date.end === null) return 'undated';
  const [y1, m1, d1] = parts(date.start);
  const [y2, m2, d2] = parts(date.end);
  if (date.precision === 'year') return y1 === y2 ? String(y1) : `${y1}–${y2}`;
  if (date.precision === 'month' && y1 === y2 && m1 === m2) return `${shortMonths[m1 - 1]} ${y1}`;
  if (date.start === date.end) return formatDate(date.start);
  if (y1 !== y2) return `${formatDate(date.start)} – ${formatDate(date.end)}`;
  if (m1 !== m2) return `${d1} ${shortMonths[m1 - 1]} – ${d2} ${shortMonths[m2 - 1]} ${y1}`;
  return `${d1}–${d2} ${shortMonths[m1 - 1]} ${y1}`;
}

/** How an event's date reads in a heading: "Sunday 29 August 2021", "August 2021", "2014", "about 16–20 August 2021", "Undated". */
export function formatEventDate(date: EventDate): string {
  if (date.start === null || date.end === null) return 'Undated';
  const [y, m, d] = parts(date.start);
  const month = longMonths[m - 1]!;
  if (date.precision === 'year') return String(y);
  if (date.precision === 'month') return `${month} ${y}`;
  if (date.precision === 'day' && date.start === date.end) {
    const weekday = new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' });
    return `${weekday} ${d} ${month} ${y}`;
  }
  const [y2, m2, d2] = parts(date.end);
  if (y2 !== y) return `about ${d} ${month} ${y} – ${d2} ${longMonths[m2 - 1]} ${y2}`;
  return m2 === m ? `about ${d}–${d2} ${month} ${y}` : `about ${d} ${month} – ${d2} ${longMonths[m2 - 1]} ${y}`;
}

/**
 * The resolved value of a date expression, as a reader's aside in the text: "1 Sep", "23–29 Aug", "Aug 2021". The
 * year is left out when it is the article's own; null when the words already say it all ("September 17", "in 2014")
 * or the date is unknown, so that the sentence is not interrupted for nothing.
 */
export function quietDate(text: string, date: EventDate, published: string | null): string | null {
  if (date.start === null || date.end === null) return null;
  const [y1, m1, d1] = parts(date.start);
  const [, m2, d2] = parts(date.end);
  const words = text.toLowerCase();
  const namesYear = words.includes(String(y1));
  const namesMonth = new RegExp(`\\b(?:${longMonths[m1 - 1]!.toLowerCase()}|${shortMonths[m1 - 1]!.toLowerCase()})\\b`, 'u').test(words);
  const namesDay = new RegExp(`\\b${d1}(?:st|nd|rd|th)?\\b`, 'u').test(words);
  const ownYear = published !== null && published.startsWith(String(y1));
  if (date.precision === 'year' && namesYear) return null;
  if (date.precision === 'month' && namesMonth && (namesYear || ownYear)) return null;
  if (date.precision === 'day' && namesMonth && namesDay && (namesYear || ownYear)) return null;
  const year = ownYear ? '' : ` ${y1}`;
  if (date.precision === 'year') return String(y1);
  if (date.precision === 'month') return `${shortMonths[m1 - 1]} ${y1}`;
  if (date.start === date.end) return `${d1} ${shortMonths[m1 - 1]}${year}`;
  if (m1 !== m2) return `${d1} ${shortMonths[m1 - 1]} – ${d2} ${shortMonths[m2 - 1]}${year}`;
  return `${d1}–${d2} ${shortMonths[m1 - 1]}${year}`;
}

/** Formats a count with its noun, singular or plural: "1 word", "1,563 words". */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${count.toLocaleString('en-GB')} ${count === 1 ? singular : plural}`;
}

/** Joins words as a sentence lists them: "A", "A and B", "A, B and C". */
export function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The text with its first letter in capitals, for a label that opens a heading ("a U.S. official" → "A U.S. official"). */
export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Cuts a text to about `length` characters at a word boundary, with an ellipsis when it was cut. */
export function shorten(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.slice(0, length);
  const space = cut.lastIndexOf(' ');
  return `${(space > length * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/u, '')}…`;
}
