/**
 * Paragraph classes: each paragraph is measured, then classified as body, crosshead or page furniture by the
 * first matching row of `rules/furniture.ts`.
 */
import { furnitureRules, isDateStamp, type FurnitureRule, type ParagraphShape } from '../rules/furniture.ts';
import type { PrefixedSpan } from './prefixes.ts';
import type { TurnPlace } from './transcript.ts';
import { countWords, endsLikeProse } from './words.ts';

/** Measures each paragraph for the furniture rules: its words and endings, and where it stands (header, prefix, turn). */
export function shapeParagraphs(text: string, paragraphs: readonly PrefixedSpan[], turns: ReadonlyArray<TurnPlace | null> = []): ParagraphShape[] {
  const transcript = turns.some((t) => t !== null);
  const firstTurn = turns.findIndex((t) => t !== null);
  const frontMatter = paragraphs.length > 0 && text.slice(paragraphs[0]!.start).startsWith('---') ? 0 : -1;
  const firstStory = paragraphs.findIndex((p, i) => i !== frontMatter && p.prefix === null);
  const shapes = paragraphs.map((span, index) => {
    const slice = text.slice(span.start, span.end);
    return {
      index,
      text: slice,
      words: countWords(slice),
      endsLikeProse: endsLikeProse(slice),
      dateStamp: isDateStamp(slice),
      inTeaserTail: false,
      frontMatter: index === frontMatter,
      prefix: span.prefix,
      inTurn: turns[index] != null,
      opensTurn: turns[index]?.opens === true,
      beforeFirstTurn: transcript && index < firstTurn,
      first: index === firstStory,
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
export function findTeaserTail(shapes: ReadonlyArray<Pick<ParagraphShape, 'text' | 'endsLikeProse' | 'dateStamp'>>): number | null {
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
