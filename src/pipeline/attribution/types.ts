/** The attribution stage's working records: who is cited for a statement, and the statement's span. */
import type { ClaimRuleId, EntityType, SpeakerRuleId } from '../../schema/index.ts';
import type { CueVerb } from '../rules/attribution.ts';

/** Who a claim is attributed to, as the text words it, before the row that chose it is recorded. */
export interface SpeakerBase {
  /** Offsets of the words naming the speaker. */
  start: number;
  end: number;
  /** The words, e.g. "a senior Taliban insider". */
  label: string;
  /** A named entity, an anonymous description, a document, or an institution that is no named entity. */
  kind: 'named' | 'anonymous' | 'document' | 'institution';
  /** For named speakers: the entity candidate that names them, and the gender the text marks for a person. */
  candidate: { start: number; end: number; type: EntityType; media: boolean; gender?: 'male' | 'female' | null } | null;
  /** Singular or plural, for resolving "he" and "they". */
  number: 'singular' | 'plural';
}

/** Who a claim is attributed to, and the row of the speaker-typing or pronoun table that chose them. */
export interface SpeakerRef extends SpeakerBase {
  /** The row of the speaker-typing, pronoun or transcript-label table that chose this speaker. */
  rule: SpeakerRuleId;
}

/** A cue found in a sentence: the verb or phrase, and where it stands. */
export interface FoundCue {
  index: number;
  /** Index one past the cue's last token. */
  after: number;
  cue: string;
  stance: CueVerb['stance'];
  according: boolean;
  /** For a passive cue, the index of "by" before its agent ("was accused … by critics"); else null. */
  agent: number | null;
}

/** An attributed statement found in an article. */
export interface Attribution {
  /** Offsets of the claim: the sentence or sentences it takes. */
  start: number;
  end: number;
  /** Offsets of the quoted words, or null. */
  quote: { start: number; end: number } | null;
  mode: 'direct' | 'indirect';
  /** The cue's lemma ("say", "tell") or phrase ("according to"). */
  cue: string;
  /** Offsets of the cue's words ("said", "according to"); for a transcript turn, its label. */
  cueAt: { start: number; end: number };
  /** True when a word before the cue says the statement came first ("first claimed", "initially said"). */
  first: boolean;
  /** How the cue frames the claim. */
  cueStance: CueVerb['stance'];
  speaker: SpeakerRef;
  /** The outlet or channel that carried the statement: "a witness informed CNN" → CNN. */
  via: SpeakerRef | null;
  /** The row of the speaker-position table that found the claim and where its speaker stands. */
  rule: ClaimRuleId;
  /** The statement's words (its quote's when direct) in dictionary form, with offsets, for comparing renditions across articles. */
  lemmas: Array<{ lemma: string; start: number; end: number }>;
}
