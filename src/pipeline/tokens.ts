/**
 * Tokens: the words of a sentence with offsets into the article text, the punctuation around them, and the
 * part-of-speech and gazetteer tags compromise gives them (Person, Place, Organization, Demonym, …).
 */
import nlp from 'compromise';
import type { Sentence } from '../schema/index.ts';
import { abbreviations, compoundParts } from './rules/entities.ts';

/** One word of a sentence. */
export interface Token {
  /** The word as written, possessive ending removed ("Kabul’s" → "Kabul"). */
  text: string;
  /** Offset of the first character in the article text. */
  start: number;
  /** Offset one past the last character (before any possessive ending). */
  end: number;
  /** True when the word was followed by a possessive ending ("’s"). */
  possessive: boolean;
  /** The text between the previous token and this one (white space and punctuation). */
  before: string;
  /** Position in the sentence, from 0. */
  index: number;
  /** compromise's tags for the word. */
  tags: ReadonlySet<string>;
}

// A word: letters and digits, joined by apostrophes, hyphens or full stops ("U.S.", "ISIS-K", "don’t").
// A trailing full stop belongs to the word only when it is an initial or an abbreviation ("J.", "U.S.", "Dr.").
const wordPattern = /[\p{L}\p{N}]+(?:(?:['’.-]|-\s(?=\p{Lu}))[\p{L}\p{N}]+)*/gu;
const possessivePattern = /['’]s$/u;
const initialPattern = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u;

/** True when a word starts with a capital letter, or with a lowercase particle joined to a capitalised part ("al-Tayeb"). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^(?:al|el|bin|ibn|abu|van|von|de|da|di|du|la|le)-\p{Lu}/u.test(word);
}

/** True when a word is written in capitals throughout, as acronyms are ("CNN", "ISIS-K", "G7"). */
export function isAllCaps(word: string): boolean {
  return /^[\p{Lu}\p{N}][\p{Lu}\p{N}.-]*$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\p{N}|\p{N}\p{Lu}/u.test(word.replace(/[.-]/g, ''));
}

/** Words of a text, with compounds of a name and a lowercase word split at the hyphen ("US-led" → "US", "led"). */
function* splitCompounds(slice: string): Generator<{ 0: string; index: number; split: boolean }> {
  for (const match of slice.matchAll(wordPattern)) {
    const parts = match[0].split('-');
    const mixed = parts.length > 1 && parts.some((p) => /^\p{Lu}/u.test(p)) && parts.some((p) => compoundParts.has(p));
    if (!mixed) {
      yield { 0: match[0], index: match.index, split: false };
      continue;
    }
    let offset = match.index;
    for (const part of parts) {
      if (part.length > 0) yield { 0: part, index: offset, split: true };
      offset += part.length + 1;
    }
  }
}

/** compromise's tags for a word on its own. */
function wordTags(word: string): Set<string> {
  const terms = (nlp(word).json() as Array<{ terms: Array<{ tags: string[] }> }>)[0]?.terms ?? [];
  return new Set(terms[0]?.tags ?? []);
}

/** Splits a sentence of the text into tokens and tags them with compromise. */
export function tokenizeSentence(text: string, sentence: Sentence): Token[] {
  const slice = text.slice(sentence.start, sentence.end);
  const tagsAt = new Map<number, Set<string>>();
  for (const s of nlp(slice).json({ offset: true }) as Array<{ terms: Array<{ offset: { start: number; length: number }; tags: string[] }> }>) {
    for (const term of s.terms) {
      for (let i = term.offset.start; i < term.offset.start + Math.max(1, term.offset.length); i++) {
        if (!tagsAt.has(i)) tagsAt.set(i, new Set(term.tags));
      }
    }
  }
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of splitCompounds(slice)) {
    let word = match[0];
    const local = match.index;
    // "ISIS- Khorasan": a hyphen and a space inside a name, as the copy prints it, stay one word.
    // "Kabul’s", and the plural "Workers’".
    const pluralPossessive = /s$/u.test(word) && /^['’](?!\p{L})/u.test(slice.slice(local + word.length, local + word.length + 2));
    const possessive = possessivePattern.test(word) || pluralPossessive;
    if (possessivePattern.test(word)) word = word.slice(0, -2);
    // Keep the full stop of an initial or abbreviation ("J.", "Dr.", "U.S.") with its word.
    const after = slice[local + match[0].length];
    if (after === '.' && (initialPattern.test(word) || abbreviations.has(word)) && !possessive) word += '.';
    // compromise tags "California-based" as one adjective, so the name part is tagged on its own;
    // and a possessive ("Kabul’s") often loses its place tag, so such words are tagged on their own.
    const contextTags = tagsAt.get(local) ?? new Set<string>();
    const tags = (match.split || possessive) && /^\p{Lu}/u.test(word) ? new Set([...(match.split ? [] : contextTags), ...wordTags(word)]) : contextTags;
    tokens.push({
      text: word,
      start: sentence.start + local,
      end: sentence.start + local + word.length,
      possessive,
      before: slice.slice(previousEnd, local),
      index: tokens.length,
      tags,
    });
    previousEnd = local + match[0].length + (word.endsWith('.') && !match[0].endsWith('.') ? 1 : 0);
  }
  return tokens;
}
