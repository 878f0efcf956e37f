/**
 * Segmentation: article text → paragraphs → sentences, every span a pair of offsets into the text, and each
 * paragraph classified as body, crosshead or page furniture by the rules in `rules/furniture.ts`.
 */
import { ParseEnglish } from 'parse-english';
import type { Paragraph, Sentence } from '../schema/index.ts';
import {
  furnitureRules,
  isDateStamp,
  type FurnitureRule,
  type ParagraphShape,
} from './rules/furniture.ts';

/** A span of the text: a line or a paragraph, without its line break and surrounding white space. */
export interface Span {
  start: number;
  end: number;
}

/** A file counts as hard-wrapped when its longest line is at most this long… */
const maxWrapWidth = 100;
/** …and at least this share of the lines that continue a block reach three quarters of that width. */
const minShareOfFullLines = 0.5;

const wordPattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const closingMarks = /["”’')\]\s]+$/u;
const proseEndings = new Set(['.', '!', '?', '…', ',', ';', ':']);

/** Counts word tokens: "U.S.", "ISIS-K" and "don’t" are one word each. */
export function countWords(text: string): number {
  return text.match(wordPattern)?.length ?? 0;
}

/** Splits text into its lines, each trimmed of surrounding white space; blank lines are dropped but break blocks. */
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

/** True when a paragraph ends the way prose does: with sentence punctuation or a continuing comma. */
export function endsLikeProse(text: string): boolean {
  const bare = text.replace(closingMarks, '');
  return bare.length > 0 && proseEndings.has(bare[bare.length - 1]!);
}

/** Measures each paragraph for the furniture rules. */
export function shapeParagraphs(text: string, paragraphs: Span[]): ParagraphShape[] {
  const shapes = paragraphs.map((span, index) => {
    const slice = text.slice(span.start, span.end);
    return {
      index,
      text: slice,
      words: countWords(slice),
      endsLikeProse: endsLikeProse(slice),
      dateStamp: isDateStamp(slice),
      inTeaserTail: false,
    };
  });
  const tailStart = findTeaserTail(shapes);
  if (tailStart !== null) for (const shape of shapes.slice(tailStart)) shape.inTeaserTail = true;
  return shapes;
}

/**
 * Finds where a closing listing of teasers begins: after the last two prose paragraphs in a row, a run of at
 * least three paragraphs, at least half of them headings or dates, holding a date stamp or a repeated line.
 * Returns its first index, or null when the article ends in prose.
 */
export function findTeaserTail(shapes: ReadonlyArray<Omit<ParagraphShape, 'inTeaserTail'>>): number | null {
  let lastProsePair = -1;
  for (let i = 1; i < shapes.length; i++) {
    if (shapes[i - 1]!.endsLikeProse && shapes[i]!.endsLikeProse) lastProsePair = i;
  }
  if (lastProsePair < 0) return null;
  let start = lastProsePair + 1;
  while (start < shapes.length && shapes[start]!.endsLikeProse) start++;
  const tail = shapes.slice(start);
  if (tail.length < 3) return null;
  const headingsOrDates = tail.filter((s) => !s.endsLikeProse || s.dateStamp).length;
  const normalised = tail.map((s) => s.text.toLowerCase().replace(/\s+/g, ' '));
  const repeats = new Set(normalised).size < normalised.length;
  const hasDate = tail.some((s) => s.dateStamp);
  return headingsOrDates * 2 >= tail.length && (hasDate || repeats) ? start : null;
}

/** Returns the first furniture rule that applies to a paragraph shape. */
export function classifyParagraph(shape: ParagraphShape): FurnitureRule {
  // The last rule always applies, so find never returns undefined.
  return furnitureRules.find((rule) => rule.test(shape))!;
}

const english = new ParseEnglish();

/**
 * Splits a span of text into sentences with parse-english, which knows initialisms ("U.S."), initials
 * ("Lloyd J. Austin") and abbreviations. Sentences without a word (stray ". ." left by a bad copy) are dropped.
 */
export function splitSentences(text: string, span: Span): Sentence[] {
  const tree = english.parse(text.slice(span.start, span.end));
  const sentences: Sentence[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== 'ParagraphNode') continue;
    for (const sentence of paragraph.children) {
      if (sentence.type !== 'SentenceNode') continue;
      const hasWord = sentence.children.some((child) => child.type === 'WordNode');
      const position = sentence.position;
      if (!hasWord || !position || position.start.offset === undefined || position.end.offset === undefined) continue;
      sentences.push({ start: span.start + position.start.offset, end: span.start + position.end.offset });
    }
  }
  return sentences;
}

/**
 * Segments an article: takes its decoded text, returns its paragraphs in order with offsets, kind, the rule
 * that classified each, and sentences for body paragraphs and crossheads.
 */
export function segmentArticle(text: string): Paragraph[] {
  const lines = splitLines(text);
  const spans = groupParagraphs(text, lines, detectWrapWidth(lines));
  const shapes = shapeParagraphs(text, spans);
  return spans.map((span, index) => {
    const rule = classifyParagraph(shapes[index]!);
    return {
      index,
      start: span.start,
      end: span.end,
      kind: rule.kind,
      furniture: rule.kind === 'furniture',
      furnitureKind: rule.furnitureKind,
      rule: rule.id,
      sentences: rule.kind === 'furniture' ? [] : splitSentences(text, span),
    };
  });
}
