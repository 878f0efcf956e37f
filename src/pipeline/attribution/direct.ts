/**
 * Direct or reported: how much of a clause is quotation, whether its quote stands against its cue, and the
 * claim a clause makes — its span (back to where an open quote began), its quote and its mode.
 */
import type { Span, Token } from '../document/types.ts';
import type { Sentence } from '../../schema/index.ts';
import type { ClaimRuleId } from '../rules/speaker-position.ts';
import type { Attribution, FoundCue, SpeakerRef } from './types.ts';

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** How a span quotes: its quoted parts, the share of its words inside quotes and the longest quote; null when it quotes nothing. */
export interface QuoteShare {
  first: Span;
  all: Span[];
  share: number;
  longest: number;
}

/** How a sentence (or clause) quotes: fully (direct speech), in part, or not at all. */
export function quoteIn(span: Span, quotes: readonly Span[], text: string): QuoteShare | null {
  const within = quotes
    .map((q) => ({ start: Math.max(q.start, span.start), end: Math.min(q.end, span.end) }))
    .filter((q) => q.end > q.start && words(text.slice(q.start, q.end)) > 0);
  if (within.length === 0) return null;
  const quoted = within.reduce((sum, q) => sum + words(text.slice(q.start, q.end)), 0);
  const total = words(text.slice(span.start, span.end));
  return { first: within[0]!, all: within, share: quoted / Math.max(1, total), longest: Math.max(...within.map((q) => words(text.slice(q.start, q.end)))) };
}

/** Everything a clause's claim is made from. */
export interface ClauseClaim {
  text: string;
  /** The clause (the whole sentence, unless it holds a second claim). */
  clause: Span;
  /** The sentence holding it, its tokens and its paragraph's sentences and quotes. */
  sentence: Sentence;
  tokens: readonly Token[];
  paragraphSentences: readonly Sentence[];
  quotes: readonly Span[];
  /** The claims already made in the paragraph. */
  earlier: readonly Attribution[];
  cue: FoundCue;
  speaker: SpeakerRef;
  via: SpeakerRef | null;
  rule: ClaimRuleId;
}

/** Makes the claim of one clause: direct when mostly quotation or when its quote stands right against its cue. */
export function claimOfClause(c: ClauseClaim): Attribution {
  const { text, clause, sentence, quotes } = c;
  const clauseQuote = quoteIn(clause, quotes, text);
  const cueToken = c.tokens[c.cue.index]!;
  const opensClause = (q: Span) => text.slice(clause.start, q.start).replace(/[“"\s]/gu, '') === '';
  // "“It’s possible,” Milley said".
  const quoteThenCue = (q: Span) => opensClause(q) && q.end < cueToken.start && cueToken.start - q.end < 60;
  // "Kirby said, “…”", "Kirby told Military Times, “…”": at most a listener between the cue and the quote.
  const cueThenQuote = (q: Span) => {
    const between = text.slice(cueToken.end, q.start);
    return q.start > cueToken.end && /^(?:\s*[^,:.;“"]{0,40})?[,:]?\s*[“"]$/u.test(between) && /[,:]\s*[“"]$|^\s*[“"]$/u.test(between) && q.end >= clause.end - 3;
  };
  const adjacent = clauseQuote !== null && clauseQuote.all.some((q) => quoteThenCue(q) || cueThenQuote(q));
  const direct = clauseQuote !== null && (clauseQuote.share > 0.5 || clauseQuote.longest >= 6 || adjacent);
  // A quote that opened in an earlier sentence of the paragraph belongs to this claim from its start.
  const opened = direct && clause.start === sentence.start ? quotes.find((q) => q.start < sentence.start && q.end > sentence.start) : undefined;
  const openedIn = opened ? c.paragraphSentences.find((x) => x.start <= opened.start && opened.start < x.end) : undefined;
  const claimStart = openedIn && !c.earlier.some((e) => e.end > openedIn.start) ? openedIn.start : clause.start;
  return {
    start: claimStart,
    end: clause.end,
    quote: clauseQuote ? (direct ? { start: claimStart < clause.start ? opened!.start : clauseQuote.first.start, end: clauseQuote.all.at(-1)!.end } : clauseQuote.first) : null,
    mode: direct ? 'direct' : 'indirect',
    cue: c.cue.cue,
    cueAt: { start: cueToken.start, end: c.tokens[c.cue.after - 1]!.end },
    first: /^(?:first|initially|originally|earlier)$/iu.test(c.tokens[c.cue.index - 1]?.text ?? ''),
    cueStance: c.cue.stance,
    speaker: c.speaker,
    via: c.via,
    rule: c.rule,
    // Filled once the article's claims are settled (attribution/index.ts).
    lemmas: [],
  };
}
