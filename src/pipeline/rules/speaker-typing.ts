/**
 * Speaker typing as data: the words before or after a cue → who they name. `attribution/typing.ts` measures the
 * phrase once (its head words, the names in it, its head noun) and tries these rows in order; the first that
 * picks a speaker decides, and the claim records the row as its `speakerRule`.
 */
import type { Token } from '../document/types.ts';
import type { Candidate } from '../entities/types.ts';
import { documentHeads, indefiniteOpeners, institutionHeads } from './attribution.ts';
import { roleNouns } from './entities.ts';

/** What a typing row sees: a phrase that may name a speaker, measured. */
export interface SpeakerPhrase {
  /** The phrase's tokens, leading conjunctions dropped. */
  tokens: readonly Token[];
  /** Offsets and words of the phrase. */
  start: number;
  end: number;
  label: string;
  /** The lowercased words before the first preposition: the head of the phrase ("a senior counselor" in "… to Joe Biden"). */
  headWords: readonly string[];
  /** The token of the last head word. */
  headToken: Token | undefined;
  /** Typed entity candidates inside the phrase, and those inside its head. */
  within: readonly Candidate[];
  headNames: readonly Candidate[];
  /** Every candidate of the article, for untyped names. */
  candidates: readonly Candidate[];
  /** The last head word that is an anonymous source's noun ("official", "sources"), if any. */
  anonymousHead: string | undefined;
}

/** A speaker a row picked: a named candidate, or a description and its kind. */
export type SpeakerPick =
  | { kind: 'named'; candidate: Candidate; type?: Candidate['type'] }
  | { kind: 'anonymous' | 'document' | 'institution'; number: 'singular' | 'plural' };

/** One typing row. */
export interface SpeakerTypingRule {
  id: string;
  reason: string;
  pick: (p: SpeakerPhrase) => SpeakerPick | null;
}

const plural = (word: string) => /s$/u.test(word) && !/ss$/u.test(word);
/** A table lists the singular; its plural counts too ("engineers", "groups"). */
export const listed = (table: ReadonlySet<string>, word: string): boolean => table.has(word) || (plural(word) && table.has(word.slice(0, -1)));
const numberOf = (word: string) => (plural(word) ? 'plural' : 'singular') as 'singular' | 'plural';
const roleHead = (p: SpeakerPhrase) => p.headWords.at(-1);
// Of several names, an outlet beats an organisation, which beats a place; the nearest to the cue wins a tie.
const rank = (c: Candidate) => (c.media ? 0 : c.type === 'organization' ? 1 : 2);

/** Tags of a capitalised first word that is no name: "Well, …", "Meanwhile, …", "Several …". */
const notAName = ['Adjective', 'Plural', 'Adverb', 'Expression', 'Conjunction', 'Determiner', 'Preposition', 'Pronoun', 'Verb'];

