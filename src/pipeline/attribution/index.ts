/**
 * Attribution: the tagged sentences of one article → claims, each with its cited speaker, cue, quote and mode.
 * Works paragraph by paragraph, keeping the speakers met so far, so that "he added", "the official" and a
 * paragraph that is only a quote find who is speaking. The decisions are rows of three tables:
 *   where the speaker stands     rules/speaker-position.ts   → claim.rule
 *   who the words name           rules/speaker-typing.ts     → claim.speakerRule
 *   whom a pronoun stands for    rules/pronouns.ts           → claim.speakerRule
 */
import type { ArticleDocument, DocSentence } from '../document/types.ts';
import type { Candidate } from '../entities/types.ts';
import { findSecondClause } from './clauses.ts';
import { findCues } from './cues.ts';
import { claimOfClause, quoteIn } from './direct.ts';
import { SpeakerHistory } from './history.ts';
import { speakerForCue } from './position.ts';
import { signedStatementClaims, turnClaims } from './turns.ts';
import type { Attribution, FoundCue, SpeakerRef } from './types.ts';

export { findCues } from './cues.ts';
export type { Attribution, SpeakerRef } from './types.ts';

type Found = { cue: FoundCue; result: NonNullable<ReturnType<typeof speakerForCue>> };

/**
 * Of a verb cue and "according to" in one sentence, the outlet is the channel and the other the source:
 * "Reuters reported that …, according to a Western official".
 */
function chooseCue(found: readonly Found[]): { chosen: Found; via: SpeakerRef | null } {
  const first = found[0]!;
  const according = found.find((f) => f.cue.according);
  const verb = found.find((f) => !f.cue.according);
  if (!according || !verb) return { chosen: first, via: first.result.via };
  const viaAccording = according.result.speaker.candidate?.media;
  const viaVerb = verb.result.speaker.candidate?.media;
  if (viaVerb && !viaAccording) return { chosen: according, via: verb.result.speaker };
  if (viaAccording && !viaVerb) return { chosen: verb, via: according.result.speaker };
  const chosen = verb.cue.index < according.cue.index ? verb : according;
  return { chosen, via: chosen.result.via };
}

/** The speakers who are the turn's own: "I", "we", "you", and the person its label names. */
const firstAndSecondPerson = new Set(['i', 'we', 'you', 'me', 'us']);

/**
 * True when a claim inside a transcript turn reports someone other than the turn's speaker or the people addressed.
 * Only the paragraph that opens the turn holds its label; a later paragraph of the turn may open with the person it
 * reports ("The National Security Advisor also reiterated …").
 */
function reportsSomeoneElse(claim: Attribution, paragraphStart: number, turn: { label: string; labelEnd: number | null }): boolean {
  if (firstAndSecondPerson.has(claim.speaker.label.toLowerCase())) return false;
  const surname = turn.label.split(/\s+/u).at(-1)!.toLowerCase();
  const inLabel = turn.labelEnd !== null && claim.speaker.start >= paragraphStart && claim.speaker.start < turn.labelEnd;
  return !claim.speaker.label.toLowerCase().split(/\s+/u).includes(surname) && !inLabel;
}

/**
 * Types the lone words that repeat the surname of a person named earlier in the article ("Shaheen said"), which
 * recognition leaves to the corpus: a speaker must be known here.
 */
function typeSurnames(candidates: readonly Candidate[]): Candidate[] {
  const surnames = new Map<string, Candidate>();
  const genders = new Map<string, 'male' | 'female'>();
  for (const c of candidates) if (c.type === 'person' && c.gender) genders.set(c.text.split(/\s+/u).at(-1)!, c.gender);
  return candidates.map((candidate) => {
    if (candidate.type === 'person') surnames.set(candidate.text.split(/\s+/u).at(-1)!, candidate);
    // A person's gender, once the text marks it at one mention ("Mr Howard"), holds at every mention of that surname.
    const gender = candidate.gender ?? genders.get(candidate.text.split(/\s+/u).at(-1)!) ?? null;
    if (candidate.type !== null && candidate.rule !== 'gazetteer-place' || candidate.text.includes(' ')) return candidate.type === 'person' ? { ...candidate, gender } : candidate;
    return surnames.has(candidate.text) ? { ...candidate, type: 'person' as const, gender } : candidate;
  });
}

/**
 * Finds the attributed statements of an article: takes its document and entity candidates, returns the claims in
 * text order with their speakers.
 */
