/** Quotations: the spans of quoted words in a paragraph, found once and read by every later stage. */
import type { Span } from './lines.ts';

/** Spans of quoted text in a paragraph, opening and closing marks excluded. An unclosed quote runs to the end. */
export function findQuotes(text: string, start: number, end: number): Span[] {
  const quotes: Span[] = [];
  let open: number | null = null;
  for (let i = start; i < end; i++) {
    const char = text[i]!;
    if (char === '“' && open === null) open = i + 1;
    else if (char === '”' && open !== null) {
      quotes.push({ start: open, end: i });
      open = null;
    } else if (char === '"') {
      if (open === null) open = i + 1;
      else {
        quotes.push({ start: open, end: i });
        open = null;
      }
    }
  }
  if (open !== null && end > open) quotes.push({ start: open, end });
  return quotes.filter((q) => q.end > q.start);
}

/** True when an offset lies inside one of the quotes. */
export function insideQuote(offset: number, quotes: readonly Span[]): boolean {
  return quotes.some((q) => offset >= q.start && offset < q.end);
}