/** The rows, tried in order. */
export const speakerTypingRules = [
  {
    id: 'person-head',
    reason: 'The last person named before any preposition is the head: "Donald Trump\'s national security adviser John Bolton".',
    pick: (p) => {
      const person = p.headNames.filter((c) => c.type === 'person').at(-1);
      return person ? { kind: 'named', candidate: person } : null;
    },
  },
  {
    id: 'anonymous-head',
    reason: 'An anonymous source\'s noun heads the phrase: "a senior Taliban insider", "two U.S. officials", "sources familiar with …".',
    pick: (p) => (p.anonymousHead && (indefiniteOpeners.has(p.headWords[0]!) || plural(p.anonymousHead) || p.headWords[0] !== 'the') ? { kind: 'anonymous', number: numberOf(p.anonymousHead) } : null),
  },
  {
    id: 'titled-person-at-end',
    reason: 'A name that ends the phrase is its head, whatever title comes before ("Chairman of the Joint Chiefs General Mark Milley").',
    pick: (p) => {
      const person = p.within.find((c) => c.type === 'person' && c.end === p.end);
      return person ? { kind: 'named', candidate: person } : null;
    },
  },
  {
    id: 'role-without-name',
    reason: 'A role with no name is an anonymous source: "the union\'s leader", "its chief executive".',
    pick: (p) => {
      const head = roleHead(p);
      return head && roleNouns.has(head) && p.within.every((c) => c.type !== 'person') ? { kind: 'anonymous', number: numberOf(head) } : null;
    },
  },
  {
    id: 'actor-noun',
    reason: 'A noun the lexicon knows as people by what they do ("local farmers", "teachers"), with no name in the phrase.',
    pick: (p) => {
      const head = roleHead(p);
      return head && p.headToken?.tags.has('Actor') && p.headToken.tags.has('Noun') && p.within.length === 0 ? { kind: 'anonymous', number: numberOf(head) } : null;
    },
  },
  {
    id: 'person-noun',
    reason: 'A common noun whose most frequent sense WordNet files under people ("the suspect", "forecasters", "consumer advocates"), with no name in the phrase.',
    pick: (p) => {
      const head = roleHead(p);
      return head && p.headToken?.tags.has('PersonNoun') && p.within.length === 0 ? { kind: 'anonymous', number: numberOf(head) } : null;
    },
  },
  {
    id: 'counted-plural',
    reason: 'A counted group of people is a source whatever its noun: "several supporters", "two drivers".',
    pick: (p) => (roleHead(p) && indefiniteOpeners.has(p.headWords[0]!) && p.headWords.length > 1 && p.headToken?.tags.has('Plural') && p.within.length === 0 ? { kind: 'anonymous', number: 'plural' } : null),
  },
  {
    id: 'organisation-head',
    reason: 'An organisation, outlet or place named in the head speaks, unless it only modifies an institution noun ("the US military").',
    pick: (p) => {
      const organisation = p.headNames.filter((c) => c.type === 'organization' || c.type === 'place').sort((a, b) => rank(a) - rank(b) || b.start - a.start)[0];
      if (!organisation || p.anonymousHead) return null;
      const institution = p.headWords.findIndex((w) => institutionHeads.has(w));
      const modifiesInstitution = institution >= 0 && p.tokens[institution]!.start >= organisation.end;
      return modifiesInstitution ? null : { kind: 'named', candidate: organisation };
    },
  },
  {
    id: 'lone-name',
    reason: 'A lone capitalised name the article did not type ("Biden has vowed"): the corpus will know who it is.',
    pick: (p) => {
      const first = p.tokens[0]!;
      // A word capitalised only because it opens the sentence ("Well, …") is no name unless the lexicon knows it as one.
      const lone = p.candidates.find((c) => c.type === null && c.start === p.start && c.end === p.end && (c.rule === 'lone-name' || c.rule === 'sentence-initial-speaker' || !notAName.some((tag) => first.tags.has(tag))));
      return lone ? { kind: 'named', candidate: lone, type: 'person' } : null;
    },
  },
  {
    id: 'document-head',
    reason: 'A document makes the claim: "a statement", "the report", "footage".',
    pick: (p) => {
      const head = p.headWords.find((w) => documentHeads.has(w));
      return head ? { kind: 'document', number: numberOf(head) } : null;
    },
  },
  {
    id: 'institution-head',
    reason: 'An institution noun, singular or plural, speaks without a name: "the weather service", "environmental groups".',
    pick: (p) => {
      const head = p.headWords.find((w) => listed(institutionHeads, w));
      return head ? { kind: 'institution', number: numberOf(head) } : null;
    },
  },
] as const satisfies readonly SpeakerTypingRule[];

/** The first typing row that picks a speaker for a phrase, and its pick; null when the phrase names no one. */
export function pickSpeaker(phrase: SpeakerPhrase): { rule: (typeof speakerTypingRules)[number]['id']; pick: SpeakerPick } | null {
  for (const rule of speakerTypingRules) {
    const pick = (rule.pick as SpeakerTypingRule['pick'])(phrase);
    if (pick) return { rule: rule.id, pick };
  }
  return null;
}
