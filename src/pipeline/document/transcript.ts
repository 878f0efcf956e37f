/**
 * Transcripts: paragraphs that open with a speaker label ("MS. PSAKI:", "Q", "Nick Bos:") → turns. A file is a
 * transcript when enough paragraphs carry labels (`rules/transcripts.ts`); a labelled paragraph opens a turn and
 * the paragraphs after it continue it until the next label.
 */
import { labelShapes, minDistinctLabels, minLabelledParagraphs, questionLabels } from '../rules/transcripts.ts';
import type { Span } from './lines.ts';

/** A label at the start of a paragraph. */
export interface TurnLabel {
  /** The label as written, e.g. "MS. PSAKI". */
  label: string;
  /** Offsets of the label and its separator: the turn's words begin at `end`. */
  start: number;
  end: number;
  question: boolean;
}

/** Each paragraph's turn: its index among the turns and its label when it opens one; null outside turns. */
export interface TurnPlace {
  turn: number;
  label: TurnLabel;
  opens: boolean;
}

/** The label a paragraph opens with, by the first shape that matches, and whether that shape must recur. */
function labelAt(text: string, span: Span): { label: TurnLabel; mustRecur: boolean } | null {
  const slice = text.slice(span.start, span.end);
  for (const shape of labelShapes) {
    const match = shape.pattern.exec(slice);
    if (!match || match[0].length >= slice.length) continue;
    const label = match[1]!.replace(/\s+/gu, ' ').trim();
    // A label has letters beyond an initial, and a label in capitals is not a shouted sentence of many words.
    if (label.replace(/[^\p{L}]/gu, '').length < 1 || label.split(' ').length > 6) continue;
    const question = shape.question || questionLabels.has(label.toLowerCase().replace(/[.:]/gu, ''));
    return { label: { label, start: span.start, end: span.start + match[0].length, question }, mustRecur: shape.mustRecur };
  }
  return null;
}

/**
 * Finds the turns of a transcript: takes the text and its paragraph spans, returns each paragraph's place in a turn
 * (null before the first turn, and for every paragraph when the file is no transcript).
 */
export function findTurns(text: string, paragraphs: readonly Span[]): Array<TurnPlace | null> {
  const found = paragraphs.map((p) => labelAt(text, p));
  const counts = new Map<string, number>();
  for (const f of found) if (f) counts.set(f.label.label, (counts.get(f.label.label) ?? 0) + 1);
  const labels = found.map((f) => (f && (!f.mustRecur || counts.get(f.label.label)! >= 2) ? f.label : null));
  const labelled = labels.filter((l) => l !== null);
  const distinct = new Set(labelled.map((l) => (l.question ? '?' : l.label)));
  const questions = labelled.filter((l) => l.question).length;
  if (labelled.length < minLabelledParagraphs || (distinct.size < minDistinctLabels && questions < 2)) return paragraphs.map(() => null);
  const places: Array<TurnPlace | null> = [];
  let current: TurnPlace | null = null;
  let turn = -1;
  for (const label of labels) {
    if (label) {
      turn++;
      current = { turn, label, opens: true };
      places.push(current);
    } else places.push(current ? { ...current, opens: false } : null);
  }
  return places;
}
