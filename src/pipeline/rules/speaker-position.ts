/**
 * Speaker position as data: where, relative to its cue, a claim's speaker stands. For each cue of a sentence,
 * `attribution/position.ts` tries these rows in order; the first whose `when` holds and that finds a speaker
 * decides, and the claim records the row as its `rule`. `continuationRules` are claims made without a cue of
 * their own.
 */
import type { SpeakerHistory } from '../attribution/history.ts';
import { chooseBefore, closeQuote, commaBefore, speakerAfter, speakerAfterAccording, speakerBefore } from '../attribution/spans.ts';
import type { FoundCue, SpeakerBase, SpeakerRef } from '../attribution/types.ts';
import { prepositions, typeSpeaker } from '../attribution/typing.ts';
import { insideQuote } from '../document/quotes.ts';
import type { Span, Token } from '../document/types.ts';
import type { Candidate } from '../entities/types.ts';
import { leadingConjunctions } from '../attribution/typing.ts';
import { roleNouns } from './entities.ts';

/** What a position row sees: one cue in its sentence. */
export interface CueContext {
  text: string;
  tokens: readonly Token[];
  cue: FoundCue;
  quotes: readonly Span[];
  candidates: readonly Candidate[];
  history: SpeakerHistory;
}

/** What a position row finds: the speaker, and the channel when the row itself knows it ("quoted by the newspaper X"). */
export interface Positioned {
  speaker: SpeakerRef;
  via?: SpeakerRef | null;
}

/** One position row: `when` says whether it may apply to the cue; `find` looks for the speaker there. */
export interface PositionRule {
  id: string;
  reason: string;
  when: (c: CueContext) => boolean;
  find: (c: CueContext) => Positioned | null;
}

/** What opens a role's noun phrase: "the", "a", "an" or a possessive ("Russia's"). */
const opensRole = (t: Token) => t.possessive || /^(?:the|a|an)$/iu.test(t.text);

/**
 * The people a sentence names by a role alone before an offset: "Russia's ambassador", "the Russian ambassador" (a
 * singular role noun after "the", "a" or a possessive, with no name after it, outside quotation).
 */
function rolesNamedBefore(text: string, tokens: readonly Token[], quotes: readonly Span[], before: number): SpeakerBase[] {
  const roles: SpeakerBase[] = [];
  for (const token of tokens) {
    if (token.end > before) break;
    if (insideQuote(token.start, quotes) || !roleNouns.has(token.text.toLowerCase()) || /^\p{Lu}/u.test(tokens[token.index + 1]?.text ?? '')) continue;
    let open = token.index - 1;
    while (open >= 0 && !opensRole(tokens[open]!) && (tokens[open]!.tags.has('Adjective') || /^\p{Lu}/u.test(tokens[open]!.text)) && token.index - open < 4) open--;
    const opener = tokens[open];
    if (!opener || !opensRole(opener)) continue;
    roles.push({ start: opener.start, end: token.end, label: text.slice(opener.start, token.end).replace(/\s+/gu, ' '), kind: 'anonymous', candidate: null, number: 'singular' });
  }
  return roles;
}

/** A pronoun or back-reference first ("he", "the official"), else the speaker the words name. */
function resolveOrType(c: CueContext, span: readonly Token[]): SpeakerRef | null {
  if (span.length === 0) return null;
  // "we spoke with Russia's ambassador this morning, and he insists": the pronoun right before the cue is its subject.
  const last = span.at(-1)!;
  const opensClause = (t: Token) => /,/u.test(t.before) || /^(?:and|but|so|yet)$/iu.test(c.tokens[t.index - 1]?.text ?? '');
  const pronoun = /^(?:he|she)$/iu.test(last.text);
  const words = pronoun && span.length > 1 && opensClause(last) ? [last] : span;
  const lower = words.map((t) => t.text.toLowerCase()).filter((w) => !leadingConjunctions.has(w));
  // Only "he" or "she" can stand for a role; a sentence that names someone before the pronoun leaves roles out.
  const namesSomeone = () => c.candidates.some((x) => (x.type === 'person' || x.type === null) && x.start >= c.tokens[0]!.start && x.end <= words[0]!.start);
  const roles = words.length === 1 && pronoun && !namesSomeone() ? rolesNamedBefore(c.text, c.tokens, c.quotes, words[0]!.start) : [];
  return c.history.resolve(lower, c.candidates, words[0]!.start, c.cue.cue, roles) ?? chooseBefore(c.text, span, c.candidates, c.history);
}

const verbCue = (c: CueContext) => !c.cue.according && c.cue.cue !== 'quote' && c.cue.agent === null;
const found = (speaker: SpeakerRef | null): Positioned | null => (speaker ? { speaker } : null);

