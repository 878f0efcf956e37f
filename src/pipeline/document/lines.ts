/**
 * Lines and paragraphs: a file's text → its lines → paragraphs. A blank line always ends a paragraph; inside a
 * block of lines, a hard-wrapped file's lines are rejoined (at any width from 60 to 100 columns, ragged or
 * justified), an indented line starts a paragraph in a file that indents them, and a YAML header is one block.
 * Every span is a pair of offsets into the text, so later stages can point back at the words.
 */

/** A span of the text: a line or a paragraph, without its line break and surrounding white space. */
export interface Span {
  start: number;
  end: number;
}

/** A non-blank line: its trimmed span and how far it is indented. */
export interface Line extends Span {
  indent: number;
}

/** A file counts as hard-wrapped when nearly all its lines are at most this long… */
const maxWrapWidth = 100;
/** …at least this share of the lines that continue a block reach 70% of the wrap width… */
const minShareOfFullLines = 0.5;
/** …and this share of lines may be longer than the width (a URL, a header line). */
const outlierShare = 0.05;

/** Splits text into its lines, each trimmed of surrounding white space; blank lines are null but break blocks. */
export function splitLines(text: string): Array<Line | null> {
  const lines: Array<Line | null> = [];
  const lineBreak = /\r\n|\r|\n/g;
  let lineStart = 0;
  for (;;) {
    const match = lineBreak.exec(text);
    const lineEnd = match ? match.index : text.length;
    const span = trimSpan(text, { start: lineStart, end: lineEnd });
    lines.push(span ? { ...span, indent: span.start - lineStart } : null);
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
 * Where a YAML header block ends ("---" … "---" at the very top, as Markdown files with front matter start), as the
 * index of its closing line; -1 when the file has none.
 */
export function frontMatterEnd(text: string, lines: ReadonlyArray<Line | null>): number {
  const first = lines.findIndex((line) => line !== null);
  if (first < 0 || text.slice(lines[first]!.start, lines[first]!.end) !== '---') return -1;
  for (let i = first + 1; i < Math.min(lines.length, first + 60); i++) {
    const line = lines[i];
    if (line && text.slice(line.start, line.end) === '---') return i;
  }
  return -1;
}

/**
 * Finds the wrap width of a hard-wrapped file (lines broken at 60–100 characters inside paragraphs), or null when
 * lines are paragraphs of their own. A few longer lines (a URL, a header) do not hide the wrap.
 */
export function detectWrapWidth(lines: ReadonlyArray<Line | null>): number | null {
  const lengths = lines.map((line) => (line ? line.end - line.start : 0));
  const nonBlank = lengths.filter((l) => l > 0).sort((a, b) => a - b);
  if (nonBlank.length === 0) return null;
  const width = nonBlank[Math.min(nonBlank.length - 1, Math.floor(nonBlank.length * (1 - outlierShare)))]!;
  if (width > maxWrapWidth) return null;
  // Only lines followed by another non-blank line can be soft-wrapped.
  const continuing = lengths.filter((length, i) => length > 0 && lengths[i + 1]! > 0);
  if (continuing.length < 2) return null;
  const full = continuing.filter((length) => length >= width * 0.7).length;
  return full / continuing.length >= minShareOfFullLines ? width : null;
}

/** True when most blocks of a file open with an indented line after unindented ones: the 1987-wire habit of indenting paragraphs. */
export function indentsParagraphs(lines: ReadonlyArray<Line | null>): boolean {
  const present = lines.filter((line): line is Line => line !== null);
  const indented = present.filter((line) => line.indent >= 2).length;
  return indented >= 2 && indented < present.length * 0.6 && present.some((line) => line.indent === 0);
}

const sentenceEnd = /[.!?:]["”’')\]]*$/u;
const labelStart = /^(?:Q\s|Q:|[A-Z][A-Z.'’ -]{1,40}:\s|[-•*]\s)/u;

/**
 * Decides whether a single line break inside a block is a soft wrap. In a hard-wrapped file it is, unless the line
 * ends a sentence and the next line's first word would have fitted on it (the test a text formatter applies when it
 * wraps, so an intentional break is kept) or the next line opens a turn or a list item. A line that stops
 * mid-sentence before a lower-case word is joined in any file.
 */
export function isSoftWrap(text: string, line: Line, next: Line, wrapWidth: number | null, indented: boolean): boolean {
  const nextText = text.slice(next.start, next.end);
  if (indented && next.indent >= 2) return false;
  if (labelStart.test(nextText)) return false;
  const lineText = text.slice(line.start, line.end);
  const midSentence = !sentenceEnd.test(lineText);
  if (midSentence && /^\p{Ll}/u.test(nextText)) return true;
  if (wrapWidth === null) return false;
  if (midSentence) return true;
  const nextFirstWord = nextText.split(/\s/u, 1)[0]!;
  return line.end - line.start + 1 + nextFirstWord.length > wrapWidth;
}

/** Groups lines into paragraphs: a header block is one; blank lines end a paragraph; soft wraps are rejoined. */
export function groupParagraphs(text: string, lines: ReadonlyArray<Line | null>): Span[] {
  const headerEnd = frontMatterEnd(text, lines);
  const body = lines.map((line, i) => (i <= headerEnd ? null : line));
  const wrapWidth = detectWrapWidth(body);
  const indented = indentsParagraphs(body);
  const paragraphs: Span[] = [];
  if (headerEnd >= 0) {
    const header = lines.slice(0, headerEnd + 1).filter((line): line is Line => line !== null);
    paragraphs.push({ start: header[0]!.start, end: header.at(-1)!.end });
  }
  let current: Span | null = null;
  for (let i = headerEnd + 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) {
      if (current) paragraphs.push(current);
      current = null;
      continue;
    }
    current = current ? { start: current.start, end: line.end } : { start: line.start, end: line.end };
    const next = lines[i + 1];
    if (!next || !isSoftWrap(text, line, next, wrapWidth, indented)) {
      paragraphs.push(current);
      current = null;
    }
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}