export function attributeClaims(document: ArticleDocument, found: readonly Candidate[]): Attribution[] {
  const { text } = document;
  const candidates = typeSurnames(found);
  const history = new SpeakerHistory();
  const claims: Attribution[] = [];
  const byParagraph = new Map<number, DocSentence[]>();
  for (const s of document.sentences) byParagraph.set(s.paragraph, [...(byParagraph.get(s.paragraph) ?? []), s]);
  let previousParagraphClaim: Attribution | null = null;
  for (const paragraph of document.paragraphs) {
    if (paragraph.kind !== 'body') continue;
    if (paragraph.turn && paragraph.turn.labelEnd !== null) history.enterTurn(paragraph.start, paragraph.turn.question);
    const quotes = document.quotes[paragraph.index] ?? [];
    const sentences = byParagraph.get(paragraph.index) ?? [];
    const here: Attribution[] = [];
    for (const sentence of sentences) {
      const { tokens } = sentence;
      const cues = findCues(tokens, quotes);
      const quote = quoteIn(sentence, quotes, text);
      const last = here.at(-1);
      // A sentence of quotation with no cue continues the quote of the claim before it in the paragraph; after a
      // reported claim, it is the same speaker's own words, a claim of its own.
      if (cues.length === 0 && quote && quote.share > 0.6 && last && last.end <= sentence.start) {
        if (last.mode === 'direct') {
          last.end = sentence.end;
          last.quote = { start: last.quote?.start ?? quote.first.start, end: quote.all.at(-1)!.end };
        } else if (/^[“"]/u.test(text.slice(sentence.start, sentence.end))) {
          here.push({ ...last, start: sentence.start, end: sentence.end, quote: { start: quote.first.start, end: quote.all.at(-1)!.end }, mode: 'direct', rule: 'quote-sentence-continues' });
        }
        continue;
      }
      if (cues.length === 0) continue;
      const speakers: Found[] = cues.flatMap((cue) => {
        const result = speakerForCue({ text, tokens, cue, quotes, candidates, history });
        return result ? [{ cue, result }] : [];
      });
      if (speakers.length === 0) continue;
      const { chosen, via } = chooseCue(speakers);
      const base = { text, sentence, tokens, paragraphSentences: sentences, quotes, earlier: here };
      const { speaker, rule } = chosen.result;
      const second = chosen === speakers[0] ? findSecondClause(text, tokens, speakers, quotes, candidates) : null;
      if (second) {
        // "Milley said … and several sources told CNN …": two claims, split at the conjunction.
        const split = tokens[second.conjunction]!;
        const firstEnd = sentence.start + text.slice(sentence.start, split.start).replace(/[\s,;]+$/u, '').length;
        here.push(claimOfClause({ ...base, clause: { start: sentence.start, end: firstEnd }, cue: chosen.cue, speaker, via, rule }));
        here.push(claimOfClause({ ...base, clause: { start: tokens[second.conjunction + 1]!.start, end: sentence.end }, cue: second.cue, speaker: second.speaker, via: second.via, rule: 'second-clause' }));
        history.add(speaker, via, sentence.start);
        history.add(second.speaker, second.via, split.start);
        continue;
      }
      history.add(speaker, via, sentence.start);
      here.push(claimOfClause({ ...base, clause: sentence, cue: chosen.cue, speaker, via, rule }));
    }
    // A paragraph that is only a quote continues the speaker of the paragraph before it.
    const whole = quoteIn(paragraph, quotes, text);
    if (here.length === 0 && whole && whole.share > 0.8 && /^[“"]/u.test(text.slice(paragraph.start, paragraph.end)) && previousParagraphClaim) {
      const previous: Attribution = previousParagraphClaim;
      here.push({
        ...previous,
        start: paragraph.start,
        end: paragraph.end,
        quote: { start: whole.first.start, end: whole.all.at(-1)!.end },
        mode: 'direct',
        rule: 'quote-paragraph-continues',
      });
    }
    // A transcript's turn is a claim of its own (turns.ts); inside it, only what the speaker reports of someone else
    // ("As the Secretary announced …") is a claim besides.
    // A question is no one's claim; what it reports someone else said is that person's ("He said, “We don't need your sanctions”").
    const kept = paragraph.turn ? here.filter((c) => reportsSomeoneElse(c, paragraph.start, paragraph.turn!)) : here;
    claims.push(...kept);
    previousParagraphClaim = paragraph.turn ? null : (here.at(-1) ?? null);
  }
  return [...claims, ...turnClaims(document, candidates), ...signedStatementClaims(document, candidates)].sort((a, b) => a.start - b.start).map((claim) => ({ ...claim, lemmas: lemmasOf(document, claim) }));
}

/** The lemmas of what a claim says: of its quote when it is direct, else of its span less the speaker and cue. */
function lemmasOf(document: ArticleDocument, claim: Attribution): Attribution['lemmas'] {
  const span = claim.mode === 'direct' && claim.quote ? claim.quote : claim;
  const outside = (t: { start: number; end: number }, x: { start: number; end: number }) => t.end <= x.start || t.start >= x.end;
  return document.sentences
    .filter((s) => s.end > span.start && s.start < span.end)
    .flatMap((s) => s.tokens.filter((t) => t.start >= span.start && t.end <= span.end && outside(t, claim.speaker) && outside(t, claim.cueAt)))
    .map((t) => ({ lemma: t.lemma, start: t.start, end: t.end }));
}

/**
 * The candidates with every untyped word that speaks marked as a speaker ("Jen has said", "Allianz has said"):
 * takes the article's document, candidates and attributions; returns the candidates for the identity stage, which
 * makes such a word an entity when nothing else claims it, so that a speaker is never dropped for want of one.
 * A word the lexicon knows as a person's name is a person; any other, an organisation.
 */
export function markSpeakingCandidates(document: ArticleDocument, candidates: readonly Candidate[], attributions: readonly Attribution[]): Candidate[] {
  const speaking = new Set(attributions.flatMap((a) => (a.speaker.kind === 'named' && a.speaker.candidate ? [a.speaker.candidate.start] : [])));
  const tokenAt = new Map(document.sentences.flatMap((s) => s.tokens.map((t) => [t.start, t] as const)));
  return candidates.map((c) => {
    if (c.type !== null || !speaking.has(c.start)) return c;
    const tags = tokenAt.get(c.start)?.tags;
    const person = tags !== undefined && (tags.has('FirstName') || tags.has('LastName') || tags.has('Person'));
    return { ...c, speaks: person ? 'person' : 'organization' };
  });
}
