/**
 * Event triggers: words that report a happening ("strike", "election", "was arrested"), found per article by the
 * kinds of `rules/events.ts` and dated by the nearest date expression. Planned, possible and infinitive happenings
 * are not triggers.
 */
import type { ArticleDate } from '../../schema/index.ts';
import type { ArticleDocument, Token } from '../document/types.ts';
import { cueVerbs } from '../rules/attribution.ts';
import { datedHappening, dateReach, eventKinds, gerundOpeners, hypotheticalMarkers, pastCopulas, stateVerbs, triggerFalseFriends, verbAuxiliaries, verbNegators, type EventKind } from '../rules/events.ts';
import type { EventTrigger } from './types.ts';

interface TriggerWords {
  kind: EventKind;
  words: string[];
  verb: boolean;
}

/** A noun phrase and its plural ("storm", "storms"), the last word inflected. */
const withPlural = (phrase: string): string[] => {
  if (/s$/u.test(phrase) || phrase.endsWith(' of')) return [phrase];
  return [phrase, phrase.replace(/(?:([^aeiou])y|(ch|sh|s|x))$|$/u, (_match, consonant?: string, sibilant?: string) => (consonant ? `${consonant}ies` : sibilant ? `${sibilant}es` : 's'))];
};

const triggerList: TriggerWords[] = eventKinds.flatMap((kind) => [
  ...kind.nouns.flatMap(withPlural).filter((p, i, all) => all.indexOf(p) === i).map((phrase) => ({ kind, words: phrase.split(' '), verb: false })),
  ...(kind.verbs ?? []).map((phrase) => ({ kind, words: phrase.split(' '), verb: true })),
]);
// Longest first, so "drone strike" wins over "strike" and "was killed" over nothing.
triggerList.sort((a, b) => b.words.length - a.words.length);

const falseFriends = new Set(triggerFalseFriends.map(([before, trigger]) => `${before} ${trigger}`));

/** True when a noun trigger is used as a noun, and a verb trigger reports a past happening (past tense or passive, not "to resign"). */
function reportsHappening(tokens: readonly Token[], i: number, match: TriggerWords): boolean {
  const first = tokens[i]!;
  const previous = tokens[i - 1]?.text.toLowerCase() ?? '';
  if (falseFriends.has(`${previous} ${match.words.at(-1)}`)) return false;
  const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.text.toLowerCase()).join(' ');
  if (hypotheticalMarkers.some((m) => new RegExp(`(?:^|\\s)${m}(?:\\s|$)`, 'u').test(before))) return false;
  if (match.kind.requiresBefore) return match.kind.requiresBefore.includes(previous);
  // "try to coordinate strikes", "would launch attacks": the object of a verb not yet done is no happening.
  const verbBefore = tokens.slice(Math.max(0, i - 3), i).findLast((t) => t.tags.has('Verb'));
  if (!match.verb && verbBefore && tokens.slice(Math.max(0, verbBefore.index - 2), verbBefore.index).some((t) => verbNegators.has(t.text.toLowerCase()))) return false;
  if (!match.verb) return match.words.length > 1 || first.tags.has('Noun');
  if (verbNegators.has(previous) || verbNegators.has(tokens[i - 2]?.text.toLowerCase() ?? '') && verbAuxiliaries.has(previous)) return false;
  // "Afghanistan’s elected government", "the re-elected mayor": a participle before its noun describes, it reports nothing.
  const next = tokens[i + match.words.length];
  const describes = tokens[i - 1]?.possessive || tokens[i - 1]?.tags.has('Determiner');
  if (describes && next?.tags.has('Noun') && !next.tags.has('Pronoun')) return false;
  return verbAuxiliaries.has(previous) || match.words[0] === 'was' || match.words[0] === 'were' || first.tags.has('PastTense');
}

/**
 * Finds the event triggers of an article: takes its document and resolved dates, returns triggers in text order,
 * each dated by the date expression nearest it. Questions in a transcript report no happening of their own.
 */
export function findEventTriggers(document: ArticleDocument, dates: readonly ArticleDate[]): EventTrigger[] {
  const triggers: EventTrigger[] = [];
  const article = { text: document.text, dates };
  for (const docSentence of document.sentences) {
    const paragraph = document.paragraphs[docSentence.paragraph]!;
    if (paragraph.kind !== 'body' || paragraph.turn?.question) continue;
    const sentence = { start: docSentence.start, end: docSentence.end };
    const tokens = docSentence.tokens;
    const lower = tokens.map((t) => t.text.toLowerCase());
    const used = new Set<number>();
    const here: EventTrigger[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const match = triggerList.find(({ words }) => words.every((w, k) => lower[i + k] === w && !used.has(i + k)));
      if (!match || !reportsHappening(tokens, i, match)) continue;
      match.words.forEach((_, k) => used.add(i + k));
      here.push({ kind: match.kind, start: tokens[i]!.start, end: tokens[i + match.words.length - 1]!.end, sentence, date: null });
    }
    datePerTrigger(article, sentence, here);
    if (here.length === 0) {
      const happening = datedHappeningIn(document.text, tokens, sentence, dates);
      if (happening) here.push(happening);
    }
    triggers.push(...here);
  }
  return triggers;
}

const cueForms = new Set(cueVerbs.flatMap((c) => c.forms));
/** Words a clause cut short must not end on: "at the", "in", "of". */
const danglingWords = new Set(['at', 'in', 'on', 'of', 'by', 'for', 'to', 'from', 'with', 'the', 'a', 'an', 'and', 'or', 'my', 'his', 'her', 'its', 'our', 'their', 'your', 'end', 'start', 'beginning', 'middle']);
const subordinators = new Set(['that', 'when', 'if', 'as', 'because', 'after', 'before', 'while', 'since', 'although', 'though', 'whether', 'where', 'which', 'who', 'until']);

