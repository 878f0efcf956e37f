/**
 * Pronoun and back-reference resolution as data: "he", "they", "the official", "the president", "the
 * aforementioned publication" → the speaker or person they stand for. `attribution/history.ts` keeps the
 * article's speakers so far and tries these rows in order; the first that resolves decides, and the claim records
 * the row as its `speakerRule`.
 */
import type { SpeakerBase } from '../attribution/types.ts';
import type { Candidate } from '../entities/types.ts';
import { anonymousHeads, documentHeads, mediaReferences, speakerPronouns } from './attribution.ts';
import { roleNouns } from './entities.ts';

/** How far back (in characters) "he" or "she" looks for the person it stands for. */
export const pronounReach = 400;

/** What a resolution row sees. */
export interface ReferenceContext {
  /** The lowercased words of the phrase, leading conjunctions dropped ("he", "the official"). */
  words: readonly string[];
  /** The article's entity candidates. */
  candidates: readonly Candidate[];
  /** Where the phrase stands: only what comes before it can be referred to. */
  before: number;
  /** The speakers of the article so far, oldest first, and the outlets among them and their channels. */
  speakers: readonly SpeakerBase[];
  outlets: readonly SpeakerBase[];
  /** Where the last claim was made. */
  lastAt: number;
  /** The lemma of the cue the phrase is the subject of ("add" in "he added"), when known. */
  cue: string | null;
  /** True inside a transcript's question: the reporter's "he" points into the question, never back to the last answer's speaker. */
  inQuestion: boolean;
  /**
   * People the sentence names by a role alone before the phrase ("we spoke with Russia's ambassador, and he …"), in
   * text order; none when it also names a person by name before the phrase.
   */
  rolesBefore?: readonly SpeakerBase[];
}

/** A person candidate or an earlier speaker that a row resolved the phrase to. */
export type Reference = { candidate: Candidate } | { speaker: SpeakerBase };

/** One resolution row. */
export interface ReferenceRule {
  id: string;
  reason: string;
  resolve: (c: ReferenceContext) => Reference | null;
}

const pronoun = (c: ReferenceContext, ...forms: string[]) => c.words.length === 1 && forms.includes(c.words[0]!) && speakerPronouns.has(c.words[0]!);
/** "the official", "the aforementioned publication": the noun a definite description ends in. */
const definiteHead = (c: ReferenceContext) => (c.words[0] === 'the' && c.words.length >= 2 ? c.words.at(-1)! : undefined);
const lastSpeaker = (c: ReferenceContext, test: (s: SpeakerBase) => boolean): Reference | null => {
  const speaker = [...c.speakers].reverse().find(test);
  return speaker ? { speaker } : null;
};
const isPersonLike = (s: SpeakerBase) => s.number === 'singular' && (s.candidate?.type === 'person' || s.kind === 'anonymous');
/** "he" cannot stand for a woman the text marks as one, nor "she" for a man; an unmarked person may be either. */
const genderFits = (c: ReferenceContext, gender: 'male' | 'female' | null | undefined) => !gender || (c.words[0] === 'he' ? gender === 'male' : c.words[0] === 'she' ? gender === 'female' : true);
/** The last person named since the last claim and before the phrase, of a gender the phrase fits, that also passes `test`. */
const lastPersonNamed = (c: ReferenceContext, test: (x: Candidate) => boolean): Reference | null => {
  const named = [...c.candidates].reverse().find((x) => x.type === 'person' && x.end <= c.before && x.start > c.lastAt && genderFits(c, x.gender) && test(x));
  return named ? { candidate: named } : null;
};
/** Cues that carry on a statement already begun: "he added", "she went on to explain". */
const continuationCues = new Set(['add', 'explain', 'stress', 'insist', 'note']);

