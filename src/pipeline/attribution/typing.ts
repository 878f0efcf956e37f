/** Speaker typing: a phrase before or after a cue → the speaker it names, by the rows of `rules/speaker-typing.ts`. */
import type { Token } from '../document/types.ts';
import type { Candidate } from '../entities/types.ts';
import { anonymousHeads } from '../rules/attribution.ts';
import { listed, pickSpeaker, type SpeakerPhrase } from '../rules/speaker-typing.ts';
import type { SpeakerRef } from './types.ts';

/** Words that open a phrase but are not part of the speaker: "and officials", "but the ministry". */
export const leadingConjunctions: ReadonlySet<string> = new Set(['and', 'but', 'however', 'yet', 'so', 'also']);
/** Prepositions: a name after one is inside a prepositional phrase, not the speaker. */
export const prepositions: ReadonlySet<string> = new Set(['to', 'of', 'for', 'from', 'with', 'at', 'in', 'on', 'by', 'about', 'near', 'under', 'against']);

/** Measures a phrase for the typing rows: its head words (before the first preposition) and the names in it. */
export function measurePhrase(text: string, span: readonly Token[], candidates: readonly Candidate[]): SpeakerPhrase | null {
  let tokens = [...span];
  while (tokens.length > 0 && leadingConjunctions.has(tokens[0]!.text.toLowerCase())) tokens = tokens.slice(1);
  // "The navy initially said", "The Wikileaks founder always argued": an adverb between the speaker and the cue is not part of the speaker.
  while (tokens.length > 1 && tokens.at(-1)!.tags.has('Adverb') && !/^\p{Lu}/u.test(tokens.at(-1)!.text)) tokens = tokens.slice(0, -1);
  if (tokens.length === 0) return null;
  const start = tokens[0]!.start;
  const end = tokens.at(-1)!.end;
  const firstPreposition = tokens.findIndex((t, i) => i > 0 && prepositions.has(t.text.toLowerCase()));
  const headEnd = firstPreposition < 0 ? end : tokens[firstPreposition]!.start;
  const within = candidates.filter((c) => c.type !== null && c.start >= start && c.end <= end);
  const headWords = tokens.slice(0, firstPreposition < 0 ? undefined : firstPreposition).map((t) => t.text.toLowerCase());
  return {
    tokens,
    start,
    end,
    label: text.slice(start, end),
    headWords,
    headToken: tokens[headWords.length - 1],
    within,
    headNames: within.filter((c) => c.start < headEnd),
    candidates,
    anonymousHead: [...headWords].reverse().find((w) => listed(anonymousHeads, w)),
  };
}

/** Types the words naming a speaker. Returns null when they name no one (a clause, a place name in passing). */
export function typeSpeaker(text: string, span: readonly Token[], candidates: readonly Candidate[]): SpeakerRef | null {
  const phrase = measurePhrase(text, span, candidates);
  if (!phrase) return null;
  const found = pickSpeaker(phrase);
  if (!found) return null;
  const { start, end, label } = phrase;
  const { pick, rule } = found;
  if (pick.kind !== 'named') return { start, end, label, kind: pick.kind, candidate: null, number: pick.number, rule };
  const type = pick.type ?? pick.candidate.type!;
  return {
    start,
    end,
    // A named speaker is called by their name; the phrase around it (title, apposition) is in the text.
    label: pick.candidate.text,
    kind: 'named',
    candidate: { start: pick.candidate.start, end: pick.candidate.end, type, media: pick.candidate.media, gender: pick.candidate.gender ?? null },
    number: type === 'person' ? 'singular' : 'plural',
    rule,
  };
}

/** A speaker reference for a named candidate, chosen by a row other than the typing rows (a pronoun, a turn label). */
export function namedRef(candidate: Pick<Candidate, 'start' | 'end' | 'text' | 'type' | 'media' | 'gender'>, rule: SpeakerRef['rule']): SpeakerRef {
  const type = candidate.type ?? 'person';
  return {
    start: candidate.start,
    end: candidate.end,
    label: candidate.text,
    kind: 'named',
    candidate: { start: candidate.start, end: candidate.end, type, media: candidate.media, gender: candidate.gender ?? null },
    number: type === 'person' ? 'singular' : 'plural',
    rule,
  };
}