/**
 * A verb that reports something done: a past tense ("took refuge"), a participle after "was"/"were" whatever its
 * tag ("were hurt", "was hit"), or a gerund after a word of time ("after seeking refuge … in 2012").
 */
function reportsPastHappening(token: Token, tokens: readonly Token[]): boolean {
  const previous = tokens[token.index - 1]?.text.toLowerCase() ?? '';
  if (token.tags.has('Gerund')) return gerundOpeners.has(previous);
  return token.tags.has('PastTense') || (pastCopulas.has(previous) && token.tags.has('Verb'));
}

/**
 * A happening outside the vocabulary: in a sentence with a placed date and no trigger, the past-tense verb nearest
 * the date that is no cue, no verb of seeming or lasting (`stateVerbs`) and not in quotation, with the clause around it
 * as its summary ("Assange took refuge in the Ecuadorean embassy"). Null when the sentence has no such verb or date.
 */
function datedHappeningIn(text: string, tokens: readonly Token[], sentence: { start: number; end: number }, dates: readonly ArticleDate[]): EventTrigger | null {
  const date = dates.find((d) => d.start >= sentence.start && d.end <= sentence.end && d.date.start !== null && !d.ahead);
  if (!date) return null;
  // The past-tense verb nearest the date: in "When I spoke with the ambassador, he referred to Crimea, annexed by
  // Russia in 2014", the date is the annexation's, not the conversation's.
  const distance = (t: Token) => (t.end <= date.start ? date.start - t.end : t.start - date.end);
  const verb = tokens
    .filter((t) => reportsPastHappening(t, tokens) && !t.tags.has('Auxiliary') && !t.tags.has('Copula') && !cueForms.has(t.text.toLowerCase()) && !stateVerbs.has(t.lemma) && !/^[“"]/u.test(t.before) && t.chunk === 'Verb')
    .sort((a, b) => distance(a) - distance(b))[0];
  if (!verb || verbNegators.has(tokens[verb.index - 1]?.text.toLowerCase() ?? '')) return null;
  const gerund = verb.tags.has('Gerund');
  // The subject: the words before the verb back to a comma, the date or a subordinating word ("the fact that",
  // "when"); it must hold a noun. The object: the words after the verb up to a comma or a clause of its own ("that", "when").
  let from = verb.index;
  while (!gerund && from > 0 && verb.index - from < 5 && !/[,;:—–]/u.test(tokens[from]!.before) && !(tokens[from - 1]!.end <= date.end && tokens[from - 1]!.start >= date.start) && !subordinators.has(tokens[from - 1]!.text.toLowerCase())) from--;
  // A conjunction opens the clause but is not part of its subject: ", and Russia annexed Crimea".
  while (from < verb.index && /^(?:and|but|or|so|yet)$/iu.test(tokens[from]!.text)) from++;
  if (!gerund && !tokens.slice(from, verb.index).some((t) => t.tags.has('Noun') || t.tags.has('Pronoun'))) return null;
  // The object stops before a date ("left the country at the end of August" → "left the country"): the title is
  // dated by the event's own date, and a cut date leaves a phrase that ends mid-way.
  const inDate = (t: Token) => dates.some((d) => t.start >= d.start && t.end <= d.end);
  let to = verb.index;
  while (to + 1 < tokens.length && to - verb.index < 6 && !/[,;:.—–()“"]/u.test(tokens[to + 1]!.before) && !subordinators.has(tokens[to + 1]!.text.toLowerCase()) && !inDate(tokens[to + 1]!)) to++;
  // A clause cut short ends on a full word, not on "of the" or "involving".
  while (to > verb.index && (danglingWords.has(tokens[to]!.text.toLowerCase()) || tokens[to]!.tags.has('Gerund'))) to--;
  const clause = text.slice(tokens[from]!.start, tokens[to]!.end).replace(/\s+/gu, ' ');
  if ((from === verb.index && !gerund) || clause.split(' ').length < 2) return null;
  return { kind: datedHappening, start: verb.start, end: verb.end, sentence, date, summary: clause.charAt(0).toUpperCase() + clause.slice(1) };
}

/** Gives each date of a sentence to the trigger nearest it, so "a drone operation on Saturday … the attack's planners" dates only the operation. */
function datePerTrigger(article: { text: string; dates: readonly ArticleDate[] }, sentence: { start: number; end: number }, mentions: EventTrigger[]) {
  for (const date of article.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end)) {
    const reachable = mentions.filter((m) => nearestDate(article, sentence, m.start, m.end) === date);
    const nearest = reachable.sort((a, b) => Math.abs(a.start - date.start) - Math.abs(b.start - date.start))[0];
    if (nearest && !nearest.date) nearest.date = date;
  }
}

/** The date expression that dates a trigger: in its sentence, near it, and not in a clause of its own ("revealed on September 17 that a strike…"). */
function nearestDate(article: { text: string; dates: readonly ArticleDate[] }, sentence: { start: number; end: number }, start: number, end: number): ArticleDate | null {
  const candidates = article.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  const reachable = candidates.filter((d) => {
    const gap = d.end <= start ? article.text.slice(d.end, start) : article.text.slice(end, d.start);
    // A sentence's only date reaches its trigger however long the clause; several dates go to the nearest.
    return (gap.length <= dateReach || candidates.length === 1) && !/\bthat\b|[;“”"]/u.test(gap);
  });
  return reachable.sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0] ?? null;
}