/** The rows, tried in order. */
export const positionRules = [
  {
    id: 'according-to',
    reason: '"according to X": the source is the agent after the phrase.',
    when: (c) => c.cue.according,
    find: (c) => found(speakerAfterAccording(c.text, c.tokens, c.cue.after, c.quotes, c.candidates, c.history)),
  },
  {
    id: 'quoted-as-saying',
    reason: '"X was quoted by Y as saying": the speaker is the subject of "was quoted", the channel the outlet after "by".',
    when: (c) => c.cue.cue === 'quote',
    find: (c) => {
      const by = c.tokens.findIndex((t, i) => i > c.cue.index && t.text === 'by');
      const speaker = chooseBefore(c.text, speakerBefore(c.text, c.tokens, c.cue.index - 1, c.quotes, c.candidates), c.candidates, c.history);
      const carrier = by > 0 ? speakerAfter(c.tokens, by + 1, c.quotes).filter((t) => t.text !== 'as' && t.text !== 'saying') : [];
      const via = carrier.length > 0 ? typeSpeaker(c.text, carrier, c.candidates) : null;
      return speaker ? { speaker, via: via?.candidate?.media ? via : null } : null;
    },
  },
  {
    id: 'passive-agent',
    reason: '"Corbyn is accused by critics of …", "Assange was accused of rape by a woman": a passive cue\'s speaker is its agent after "by".',
    when: (c) => c.cue.agent !== null,
    find: (c) => found(resolveOrType(c, speakerAfter(c.tokens, c.cue.agent! + 1, c.quotes))),
  },
  {
    id: 'participial-main-subject',
    reason: '"Raab defended the party\'s actions, saying …", "…, citing the report": a cue in -ing after a comma takes the subject of the main clause, not the object before it.',
    when: (c) => {
      const cueToken = c.tokens[c.cue.index]!;
      return verbCue(c) && /ing$/u.test(cueToken.text) && commaBefore(cueToken);
    },
    find: (c) => {
      const mainVerb = c.tokens.findIndex((t, i) => i < c.cue.index && t.tags.has('Verb') && !t.tags.has('Gerund') && !/^\p{Lu}/u.test(t.text) && !/ing$/u.test(t.text));
      if (mainVerb <= 0) return null;
      return found(resolveOrType(c, speakerBefore(c.text, c.tokens, mainVerb, c.quotes, c.candidates)));
    },
  },
  {
    id: 'speaker-before-cue',
    reason: 'The subject before the verb: "Kirby said", "A senior engineer at the plant, who asked not to be named, said".',
    when: verbCue,
    find: (c) => found(resolveOrType(c, speakerBefore(c.text, c.tokens, c.cue.index, c.quotes, c.candidates))),
  },
  {
    id: 'cue-before-speaker',
    reason: 'After a quote or a comma the cue comes first: "…,” said a former intelligence official".',
    when: (c) => {
      const cueToken = c.tokens[c.cue.index]!;
      return verbCue(c) && (closeQuote.test(cueToken.before) || commaBefore(cueToken) && !insideQuote(cueToken.start, c.quotes));
    },
    find: (c) => {
      const after = speakerAfter(c.tokens, c.cue.after, c.quotes);
      return after.length > 0 && !prepositions.has(after[0]!.text.toLowerCase()) ? found(resolveOrType(c, after)) : null;
    },
  },
  {
    id: 'shared-subject',
    reason: '"The announcement did not identify … but indicated …": a second verb shares the sentence\'s subject.',
    when: (c) => verbCue(c) && c.tokens.slice(0, c.cue.index).some((t) => ['but', 'and'].includes(t.text.toLowerCase())),
    find: (c) => {
      const firstVerb = c.tokens.findIndex((t) => t.tags.has('Verb') && !/^\p{Lu}/u.test(t.text));
      if (firstVerb <= 0 || firstVerb >= c.cue.index) return null;
      return found(chooseBefore(c.text, speakerBefore(c.text, c.tokens, firstVerb, c.quotes, c.candidates), c.candidates));
    },
  },
] as const satisfies readonly PositionRule[];

/** Claims made without a cue of their own, recorded as the claim's rule like the rows above. */
export const continuationRules = [
  { id: 'second-clause', reason: '"Milley said … and several sources told CNN …": a conjunction opens a clause with its own speaker and cue.' },
  { id: 'quote-sentence-continues', reason: 'A sentence that is only a quote, with no cue, after a claim in its paragraph: the same speaker goes on in their own words ("He pledged cleaner hospitals. \u201cI come from an ordinary family.\u201d").' },
  { id: 'quote-paragraph-continues', reason: 'A paragraph that is only a quote continues the speaker of the paragraph before it.' },
  { id: 'transcript-turn', reason: 'A labelled turn of a transcript is one statement in its speaker\'s own words, however many paragraphs it runs.' },
  { id: 'signed-statement', reason: 'A press statement signed on its author line is one statement by its signer, all its body paragraphs together.' },
] as const;

/** The id of a row that found a claim. */
export type ClaimRuleId = (typeof positionRules)[number]['id'] | (typeof continuationRules)[number]['id'];

/** Every claim rule id, in table order. */
export const claimRuleIds = [...positionRules.map((r) => r.id), ...continuationRules.map((r) => r.id)] as [ClaimRuleId, ...ClaimRuleId[]];

/** The first row that applies to a cue and finds its speaker; null when none does. */
export function positionSpeaker(context: CueContext): (Positioned & { rule: ClaimRuleId }) | null {
  for (const rule of positionRules) {
    if (!(rule.when as PositionRule['when'])(context)) continue;
    const result = (rule.find as PositionRule['find'])(context);
    if (result) return { ...result, rule: rule.id };
  }
  return null;
}
