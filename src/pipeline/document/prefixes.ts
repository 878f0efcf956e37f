/**
 * Prefixes: a correction note or a wire dateline that opens the first story paragraph ("(Corrects …) HAVANA
 * (Reuters) - Cuba told …") is split off into a paragraph of its own, so that it is furniture and the story text
 * after it starts a clean sentence. Datelines are read into their place, region, date and agency.
 */
import type { Dateline } from '../../schema/index.ts';
import { prefixRules } from '../rules/furniture.ts';
import type { Span } from './lines.ts';

/** A paragraph span, and the prefix rule it was split off by (null for ordinary paragraphs). */
export interface PrefixedSpan extends Span {
  prefix: 'dateline' | 'correction' | null;
}

/** How many paragraphs from the top a dateline or correction may open: after a headline, a byline, a caption. */
const searchedParagraphs = 6;

/**
 * Splits the prefixes off the first paragraphs that have them: takes the text and its paragraphs, returns them
 * with each prefix as a paragraph of its own (in text order). Only one dateline is taken.
 */
export function splitPrefixes(text: string, paragraphs: readonly Span[]): PrefixedSpan[] {
  const out: PrefixedSpan[] = [];
  let datelineFound = false;
  paragraphs.forEach((paragraph, index) => {
    let start = paragraph.start;
    if (index < searchedParagraphs && !datelineFound) {
      for (const rule of prefixRules) {
        const match = rule.pattern.exec(text.slice(start, paragraph.end));
        if (!match || start + match[0].length >= paragraph.end) continue;
        const end = start + match[0].trimEnd().length;
        out.push({ start, end, prefix: rule.id });
        start += match[0].length;
        if (rule.id === 'dateline') {
          datelineFound = true;
          break;
        }
      }
    }
    out.push({ start, end: paragraph.end, prefix: null });
  });
  return out;
}

const monthIndex = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Reads a dateline paragraph: "SURABAYA, Indonesia/JAKARTA (Reuters) -" → place Surabaya, agency Reuters. */
export function readDateline(text: string, span: Span): Dateline {
  const written = text.slice(span.start, span.end);
  const agency = /\(([^)]+)\)/u.exec(written)?.[1] ?? null;
  const head = written.replace(/\([^)]*\)/gu, '').replace(/\s*(?:--|[-–—])\s*$/u, '').trim();
  const [cityPart = '', ...rest] = head.split(',').map((part) => part.trim());
  const date = rest.map((part) => /^([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})$/u.exec(part)).find(Boolean);
  const region = rest.find((part) => !/^[A-Za-z]{3}[a-z]*\.?\s+\d{1,2}$/u.test(part)) ?? null;
  const titleCase = (words: string) => words.toLowerCase().replace(/(^|[\s/-])\p{L}/gu, (c) => c.toUpperCase());
  const city = cityPart.split('/')[0]!.trim();
  return {
    start: span.start,
    end: span.end,
    text: written,
    place: city ? titleCase(city) : null,
    region: region ? region.split('/')[0]!.trim() : null,
    agency,
    month: date ? monthIndex.indexOf(date[1]!.toLowerCase()) + 1 || null : null,
    day: date ? Number(date[2]) : null,
  };
}
