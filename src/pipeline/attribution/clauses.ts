/** Second clauses: a sentence that holds two claims, each with its own speaker and cue. */
import { insideQuote } from '../document/quotes.ts';
import type { Span, Token } from '../document/types.ts';
import type { Candidate } from '../entities/types.ts';
import { clauseCoordinators, cueGapWords, notASubject, speakerPronouns } from '../rules/attribution.ts';
import { roleNouns } from '../rules/entities.ts';
import { prepositions, typeSpeaker } from './typing.ts';
import type { FoundCue, SpeakerRef } from './types.ts';

/** A second claim in a sentence: where its clause starts (the conjunction's token), its cue and its speaker. */
interface SecondClause {
  conjunction: number;
  cue: FoundCue;
  speaker: SpeakerRef;
  via: SpeakerRef | null;
}

/**
 * Finds a second claim in a sentence whose first cue already has its speaker: a conjunction after the first
 * claim's own verb, then a speaker of a few words, then a cue ("… was a facilitator of ISIS-K and several
 * sources told CNN that …"). Takes the sentence's tokens and its cues with their speakers; returns the second
 * clause, or null when the words after the conjunction are no speaker, name the first speaker again or only
 * point back to it ("and he told"), or when the first claim has no verb of its own before the conjunction.
 */
export function findSecondClause(
  text: string,
  tokens: readonly Token[],
  found: ReadonlyArray<{ cue: FoundCue; result: { speaker: SpeakerRef; via: SpeakerRef | null } }>,
  quotes: readonly Span[],
  candidates: readonly Candidate[],
): SecondClause | null {
  const [first, ...rest] = found;
  if (!first || first.cue.according) return null;
  for (const { cue, result } of rest) {
    if (cue.according || cue.cue === 'quote') continue;
    let end = cue.index - 1;
    while (end > first.cue.after && cueGapWords.has(tokens[end]!.text.toLowerCase())) end--;
    const conjunction = tokens.findLastIndex((t, i) => i > first.cue.after && i < end && clauseCoordinators.has(t.text.toLowerCase()) && !insideQuote(t.start, quotes));
    if (conjunction < 0) continue;
    const span = tokens.slice(conjunction + 1, end + 1);
    const lower = span.map((t) => t.text.toLowerCase());
    if (span.length === 0 || span.length > 6 || lower.some((w) => notASubject.has(w)) || prepositions.has(lower[0]!) || speakerPronouns.has(lower[0]!)) continue;
    // A verb before the head word means a clause, not a speaker; the head itself may be a noun the tagger took
    // for a verb ("three engineers told").
    if (span.some((t, i) => insideQuote(t.start, quotes) || (i < span.length - 1 && t.tags.has('Verb') && !/^\p{Lu}/u.test(t.text) && !roleNouns.has(t.text.toLowerCase())))) continue;
    // The first claim's reported clause must be complete: a verb of its own between its cue and the conjunction.
    if (!tokens.slice(first.cue.after, conjunction).some((t) => t.tags.has('Verb') && !insideQuote(t.start, quotes))) continue;
    const speaker = typeSpeaker(text, span, candidates);
    if (!speaker) continue;
    const firstLabel = first.result.speaker.label.toLowerCase();
    if (firstLabel.includes(speaker.label.toLowerCase()) || speaker.label.toLowerCase().includes(firstLabel)) continue;
    return { conjunction, cue, speaker, via: result.via };
  }
  return null;
}

