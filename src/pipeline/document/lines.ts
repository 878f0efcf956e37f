/**
 * Lines and paragraphs: a file's text → its lines → paragraphs, rejoining the lines of a hard-wrapped file.
 * Every span is a pair of offsets into the text, so later stages can point back at the words.
 */

/** A span of the text: a line or a paragraph, without its line break and surrounding white space. */
export interface Span {
  start: number;
  end: number;
}

/** A file counts as hard-wrapped when its longest line is at most this long… */
const maxWrapWidth = 100;
/** …and at least this share of the lines that continue a block reach three quarters of that width. */
const minShareOfFullLines = 0.5;

/** Splits text into its lines, each trimmed of surrounding white space; blank lines are null but break blocks. */
export function splitLines(text: string): Array<Span | null> {
  const lines: Array<Span | null> = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    lines.push(trimSpan(text, { start: lineStart, end: lineEnd }));
    if (!match) break;
    lineStart = match.index + match[0].length;
  }
  return lines;
}

/** Narrows a span to exclude leading and trailing white space; null when nothing is left. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return start < end ? { start, end } : null;
}

/**
 * Finds the wrap width of a hard-wrapped file (lines broken at ~72 characters inside paragraphs), or null
 * when lines are paragraphs of their own.
 */
export function detectWrapWidth(lines: Array<Span | null>): number | null {
  const lengths = lines.map((line) => (line ? line.end - line.start : 0));
  const longest = Math.max(0, ...lengths);
  if (longest === 0 || longest > maxWrapWidth) return null;
  // Only lines followed by another non-blank line can be soft-wrapped.
  const continuing = lengths.filter((length, i) => length > 0 && lengths[i + 1]! > 0);
  if (continuing.length < 2) return null;
  const full = continuing.filter((length) => length >= longest * 0.75).length;
  return full / continuing.length >= minShareOfFullLines ? longest : null;
}

/**
 * Groups lines into paragraphs. Blank lines always end a paragraph. A single line break ends one too, unless
 * the file is hard-wrapped and the next line's first word would not have fitted on this line: the test a
 * text formatter applies when it wraps, so an intentional break (a short line) is kept.
 */
export function groupParagraphs(text: string, lines: Array<Span | null>, wrapWidth: number | null): Span[] {
  const paragraphs: Span[] = [];
  let current: Span | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) {
      if (current) paragraphs.push(current);
      current = null;
      continue;
    }
    current = current ? { start: current.start, end: line.end } : { ...line };
    const next = lines[i + 1];
    if (!next || !isSoftWrap(text, line, next, wrapWidth)) {
      paragraphs.push(current);
      current = null;
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

function isSoftWrap(text: string, line: Span, next: Span, wrapWidth: number | null): boolean {
  if (wrapWidth === null) return false;
  const nextFirstWord = text.slice(next.start, next.end).split(/\s/u, 1)[0]!;
  return line.end - line.start + 1 + nextFirstWord.length > wrapWidth;
}
