/**
 * Figures: the quantities in a span of text, each with what it counts, how precisely (exact, approximate after "at
 * least", vague as "several" with no number), and what happened to those counted when the phrase says so ("killed
 * 11 civilians, including seven children" → 11 civilians killed, 7 children killed).
 */
import type { Figure } from '../schema/index.ts';
import { stem } from './compare/index.ts';
import { countedSynonyms, countOwners, exactQualifiers, figureQualifiers, multipliers, nonCountNouns, numberWords, outcomeSynonyms, outcomeWords, phraseStops, vagueQuantities } from './rules/figures.ts';
import { monthNames } from './rules/furniture.ts';

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

interface Word {
  text: string;
  lower: string;
  start: number;
  end: number;
}

function words(text: string): Word[] {
  return [...text.matchAll(wordPattern)].map((m) => {
    // A trailing comma or full stop belongs to the sentence, not the word ("civilians," / "1,000"), except the last
    // full stop of an abbreviation ("U.S.").
    const abbreviation = /^(?:\p{L}\.)+\p{L}$/u.test(m[0]) && text.charAt(m.index + m[0].length) === '.';
    const raw = abbreviation ? `${m[0]}.` : m[0].replace(/[.,]+$/u, '');
    return { text: raw, lower: raw.toLowerCase(), start: m.index, end: m.index + raw.length };
  });
}

/**
 * The key two figures are compared by: what they count reduced to its head noun, the outcome, and the modifiers
 * that say whose count it is (`countOwners`: "Afghan", "US", "civilian"), stemmed, synonyms merged, order ignored.
 * Other modifiers describe one count in other words and are dropped, so "several suicide bombers", "would-be suicide
 * attackers" and "five Islamic State suicide bombers" killed are one count ("attack kill"), as a reader reads them.
 */
export function figureKey(what: string): string {
  const list = what.match(/[\p{L}.]+/gu)?.map((w) => w.replace(/\./gu, '')) ?? [];
  const key = (w: string) => {
    const stemmed = stem(w.toLowerCase());
    return outcomeSynonyms.get(stemmed) ?? countedSynonyms.get(stemmed) ?? stemmed;
  };
  const isOutcome = (w: string) => outcomeWords.has(w.toLowerCase());
  const nouns = list.filter((w) => !isOutcome(w));
  const head = nouns.at(-1);
  const owners = nouns.slice(0, -1).filter((w) => countOwners.some((pattern) => pattern.test(w)));
  return [...new Set([...owners, ...(head ? [head] : []), ...list.filter(isOutcome)].map(key))].sort().join(' ');
}

/** Reads a number written in digits or words; null when the word is no number. */
export function readNumber(word: string): number | null {
  if (/^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/u.test(word)) return Number(word.replace(/,/g, ''));
  const parts = word.toLowerCase().split('-');
  if (parts.every((p) => numberWords.has(p))) return parts.reduce((sum, p) => sum + numberWords.get(p)!, 0);
  return null;
}

