/** The typed document every stage after the first reads: an article split and tagged once. */
import type { Paragraph } from '../../schema/index.ts';
import type { Span } from './lines.ts';

export type { Span };

/** The clause chunk compromise puts a word in: a noun phrase, a verb group, a preposition or conjunction, an adjective. */
export type TokenChunk = 'Noun' | 'Verb' | 'Pivot' | 'Adjective';

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
  /** compromise's tags for the word, and `GivenName` / `LexiconPlace` when its lexicon lists the word as a given name / a place whatever the context, and `PersonNoun` for a common noun WordNet files under people (`wordnet.ts`). */
  tags: ReadonlySet<string>;
  /** compromise's chunk for the word, or null when it gave none. */
  chunk: TokenChunk | null;
  /** The word's dictionary form, lowercased ("killed" → "kill", "planners" → "planner"). */
  lemma: string;
}

/** A sentence of the story, tagged. */
export interface DocSentence extends Span {
  /** Index of its paragraph in `paragraphs`. */
  paragraph: number;
  /** Its position among the sentences of its paragraph, from 0. */
  indexInParagraph: number;
  tokens: Token[];
}

/** An article split into paragraphs, sentences and tagged tokens, with its quotations: read by every stage after it. */
export interface ArticleDocument {
  /** The decoded file text every offset points into. */
  text: string;
  /** Every paragraph, furniture included, in file order. */
  paragraphs: Paragraph[];
  /** The tagged sentences of the story (body paragraphs and crossheads), in text order. */
  sentences: DocSentence[];
  /** The quoted spans of each paragraph, by paragraph index (empty for furniture). */
  quotes: ReadonlyArray<readonly Span[]>;
}
