/**
 * Figures: the numbers in a span of text, each with what it counts and its qualifier, words included
 * ("killed 11 civilians, including seven children" → 11 civilians killed, 7 children killed).
 */
import type { Figure } from '../schema/index.ts';
import { stem } from './compare.ts';
import { figureQualifiers, multipliers, nonCountNouns, numberWords, outcomeSynonyms, outcomeVerbs, phraseStops } from './rules/figures.ts';
import { monthNames } from './rules/furniture.ts';

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

interface Word {
  text: string;
  lower: string;
  start: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((m) => {
    // A trailing comma or full stop belongs to the sentence, not the word ("civilians," / "1,000").
    const raw = m[0].replace(/[.,]+$/u, '');
    return { text: raw, lower: raw.toLowerCase(), start: m.index };
  });
}

/** The key two figures are compared by: the stems of what they count, synonyms merged, order ignored ("civilian kill"). */
export function figureKey(what: string): string {
  const words = what.toLowerCase().match(/[a-z]+/g) ?? [];
  return [...new Set(words.map(stem).map((w) => outcomeSynonyms.get(w) ?? w))].sort().join(' ');
}

/** Reads a number written in digits or words; null when the word is no number. */
export function readNumber(word: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/u.test(word)) return Number(word.replace(/,/g, ''));
  const parts = word.toLowerCase().split('-');
  if (parts.every((p) => numberWords.has(p))) return parts.reduce((sum, p) => sum + numberWords.get(p)!, 0);
  return null;
}

/** Finds the figures in a text. */
export function extractFigures(text: string): Figure[] {
  const list = words(text);
  const figures: Figure[] = [];
  const outcome = list.map((w) => outcomeVerbs.get(w.lower)).find(Boolean) ?? null;
  for (let i = 0; i < list.length; i++) {
    let value = readNumber(list[i]!.text);
    if (value === null || list[i]!.lower === 'one') continue;
    const previous = list[i - 1]?.lower ?? '';
    // A day of a month ("September 17"), an ordinal date, or a year standing alone is a date, not a count.
    if (monthNames.includes(previous.replace(/\.$/u, ''))) continue;
    if (/-year-old$|-/u.test(list[i]!.text) && !/^[a-z]+-[a-z]+$/u.test(list[i]!.lower)) continue;
    let j = i + 1;
    const multiplier = multipliers.get(list[j]?.lower ?? '');
    if (multiplier) {
      value *= multiplier;
      j++;
    }
    if (list[j]?.lower === 'of' && list[j + 1]?.lower === 'the') j += 2;
    else if (list[j]?.lower === 'of') j++;
    const phrase: string[] = [];
    for (; j < list.length && phrase.length < 4; j++) {
      const word = list[j]!;
      if (phraseStops.has(word.lower) || readNumber(word.text) !== null) break;
      // Stop at punctuation between words.
      if (phrase.length > 0 && /[,;:.!?”"]/u.test(text.slice(list[j - 1]!.start + list[j - 1]!.text.length, word.start))) break;
      phrase.push(word.text);
      if (/[,;:.!?”"]/u.test(text.slice(word.start + word.text.length, word.start + word.text.length + 1))) break;
    }
    if (phrase.length === 0 || nonCountNouns.has(phrase[0]!.toLowerCase())) continue;
    // "seven of them": a pronoun counts nothing by itself.
    if (/^(?:them|us|those|these|whom|which|it)$/iu.test(phrase[0]!)) continue;
    const qualifier = findQualifier(list, i);
    const what = phrase.join(' ').replace(/['’]s$/u, '');
    const counted = outcome && !/death|dead|killed/u.test(what) ? `${what} ${outcome}` : what;
    figures.push({ value, what: counted, key: figureKey(counted), qualifier });
  }
  return figures;
}

function findQualifier(list: readonly Word[], index: number): string | null {
  for (const qualifier of figureQualifiers) {
    const parts = qualifier.split(' ');
    const start = index - parts.length;
    if (start >= 0 && parts.every((p, k) => list[start + k]!.lower === p)) return qualifier;
  }
  return null;
}
