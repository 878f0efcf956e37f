/**
 * The tagger: the one module that calls compromise. It splits a sentence into tokens with offsets into the
 * article text and gives each its part-of-speech and lexicon tags (Person, Place, Organization, Demonym, …) and
 * its chunk (Noun, Verb, Pivot, Adjective): the clause structure later stages read speakers from.
 */
import nlp from 'compromise';
import type { Sentence } from '../../schema/index.ts';
import { abbreviations, compoundParts } from '../rules/entities.ts';
import { namesPerson } from './wordnet.ts';
import type { Token, TokenChunk } from './types.ts';

// A word: letters and digits, joined by apostrophes, hyphens or full stops ("U.S.", "ISIS-K", "don’t").
// A trailing full stop belongs to the word only when it is an initial or an abbreviation ("J.", "U.S.", "Dr.").
const wordPattern = /[\p{L}\p{N}]+(?:(?:['’.-]|-\s(?=\p{Lu}))[\p{L}\p{N}]+)*/gu;
const possessivePattern = /['’]s$/u;
const initialPattern = /^(?:\p{Lu}|(?:\p{L}\.)+\p{L})$/u;
const chunks = new Set<TokenChunk>(['Noun', 'Verb', 'Pivot', 'Adjective']);

interface Term {
  offset: { start: number; length: number };
  tags: string[];
  chunk?: string;
  /** The dictionary form compromise computes for verbs and nouns ("killed" → "kill", "planners" → "planner"). */
  root?: string;
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

/** compromise's tags for a word on its own, out of context. */
export function wordTags(word: string): Set<string> {
  const terms = (nlp(word).json() as Array<{ terms: Term[] }>)[0]?.terms ?? [];
  return new Set(terms[0]?.tags ?? []);
}

const lexicon = (nlp.world() as { model: { one: { lexicon: Record<string, string | string[] | undefined> } } }).model.one.lexicon;
const givenNameTags = new Set(['MaleName', 'FemaleName', 'FirstName']);
const placeTags = new Set(['Region', 'Country', 'City', 'Place']);

/**
 * Context can hide what the lexicon knows: in "James Hall drove home" compromise tags both words as a place, and in
 * "the Sierra Nevada" it tags "Nevada" as a surname. A capitalised word the lexicon lists as a given name gets the
 * tag `GivenName`, and one it lists as a place `LexiconPlace`, whatever its context says.
 */
function withLexiconTags(word: string, tags: Set<string>): Set<string> {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return tags;
  const entry = lexicon[word.toLowerCase()];
  // An entry is a tag, or several: "Region,ProperNoun" or ["Region", "ProperNoun"].
  const listed = Array.isArray(entry) ? entry : (entry ?? '').split(',');
  const extra = [...(givenNameTags.has(listed[0]!) ? ['GivenName'] : []), ...(placeTags.has(listed[0]!) ? ['LexiconPlace'] : [])];
  return extra.length > 0 ? new Set([...tags, ...extra]) : tags;
}

/**
 * A word that may be a common noun, not a name: the kind WordNet can say names people ("forecasters"). compromise
 * tags some such nouns as adjectives ("The suspect said"); whether one heads a phrase is for the reader of the tag.
 */
const isCommonNoun = (tags: ReadonlySet<string>) => (tags.has('Noun') || tags.has('Adjective')) && !['Person', 'Place', 'Organization', 'Pronoun', 'Value'].some((t) => tags.has(t));

/** True when compromise's lexicon knows a name as a country ("Afghanistan"), not a place inside one. */
export function isCountryName(name: string): boolean {
  return nlp(name).has('#Country') && !name.includes(' of ');
}

/** Splits a sentence of the text into tokens and tags them with compromise, in one pass over the sentence. */
export function tagSentence(text: string, sentence: Sentence): Token[] {
  const slice = text.slice(sentence.start, sentence.end);
  const termAt = new Map<number, Term>();
  const doc = nlp(slice);
  doc.compute('root');
  for (const s of doc.json({ offset: true }) as Array<{ terms: Term[] }>) {
    for (const term of s.terms) {
      for (let i = term.offset.start; i < term.offset.start + Math.max(1, term.offset.length); i++) {
        if (!termAt.has(i)) termAt.set(i, term);
      }
    }
  }
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of splitCompounds(slice)) {
    let word = match[0];
    const local = match.index;
    // "Kabul’s", and the plural "Workers’".
    const pluralPossessive = /s$/u.test(word) && /^['’](?!\p{L})/u.test(slice.slice(local + word.length, local + word.length + 2));
    const possessive = possessivePattern.test(word) || pluralPossessive;
    if (possessivePattern.test(word)) word = word.slice(0, -2);
    // Keep the full stop of an initial or abbreviation ("J.", "Dr.", "U.S.") with its word.
    const after = slice[local + match[0].length];
    if (after === '.' && (initialPattern.test(word) || abbreviations.has(word)) && !possessive) word += '.';
    // compromise tags "California-based" as one adjective, so the name part is tagged on its own;
    // and a possessive ("Kabul’s") often loses its place tag, so such words are tagged on their own.
    const term = termAt.get(local);
    const contextTags = new Set(term?.tags ?? []);
    const tags = withLexiconTags(word, (match.split || possessive) && /^\p{Lu}/u.test(word) ? new Set([...(match.split ? [] : contextTags), ...wordTags(word)]) : contextTags);
    const chunk = term?.chunk && chunks.has(term.chunk as TokenChunk) ? (term.chunk as TokenChunk) : null;
    // A word split from its term ("US-led") or stripped of its possessive is its own dictionary form.
    const lemma = (!match.split && term?.root && term.offset.start === local ? term.root : word).toLowerCase();
    if (isCommonNoun(tags) && namesPerson(lemma)) tags.add('PersonNoun');
    tokens.push({
      text: word,
      start: sentence.start + local,
      end: sentence.start + local + word.length,
      possessive,
      before: slice.slice(previousEnd, local),
      index: tokens.length,
      tags,
      chunk,
      lemma,
    });
    previousEnd = local + match[0].length + (word.endsWith('.') && !match[0].endsWith('.') ? 1 : 0);
  }
  return tokens;
}
