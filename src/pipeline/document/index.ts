/**
 * The document stage: an article's text → its paragraphs (furniture set apart), sentences, tagged tokens and
 * quotations. It runs once per article; every later stage reads the document it returns and none calls the
 * tagger again.
 *
 *   lines → paragraphs (hard wraps rejoined)      lines.ts
 *   datelines and correction notes split off       prefixes.ts
 *   transcript turns (rules/transcripts.ts)        transcript.ts
 *   paragraph classes (rules/furniture.ts)         paragraphs.ts
 *   sentences (parse-english)                      sentences.ts
 *   tokens, tags and chunks (compromise)           tagger.ts
 *   quotations                                     quotes.ts
 */
import type { Dateline, Paragraph } from '../../schema/index.ts';
import { groupParagraphs, splitLines } from './lines.ts';
import { classifyParagraph, shapeParagraphs } from './paragraphs.ts';
import { readDateline, splitPrefixes } from './prefixes.ts';
import { findTurns } from './transcript.ts';
import { findQuotes } from './quotes.ts';
import { splitSentences } from './sentences.ts';
import { tagSentence } from './tagger.ts';
import type { ArticleDocument, DocSentence } from './types.ts';

export { countWords, endsLikeProse, isAllCaps, isCapitalised } from './words.ts';
export { findQuotes, insideQuote } from './quotes.ts';
export { splitSentences } from './sentences.ts';
export { isCountryName, wordTags } from './tagger.ts';
export type { Span } from './lines.ts';
export type { ArticleDocument, DocSentence, Token, TokenChunk } from './types.ts';

/**
 * Segments an article: takes its decoded text, returns its paragraphs in order with offsets, kind, the rule that
 * classified each, its transcript turn, and sentences for body paragraphs and crossheads (a turn's label excluded).
 */
export function segmentArticle(text: string): Paragraph[] {
  const spans = splitPrefixes(text, groupParagraphs(text, splitLines(text)));
  const turns = findTurns(text, spans);
  const shapes = shapeParagraphs(text, spans, turns);
  return spans.map((span, index) => {
    const rule = classifyParagraph(shapes[index]!);
    const place = turns[index];
    const turn = place ? { index: place.turn, label: place.label.label, question: place.label.question, labelEnd: place.opens ? place.label.end : null } : null;
    const wordsStart = turn?.labelEnd ?? span.start;
    return {
      index,
      start: span.start,
      end: span.end,
      kind: rule.kind,
      furniture: rule.kind === 'furniture',
      furnitureKind: rule.furnitureKind,
      rule: rule.id,
      sentences: rule.kind === 'furniture' ? [] : splitSentences(text, { start: wordsStart, end: span.end }),
      turn: rule.kind === 'furniture' ? null : turn,
    };
  });
}

/** The wire dateline of an article's paragraphs, read into its parts, or null. */
export function datelineOf(text: string, paragraphs: readonly Paragraph[]): Dateline | null {
  const paragraph = paragraphs.find((p) => p.rule === 'dateline');
  return paragraph ? readDateline(text, paragraph) : null;
}

/** Builds an article's document: segments it, tags each story sentence once and finds each paragraph's quotations. */
export function buildDocument(text: string): ArticleDocument {
  const paragraphs = segmentArticle(text);
  const sentences: DocSentence[] = paragraphs.flatMap((paragraph) =>
    paragraph.sentences.map((sentence, indexInParagraph) => ({
      ...sentence,
      paragraph: paragraph.index,
      indexInParagraph,
      tokens: tagSentence(text, sentence),
    })),
  );
  const quotes = paragraphs.map((p) => (p.furniture ? [] : findQuotes(text, p.start, p.end)));
  return { text, paragraphs, sentences, quotes };
}

/** The tagged sentences of one paragraph. */
export function sentencesOf(document: ArticleDocument, paragraph: Paragraph): DocSentence[] {
  return document.sentences.filter((s) => s.paragraph === paragraph.index);
}