/** The rows, tried in order. */
export const referenceRules = [
  {
    id: 'he-she-role-named-before',
    reason: '"we spoke with Russia\'s ambassador, and he insists": "he" or "she" stands for the one person the sentence names, by a role alone; with another person or role before it ("The minister met the ambassador, and he …") the pronoun is left to the rows below.',
    resolve: (c) => {
      if (!pronoun(c, 'he', 'she')) return null;
      const roles = (c.rolesBefore ?? []).filter((r) => r.end <= c.before && r.start > c.lastAt);
      return roles.length === 1 ? { speaker: roles[0]! } : null;
    },
  },
  {
    id: 'pronoun-continues-speaker',
    reason: '"He added", "she went on": a pronoun that carries a statement on is the speaker of the claim before, if the pronoun fits them.',
    resolve: (c) => {
      if (!pronoun(c, 'he', 'she') || !c.cue || !continuationCues.has(c.cue) || c.inQuestion) return null;
      const last = c.speakers.at(-1);
      return last && isPersonLike(last) && genderFits(c, last.candidate?.gender) ? { speaker: last } : null;
    },
  },
  {
    id: 'he-she-person-named-before',
    reason: '"he" or "she" stands for the person named as a subject shortly before, after the last claim, whose gender the text does not contradict.',
    resolve: (c) => {
      if (!pronoun(c, 'he', 'she')) return null;
      // Only a person named as a subject ("Healy said …", not "… chairman Roger Smith", "Epstein's death").
      return lastPersonNamed(c, (x) => x.subject !== false && c.before - x.end < pronounReach);
    },
  },
  {
    id: 'he-she-named-in-question',
    reason: 'In a reporter\'s question ("You heard President Zelenskyy … And he accused you …"), "he" or "she" is the last fitting person the question names, subject or not.',
    resolve: (c) => {
      return c.inQuestion && pronoun(c, 'he', 'she') ? lastPersonNamed(c, () => true) : null;
    },
  },
  { id: 'he-she-last-speaker', reason: '"he" or "she" with no fitting person named since the last claim continues the last singular speaker it fits (never from inside a question).', resolve: (c) => (pronoun(c, 'he', 'she') && !c.inQuestion ? lastSpeaker(c, (s) => isPersonLike(s) && genderFits(c, s.candidate?.gender)) : null) },
  { id: 'they-last-plural-speaker', reason: '"they" continues the last plural speaker.', resolve: (c) => (pronoun(c, 'they') ? lastSpeaker(c, (s) => s.number === 'plural') : null) },
  {
    id: 'it-last-institution',
    reason: '"it" continues the last document, institution or organisation that spoke.',
    resolve: (c) => (pronoun(c, 'it') ? lastSpeaker(c, (s) => s.kind === 'document' || s.kind === 'institution' || s.candidate?.type === 'organization') : null),
  },
  {
    id: 'the-outlet-reference',
    reason: '"the aforementioned publication", "the newspaper": the last outlet that spoke or carried a statement.',
    resolve: (c) => {
      const head = definiteHead(c);
      const outlet = head && mediaReferences.has(head) ? c.outlets.at(-1) : undefined;
      return outlet ? { speaker: outlet } : null;
    },
  },
  {
    id: 'the-noun-last-speaker',
    reason: '"the official", "the spokesman": the last speaker whose description holds that noun.',
    resolve: (c) => {
      const head = definiteHead(c);
      if (!head || c.words.length > 3 || !(anonymousHeads.has(head) || roleNouns.has(head) || documentHeads.has(head))) return null;
      return lastSpeaker(c, (s) => s.label.toLowerCase().split(/\W+/u).includes(head));
    },
  },
  {
    id: 'the-person-last-anonymous',
    reason: '"the person", "the source": a generic noun stands for the last anonymous speaker.',
    resolve: (c) => {
      const head = definiteHead(c);
      return c.words.length <= 3 && (head === 'person' || head === 'source') ? lastSpeaker(c, (s) => s.kind === 'anonymous' && s.number === 'singular') : null;
    },
  },
  {
    id: 'the-title-last-titled-person',
    reason: '"the president": the person the article gives that title most often, the last named when tied.',
    resolve: (c) => {
      const head = definiteHead(c);
      if (!head || c.words.length > 3 || !(anonymousHeads.has(head) || roleNouns.has(head) || documentHeads.has(head))) return null;
      // Of the people the article gives that title, the one it names with it most often ("President Biden" over a
      // once-mentioned "President Zelenskyy"); the last named breaks a tie.
      const titled = [...c.candidates].filter((x) => x.type === 'person' && x.start < c.before && x.roles.some((r) => r.label.toLowerCase().split(/\W+/u).includes(head)));
      const surname = (x: Candidate) => x.text.split(/\s+/u).at(-1)!;
      const counts = new Map<string, number>();
      for (const x of titled) counts.set(surname(x), (counts.get(surname(x)) ?? 0) + 1);
      const best = [...titled].reverse().sort((a, b) => counts.get(surname(b))! - counts.get(surname(a))!)[0];
      return best ? { candidate: best } : null;
    },
  },
] as const satisfies readonly ReferenceRule[];

/** The first row that resolves a phrase, and what it resolved to; null when none does. */
export function resolveReference(context: ReferenceContext): { rule: (typeof referenceRules)[number]['id']; reference: Reference } | null {
  for (const rule of referenceRules) {
    const reference = (rule.resolve as ReferenceRule['resolve'])(context);
    if (reference) return { rule: rule.id, reference };
  }
  return null;
}
