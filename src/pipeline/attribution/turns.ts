/**
 * Transcript turns as claims: each labelled turn that is not a question is one statement, in the speaker's own
 * words, by the person or description its label stands for (`entities/labels.ts`). A turn runs over the paragraphs
 * that continue it; its label is not part of the claim.
 */
import type { ArticleDocument } from '../document/types.ts';
import { labelSpeaker } from '../entities/labels.ts';
import type { Candidate } from '../entities/types.ts';
import { namedRef } from './typing.ts';
import type { Attribution, SpeakerRef } from './types.ts';

const sentenceCase = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** The claims of a transcript's turns, in text order; questions make none. */
export function turnClaims(document: ArticleDocument, candidates: readonly Candidate[]): Attribution[] {
  const claims: Attribution[] = [];
  let current: { index: number; claim: Attribution } | null = null;
  for (const paragraph of document.paragraphs) {
    const turn = paragraph.turn;
    if (!turn || paragraph.kind !== 'body' || paragraph.sentences.length === 0) continue;
    if (current && current.index === turn.index) {
      current.claim.end = paragraph.end;
      current.claim.quote = { start: current.claim.start, end: paragraph.end };
      continue;
    }
    current = null;
    if (turn.question || turn.labelEnd === null) continue;
    const who = labelSpeaker(document.text, turn.label, false);
    let speaker: SpeakerRef;
    if (who.kind === 'person') {
      const candidate = candidates.find((c) => c.rule === 'transcript-label' && c.start === paragraph.start);
      if (!candidate) continue;
      speaker = namedRef(candidate, who.rule);
    } else if (who.kind === 'description') {
      speaker = { start: paragraph.start, end: paragraph.start + turn.label.length, label: sentenceCase(who.description), kind: 'anonymous', candidate: null, number: 'singular', rule: who.rule };
    } else continue;
    const start = paragraph.sentences[0]!.start;
    // A turn that is only a stage note ("(Inaudible.)", "[Laughter]") says nothing.
    if (/^[[(][^\])]*[\])]\.?$/u.test(document.text.slice(start, paragraph.end).trim())) continue;
    const cueAt = { start: paragraph.start, end: paragraph.start + turn.label.length };
    const claim: Attribution = { start, end: paragraph.end, quote: { start, end: paragraph.end }, mode: 'direct', cue: 'speak', cueAt, first: false, cueStance: 'asserted', speaker, via: null, rule: 'transcript-turn', lemmas: [] };
    claims.push(claim);
    current = { index: turn.index, claim };
  }
  return claims;
}

/**
 * A signed press statement as one claim: all its body text, in its signer's own words (`entities/labels.ts` found the
 * signer). Takes the document and candidates; returns the claim, or none when the text is no signed statement.
 */
export function signedStatementClaims(document: ArticleDocument, candidates: readonly Candidate[]): Attribution[] {
  const signer = candidates.find((c) => c.rule === 'statement-signer');
  const body = document.paragraphs.filter((p) => p.kind === 'body' && p.sentences.length > 0);
  if (!signer || body.length === 0) return [];
  const start = body[0]!.sentences[0]!.start;
  const end = body.at(-1)!.end;
  const cueAt = { start: signer.start, end: signer.end };
  return [{ start, end, quote: { start, end }, mode: 'direct', cue: 'state', cueAt, first: false, cueStance: 'asserted', speaker: namedRef(signer, 'statement-signer'), via: null, rule: 'signed-statement', lemmas: [] }];
}

