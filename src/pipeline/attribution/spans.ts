/**
 * Speaker spans: the words around a cue that may name its speaker — before it back to a clause break (relative
 * clauses and appositions set aside), after it up to a comma or a verb — and the choice among comma-separated parts.
 */
import { insideQuote } from '../document/quotes.ts';
import type { Span, Token } from '../document/types.ts';
import type { Candidate } from '../entities/types.ts';
import { anonymousHeads, cueGapWords } from '../rules/attribution.ts';
import { nameSuffixes, phraseOpeners, roleNouns } from '../rules/entities.ts';
import type { SpeakerHistory } from './history.ts';
import { leadingConjunctions, prepositions, typeSpeaker } from './typing.ts';
import type { SpeakerRef } from './types.ts';

const clauseBreaks = new Set(['that', 'while', 'because', 'if', 'when', 'where', 'although', 'though', 'since', 'after', 'before', 'as', 'so']);
const relativeWords = new Set(['who', 'whom', 'whose', 'which']);
const openQuote = /[“"]/u;
/** A closing quotation mark. */
export const closeQuote = /[”"]/u;

/** True when a comma (or a dash) separates the token from the one before it. */
export const commaBefore = (token: Token): boolean => /,/u.test(token.before);

/** Splits a run of tokens at commas. */
function segments(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [];
  for (const token of tokens) {
    // "Joseph R. Biden, Jr.": a name's suffix after its comma stays with the name.
    if (parts.length === 0 || (commaBefore(token) && !nameSuffixes.has(token.text))) parts.push([token]);
    else parts.at(-1)!.push(token);
  }
  return parts;
}

/** An aside is never a speaker: "including the UK", "speaking to Reuters", a party-and-state tag ("R-Neb."). */
function isAside(segment: readonly Token[]): boolean {
  const first = segment[0]!.text.toLowerCase();
  if (first === 'including' || first === 'such') return true;
  // A participial aside names no one: "A Taliban commander, speaking to Reuters, denied …".
  if (/ing$/u.test(first) && segment[0]!.tags.has('Verb') && segment.length > 1) return true;
  // A party-and-state tag is an aside: "Sen. Ben Sasse, R-Neb., called …".
  return segment.length === 1 && /^[RDI]-[A-Z]/u.test(segment[0]!.text);
}

/** An apposition describes a speaker named next to it: "spokesperson for the US Central Command", "the director of …". */
export function isApposition(segment: readonly Token[], candidates: readonly Candidate[]): boolean {
  if (isAside(segment)) return true;
  const first = segment[0]!.text.toLowerCase();
  const opener = phraseOpeners.has(first) ? 1 : 0;
  const head = segment.slice(opener).find((t) => !/^\p{Lu}/u.test(t.text) || roleNouns.has(t.text.toLowerCase()));
  const named = candidates.some((c) => c.type === 'person' && c.start >= segment[0]!.start && c.end <= segment.at(-1)!.end);
  return !named && head !== undefined && roleNouns.has(head.text.toLowerCase()) && !anonymousHeads.has(segment.at(-1)!.text.toLowerCase());
}

/** Chooses the speaker among comma-separated parts before a cue: the nearest that is not an apposition. */
export function chooseBefore(text: string, span: readonly Token[], candidates: readonly Candidate[], history?: SpeakerHistory): SpeakerRef | null {
  const parts = segments(span);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    // An apposition describes a name before it; with no name before ("On Monday, the President said"), it is the subject.
    if (i > 0 && (isAside(part) || (isApposition(part, candidates) && parts.slice(0, i).some((p) => typeSpeaker(text, p, candidates)?.kind === 'named')))) continue;
    const words = part.map((t) => t.text.toLowerCase()).filter((w) => !leadingConjunctions.has(w));
    const speaker = history?.resolve(words, candidates, part[0]!.start) ?? typeSpeaker(text, part, candidates);
    // "General Mark Milley, and other officials": a coordination keeps its named member; "Hernan Dario Gomez,
    // Panama coach, said": a description after a named person is that person's apposition; and "Jeff Sanborn,
    // president of Chapter & Verse, a Spokane … agency, said": an indefinite description describes what comes before.
    const indefinite = /^(?:a|an)$/iu.test(part[0]!.text);
    if (speaker && speaker.kind !== 'named' && i > 0 && (speaker.kind === 'anonymous' || indefinite)) {
      for (let j = i - 1; j >= 0; j--) {
        if (j < i - 1 && !isApposition(parts[j + 1]!, candidates) && !/^(?:a|an)$/iu.test(parts[j + 1]![0]!.text)) break;
        const named = typeSpeaker(text, parts[j]!, candidates);
        if (named?.kind === 'named' && (named.candidate?.type === 'person' || indefinite)) return named;
      }
    }
    if (speaker) return speaker;
    // An unresolved pronoun is still the subject: "Well, it says …" is no statement by "Well".
    if (i === parts.length - 1 && parts.length > 1 && !(part.length === 1 && part[0]!.tags.has('Pronoun'))) continue;
    return null;
  }
  return null;
}

/** The words before a cue that name its speaker: back to a clause break, skipping relative clauses and appositions. */
export function speakerBefore(text: string, tokens: readonly Token[], cueIndex: number, quotes: readonly Span[], candidates: readonly Candidate[]): Token[] {
  let end = cueIndex - 1;
  // "He went on to say", "she wanted to say": the speaker stands before the verb that takes the cue.
  if (tokens[end]?.text === 'to') {
    end--;
    if (tokens[end]?.text === 'on') end--;
    if (tokens[end]?.tags.has('Verb')) end--;
  }
  while (end >= 0 && cueGapWords.has(tokens[end]!.text.toLowerCase())) end--;
  // ", who asked not to be named because …," and ", which manages the dam," are set aside, and so are ", as you
  // all know," and "— as we have said —".
  const aside = new Set<number>();
  for (let i = 0; i <= end; i++) {
    const opensAside = relativeWords.has(tokens[i]!.text.toLowerCase()) || (tokens[i]!.text.toLowerCase() === 'as' && tokens[i + 1]?.tags.has('Pronoun') === true);
    if (!opensAside || !/[,—–]/u.test(tokens[i]!.before)) continue;
    const close = tokens.findIndex((t, j) => j > i && j <= end + 1 && /[,—–]/u.test(t.before));
    if (close > i) for (let j = i; j < close; j++) aside.add(j);
  }
  const collected: Token[] = [];
  for (let k = end; k >= 0; k--) {
    if (aside.has(k)) continue;
    const token = tokens[k]!;
    const lower = token.text.toLowerCase();
    if (insideQuote(token.start, quotes)) break;
    if (relativeWords.has(lower)) {
      // "officials who spoke privately with CNN called …": the speaker stands before "who".
      collected.length = 0;
      continue;
    }
    if (clauseBreaks.has(lower) && collected.length > 0) break;
    // A verb form between a determiner or modifier and a noun names a thing: "the Brussels-based think tank".
    const modifier = phraseOpeners.has(tokens[k - 1]?.text.toLowerCase() ?? '') || /^(?:based|led|backed|run|owned)$/u.test(tokens[k - 1]?.text ?? '');
    // …and a verb joined by a hyphen is half of a compound adjective ("Brussels-based").
    const asNoun = (modifier && tokens[k + 1] !== undefined && !tokens[k + 1]!.tags.has('Verb')) || token.before === '-';
    if (token.tags.has('Verb') && !asNoun && !token.tags.has('Participle') && !roleNouns.has(lower) && !/^\p{Lu}/u.test(token.text) && lower !== 'including') {
      // "officials who spoke to CNN … have questioned": skip back over the relative clause.
      const relative = [k - 1, k - 2].find((r) => r >= 0 && relativeWords.has(tokens[r]!.text.toLowerCase()));
      // Jump only when what follows the clause names no subject of its own ("to CNN on condition of anonymity").
      const subjectAfter = collected.length > 0 && !prepositions.has(collected[0]!.text.toLowerCase()) && chooseBefore(text, collected, candidates) !== null;
      if (relative === undefined || subjectAfter) break;
      collected.length = 0;
      k = relative;
      continue;
    }
    collected.unshift(token);
    if (closeQuote.test(token.before) || openQuote.test(token.before)) break;
  }
  return collected;
}

/** The words after a cue that name the speaker: "according to X, …", "…,” said a former official." */
export function speakerAfter(tokens: readonly Token[], from: number, quotes: readonly Span[]): Token[] {
  const collected: Token[] = [];
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k]!;
    const lower = token.text.toLowerCase();
    if (insideQuote(token.start, quotes) || openQuote.test(token.before) && k > from) break;
    if (k > from && commaBefore(token)) break;
    if (relativeWords.has(lower) || k > from && clauseBreaks.has(lower)) break;
    const afterDeterminer = phraseOpeners.has(tokens[k - 1]?.text.toLowerCase() ?? '');
    if (k > from && token.tags.has('Verb') && !afterDeterminer && !token.tags.has('Participle') && !/^\p{Lu}/u.test(token.text) && !prepositions.has(lower)) break;
    collected.push(token);
  }
  return collected;
}

/**
 * The speaker after "according to": the first comma-separated part, or the name after a role
 * ("according to its director, Dr. Nokuthula Sibanda-Moyo").
 */
export function speakerAfterAccording(text: string, tokens: readonly Token[], from: number, quotes: readonly Span[], candidates: readonly Candidate[], history: SpeakerHistory): SpeakerRef | null {
  const first = speakerAfter(tokens, from, quotes);
  if (first.length === 0) return null;
  const words = first.map((t) => t.text.toLowerCase());
  const speaker = history.resolve(words, candidates, first[0]!.start) ?? typeSpeaker(text, first, candidates);
  const next = tokens[first.at(-1)!.index + 1];
  if ((speaker === null || isApposition(first, candidates)) && next && commaBefore(next)) {
    const second = speakerAfter(tokens, next.index, quotes);
    const named = second.length > 0 ? typeSpeaker(text, second, candidates) : null;
    if (named?.kind === 'named') return named;
  }
  return speaker;
}