/** True when punctuation stands between two words of the text. */
const punctuationBetween = (text: string, a: Word, b: Word) => /[,;:.!?”"()]/u.test(text.slice(a.end, b.start));

/** The counted words after a quantity, up to a stop word or punctuation (at most four words). */
function countedPhrase(text: string, list: readonly Word[], from: number): { words: Word[]; next: number } {
  let j = from;
  if (list[j]?.lower === 'of' && list[j + 1]?.lower === 'the') j += 2;
  else if (list[j]?.lower === 'of') j++;
  const phrase: Word[] = [];
  for (; j < list.length && phrase.length < 4; j++) {
    const word = list[j]!;
    if (phraseStops.has(word.lower) || readNumber(word.text) !== null) break;
    if (phrase.length > 0 && punctuationBetween(text, list[j - 1]!, word)) break;
    phrase.push(word);
    if (/[,;:.!?”"]/u.test(text.charAt(word.end))) {
      j++;
      break;
    }
  }
  return { words: phrase, next: j };
}

/** The outcome a quantity's own phrase states: a word right before it (its qualifier aside), or right after its counted words. */
function outcomeOf(text: string, list: readonly Word[], at: number, next: number, phraseEnd: Word | undefined): string | null {
  const before = list[at - 1 - (findQualifier(list, at)?.split(' ').length ?? 0)];
  const outcomeBefore = before ? outcomeWords.get(before.lower) : undefined;
  if (outcomeBefore) return outcomeBefore;
  // "11 civilians were killed", "13 dead", "18 people injured": no relative clause or punctuation in between.
  for (let k = next; k < list.length && k <= next + 2; k++) {
    const word = list[k]!;
    if (/^(?:who|that|which)$/u.test(word.lower) || (phraseEnd && punctuationBetween(text, k === next ? phraseEnd : list[k - 1]!, word))) return null;
    const outcome = outcomeWords.get(word.lower);
    if (outcome) return outcome;
    if (!/^(?:were|was|had|have|been|are|is|being|reportedly|also|later)$/u.test(word.lower)) return null;
  }
  return null;
}

/** Finds the figures in a text: numbers and vague quantities, with what they count. */
export function extractFigures(text: string): Figure[] {
  const list = words(text);
  const figures: Figure[] = [];
  for (let i = 0; i < list.length; i++) {
    const vague = vagueQuantities.find((q) => q.split(' ').every((part, k) => list[i + k]?.lower === part));
    let value = vague ? null : readNumber(list[i]!.text);
    if (!vague && (value === null || list[i]!.lower === 'one')) continue;
    const previous = list[i - 1]?.lower ?? '';
    // A day of a month ("September 17"), an ordinal date, or a year standing alone is a date, not a count.
    if (!vague && monthNames.includes(previous.replace(/\.$/u, ''))) continue;
    if (!vague && /-year-old$|-/u.test(list[i]!.text) && !/^[a-z]+-[a-z]+$/u.test(list[i]!.lower)) continue;
    let j = i + (vague ? vague.split(' ').length : 1);
    const multiplier = multipliers.get(list[j]?.lower ?? '');
    if (value !== null && multiplier) {
      value *= multiplier;
      j++;
    }
    const counted0 = countedPhrase(text, list, j);
    // "at least 13 dead": an outcome word with no noun counts the dead themselves.
    const bare = counted0.words.length === 0 && list[j] !== undefined && outcomeWords.has(list[j]!.lower) && !punctuationBetween(text, list[j - 1]!, list[j]!);
    const phrase = bare ? [list[j]!] : counted0.words;
    const next = bare ? j + 1 : counted0.next;
    if (phrase.length === 0 || nonCountNouns.has(phrase[0]!.lower)) continue;
    // "seven of them": a pronoun counts nothing by itself.
    if (/^(?:them|us|those|these|whom|which|it|times|other|others)$/iu.test(phrase[0]!.text)) continue;
    const qualifier = findQualifier(list, i);
    const what = phrase.map((w) => w.text).join(' ').replace(/['’]s$/u, '');
    // "killed 11 civilians, including seven children": a count "including" others shares the outcome of the one before it.
    const inherited = list[i - 1]?.lower === 'including' ? (figures.at(-1)?.outcome ?? null) : null;
    const outcome = bare ? outcomeWords.get(phrase[0]!.lower)! : (inherited ?? outcomeOf(text, list, i, next, phrase.at(-1)));
    const counted = outcome && !/death|dead|killed|injur|wound/u.test(what) ? `${what} ${outcome}` : what;
    const start = list[Math.max(0, i - (qualifier ? qualifier.split(' ').length : 0))]!.start;
    figures.push({
      value,
      text: text.slice(start, phrase.at(-1)!.end),
      what: counted,
      key: figureKey(counted),
      qualifier,
      precision: vague ? 'vague' : qualifier && !exactQualifiers.has(qualifier) ? 'approximate' : 'exact',
      outcome,
    });
    i = next - 1;
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
