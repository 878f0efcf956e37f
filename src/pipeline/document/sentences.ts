/** Sentences: parse-english splits a paragraph, knowing initialisms ("U.S."), initials and abbreviations. */
import { ParseEnglish } from 'parse-english';
import type { Sentence } from '../../schema/index.ts';
import type { Span } from './lines.ts';

const english = new ParseEnglish();

/**
 * Splits a span of text into sentences with offsets into the text. Sentences without a word (stray ". ." left
 * by a bad copy) are dropped.
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
