/**
 * Attribution: the sentences of one article → claims, each with its cited speaker, cue, quote and mode.
 * Works per paragraph, keeping the speakers met so far so that "he added", "the official" and a paragraph
 * that is only a quote find who is speaking. Rules and word lists are in `rules/attribution.ts`.
 */
import type { EntityType, Paragraph, Sentence } from '../schema/index.ts';
import type { Candidate } from './entities.ts';
import {
  accordingToPhrases,
  anonymousHeads,
  clauseCoordinators,
  cueGapWords,
  cueNegations,
  cueFalseFriends,
  cueVerbs,
  documentHeads,
  indefiniteOpeners,
  institutionHeads,
  mediaReferences,
  notASubject,
  speakerPronouns,
  type CueVerb,
} from './rules/attribution.ts';
import { phraseOpeners, roleNouns } from './rules/entities.ts';
import { tokenizeSentence, type Token } from './tokens.ts';

/** Who a claim is attributed to, as the text words it. */
export interface SpeakerRef {
  /** Offsets of the words naming the speaker. */
  start: number;
  end: number;
  /** The words, e.g. "a senior Taliban insider". */
  label: string;
  /** A named entity, an anonymous description, a document, or an institution that is no named entity. */
  kind: 'named' | 'anonymous' | 'document' | 'institution';
  /** For named speakers: the entity candidate that names them. */
  candidate: { start: number; end: number; type: EntityType; media: boolean } | null;
  /** Singular or plural, for resolving "he" and "they". */
  number: 'singular' | 'plural';
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
  /** How the cue frames the claim. */
  cueStance: CueVerb['stance'];
  speaker: SpeakerRef;
  /** The outlet or channel that carried the statement: "a witness informed CNN" → CNN. */
  via: SpeakerRef | null;
  /** The rule that found the claim. */
  rule: string;
}

const cueByForm = new Map(cueVerbs.flatMap((cue) => cue.forms.map((form) => [form, cue] as const)));
const passiveMarkers = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being']);
const clauseBreaks = new Set(['that', 'while', 'because', 'if', 'when', 'where', 'although', 'though', 'since', 'after', 'before', 'as', 'so']);
const relativeWords = new Set(['who', 'whom', 'whose', 'which']);
/** How far back (in characters) "he" or "she" looks for the person it stands for. */
const pronounReach = 400;
const leadingConjunctions = new Set(['and', 'but', 'however', 'yet', 'so', 'also']);
const prepositions = new Set(['to', 'of', 'for', 'from', 'with', 'at', 'in', 'on', 'by', 'about', 'near', 'under', 'against']);
const openQuote = /[“"]/u;
const closeQuote = /[”"]/u;

/** Spans of quoted text in a paragraph, opening and closing marks excluded. An unclosed quote runs to the end. */
export function findQuotes(text: string, start: number, end: number): Array<{ start: number; end: number }> {
  const quotes: Array<{ start: number; end: number }> = [];
  let open: number | null = null;
  for (let i = start; i < end; i++) {
    const char = text[i]!;
    if (char === '“' && open === null) open = i + 1;
    else if (char === '”' && open !== null) {
      quotes.push({ start: open, end: i });
      open = null;
    } else if (char === '"') {
      if (open === null) open = i + 1;
      else {
        quotes.push({ start: open, end: i });
        open = null;
      }
    }
  }
  if (open !== null && end > open) quotes.push({ start: open, end });
  return quotes.filter((q) => q.end > q.start);
}

const inside = (offset: number, quotes: ReadonlyArray<{ start: number; end: number }>) => quotes.some((q) => offset >= q.start && offset < q.end);
const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** A cue found in a sentence: the verb or phrase, and where it stands. */
interface FoundCue {
  index: number;
  /** Index one past the cue's last token. */
  after: number;
  cue: string;
  stance: CueVerb['stance'];
  according: boolean;
}

/** Finds the cues of a sentence outside quotes, in order; negated and passive verbs are not cues. */
export function findCues(tokens: readonly Token[], quotes: ReadonlyArray<{ start: number; end: number }>): FoundCue[] {
  const cues: FoundCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (inside(token.start, quotes)) continue;
    const lower = token.text.toLowerCase();
    const phrase = accordingToPhrases.find((p) => {
      const parts = p.split(' ');
      return parts.every((part, k) => tokens[i + k]?.text.toLowerCase() === part);
    });
    if (phrase) {
      cues.push({ index: i, after: i + phrase.split(' ').length, cue: phrase, stance: 'asserted', according: true });
      continue;
    }
    // A capitalised form is a name, not a verb: "United States".
    const verb = token.text === lower ? cueByForm.get(lower) : undefined;
    if (!verb) continue;
    const previous = tokens[i - 1]?.text.toLowerCase() ?? '';
    const beforePrevious = tokens[i - 2]?.text.toLowerCase() ?? '';
    if (cueNegations.has(previous) || cueNegations.has(beforePrevious) && cueGapWords.has(previous) || /n['’]t$/u.test(previous)) continue;
    if (passiveMarkers.has(previous) && verb.lemma !== 'say' && verb.lemma !== 'quote') continue;
    // "… as saying": the speaker is the subject of "was quoted" before it.
    if (lower === 'saying' && cues.some((c) => c.cue === 'quote')) continue;
    const next = tokens.slice(i + 1, i + 3).map((t) => t.text.toLowerCase()).join(' ');
    if (cueFalseFriends.some(([lemma, words]) => lemma === verb.lemma && next.startsWith(words))) continue;
    // "went on to say", "did remark": the cue is the verb itself.
    cues.push({ index: i, after: i + 1, cue: verb.lemma, stance: verb.stance, according: false });
  }
  return cues;
}

/** True when a comma (or a dash) separates the token from the one before it. */
const commaBefore = (token: Token) => /,/u.test(token.before);

/** Splits a run of tokens at commas. */
function segments(tokens: readonly Token[]): Token[][] {
  const parts: Token[][] = [];
  for (const token of tokens) {
    if (parts.length === 0 || commaBefore(token)) parts.push([token]);
    else parts.at(-1)!.push(token);
  }
  return parts;
}

/** An apposition describes a speaker named next to it: "spokesperson for the US Central Command", "the director of …". */
function isApposition(segment: readonly Token[], candidates: readonly Candidate[]): boolean {
  const first = segment[0]!.text.toLowerCase();
  if (first === 'including' || first === 'such') return true;
  const opener = phraseOpeners.has(first) ? 1 : 0;
  const head = segment.slice(opener).find((t) => !/^\p{Lu}/u.test(t.text) || roleNouns.has(t.text.toLowerCase()));
  const named = candidates.some((c) => c.type === 'person' && c.start >= segment[0]!.start && c.end <= segment.at(-1)!.end);
  return !named && head !== undefined && roleNouns.has(head.text.toLowerCase()) && !anonymousHeads.has(segment.at(-1)!.text.toLowerCase());
}

/** Types the words naming a speaker. Returns null when they name no one (a clause, a place name in passing). */
export function typeSpeaker(text: string, span: readonly Token[], candidates: readonly Candidate[]): SpeakerRef | null {
  let tokens = [...span];
  while (tokens.length > 0 && leadingConjunctions.has(tokens[0]!.text.toLowerCase())) tokens = tokens.slice(1);
  if (tokens.length === 0) return null;
  const start = tokens[0]!.start;
  const end = tokens.at(-1)!.end;
  const label = text.slice(start, end);
  const lowerWords = tokens.map((t) => t.text.toLowerCase());
  // Inside a prepositional phrase a name is not the speaker: "a senior counselor to US President Joe Biden".
  const firstPreposition = tokens.findIndex((t, i) => i > 0 && prepositions.has(t.text.toLowerCase()));
  const headEnd = firstPreposition < 0 ? end : tokens[firstPreposition]!.start;
  const within = candidates.filter((c) => c.type !== null && c.start >= start && c.end <= end);
  const headNames = within.filter((c) => c.start < headEnd);
  const plural = (word: string) => /s$/u.test(word) && !/ss$/u.test(word);
  /** A table lists the singular; its plural counts too ("engineers", "groups"). */
  const listed = (table: ReadonlySet<string>, word: string) => table.has(word) || (plural(word) && table.has(word.slice(0, -1)));
  // The last name before any preposition is the head: "Donald Trump's national security adviser John Bolton".
  const person = headNames.filter((c) => c.type === 'person').at(-1);
  if (person) return named(person, label);
  const headWords = lowerWords.slice(0, firstPreposition < 0 ? undefined : firstPreposition);
  const anonymousHead = [...headWords].reverse().find((w) => listed(anonymousHeads, w));
  if (anonymousHead && (indefiniteOpeners.has(headWords[0]!) || plural(anonymousHead) || headWords[0] !== 'the')) {
    return { start, end, label, kind: 'anonymous', candidate: null, number: plural(anonymousHead) ? 'plural' : 'singular' };
  }
  // A name that ends the phrase is its head, whatever title comes before ("Chairman of the Joint Chiefs General Mark Milley").
  const titledPerson = within.find((c) => c.type === 'person' && c.end === end);
  if (titledPerson) return named(titledPerson, label);
  // A role with no name is an anonymous source: "the union's leader", "its chief executive".
  const roleHead = headWords.at(-1);
  if (roleHead && roleNouns.has(roleHead) && within.every((c) => c.type !== 'person')) {
    return { start, end, label, kind: 'anonymous', candidate: null, number: plural(roleHead) ? 'plural' : 'singular' };
  }
  // A noun compromise's lexicon knows as people by what they do ("local farmers", "teachers") is an anonymous
  // source too, when no name stands in the phrase: the table above cannot list every trade.
  const headToken = tokens[headWords.length - 1];
  if (roleHead && headToken?.tags.has('Actor') && headToken.tags.has('Noun') && within.length === 0) {
    return { start, end, label, kind: 'anonymous', candidate: null, number: plural(roleHead) ? 'plural' : 'singular' };
  }
  // A counted group of people is a source whatever its noun: "several supporters", "two drivers".
  if (roleHead && indefiniteOpeners.has(headWords[0]!) && headWords.length > 1 && headToken?.tags.has('Plural') && within.length === 0) {
    return { start, end, label, kind: 'anonymous', candidate: null, number: 'plural' };
  }
  // Of several names, an outlet beats an organisation, which beats a place; the nearest to the cue wins a tie.
  const rank = (c: Candidate) => (c.media ? 0 : c.type === 'organization' ? 1 : 2);
  const organisation = [...headNames].filter((c) => c.type === 'organization' || c.type === 'place').sort((a, b) => rank(a) - rank(b) || b.start - a.start)[0];
  // "The US military": a name that only modifies an institution noun is not the speaker.
  const institution = headWords.findIndex((w) => institutionHeads.has(w));
  const modifiesInstitution = organisation && institution >= 0 && tokens[institution]!.start >= organisation.end;
  if (organisation && !anonymousHead && !modifiesInstitution) return named(organisation, label);
  // A lone capitalised name the article did not type ("Biden has vowed"): the corpus will know who it is.
  const lone = candidates.find((c) => c.type === null && c.start === start && c.end === end && (c.rule === 'lone-name' || !tokens[0]!.tags.has('Adjective') && !tokens[0]!.tags.has('Plural')));
  if (lone) return { start, end, label: lone.text, kind: 'named', candidate: { start: lone.start, end: lone.end, type: 'person', media: false }, number: 'singular' };
  const documentHead = headWords.find((w) => documentHeads.has(w));
  if (documentHead) return { start, end, label, kind: 'document', candidate: null, number: plural(documentHead) ? 'plural' : 'singular' };
  // "environmental groups", "the weather service": an institution noun, singular or plural.
  const institutionHead = headWords.find((w) => listed(institutionHeads, w));
  if (institutionHead) return { start, end, label, kind: 'institution', candidate: null, number: plural(institutionHead) ? 'plural' : 'singular' };
  return null;

  function named(candidate: Candidate, words: string): SpeakerRef {
    return {
      start,
      end,
      // A named speaker is called by their name; the phrase around it (title, apposition) is in the text.
      label: words.length > 0 ? candidate.text : words,
      kind: 'named',
      candidate: { start: candidate.start, end: candidate.end, type: candidate.type!, media: candidate.media },
      number: candidate.type === 'person' ? 'singular' : 'plural',
    };
  }
}

/** The words before a cue that name its speaker: back to a clause break, skipping relative clauses and appositions. */
function speakerBefore(text: string, tokens: readonly Token[], cueIndex: number, quotes: ReadonlyArray<{ start: number; end: number }>, candidates: readonly Candidate[]): Token[] {
  let end = cueIndex - 1;
  // "He went on to say", "she wanted to say": the speaker stands before the verb that takes the cue.
  if (tokens[end]?.text === 'to') {
    end--;
    if (tokens[end]?.text === 'on') end--;
    if (tokens[end]?.tags.has('Verb')) end--;
  }
  while (end >= 0 && cueGapWords.has(tokens[end]!.text.toLowerCase())) end--;
  // ", who asked not to be named because …," and ", which manages the dam," are set aside.
  const aside = new Set<number>();
  for (let i = 0; i <= end; i++) {
    if (!relativeWords.has(tokens[i]!.text.toLowerCase()) || !commaBefore(tokens[i]!)) continue;
    const close = tokens.findIndex((t, j) => j > i && j <= end + 1 && commaBefore(t));
    if (close > i) for (let j = i; j < close; j++) aside.add(j);
  }
  const collected: Token[] = [];
  for (let k = end; k >= 0; k--) {
    if (aside.has(k)) continue;
    const token = tokens[k]!;
    const lower = token.text.toLowerCase();
    if (inside(token.start, quotes)) break;
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
function speakerAfter(tokens: readonly Token[], from: number, quotes: ReadonlyArray<{ start: number; end: number }>): Token[] {
  const collected: Token[] = [];
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k]!;
    const lower = token.text.toLowerCase();
    if (inside(token.start, quotes) || openQuote.test(token.before) && k > from) break;
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
function speakerAfterAccording(text: string, tokens: readonly Token[], from: number, quotes: ReadonlyArray<{ start: number; end: number }>, candidates: readonly Candidate[], history: SpeakerHistory): SpeakerRef | null {
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

/** Chooses the speaker among comma-separated parts before a cue: the nearest that is not an apposition. */
function chooseBefore(text: string, span: readonly Token[], candidates: readonly Candidate[], history?: SpeakerHistory): SpeakerRef | null {
  const parts = segments(span);
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i]!;
    if (i > 0 && isApposition(part, candidates)) continue;
    const words = part.map((t) => t.text.toLowerCase()).filter((w) => !leadingConjunctions.has(w));
    const speaker = history?.resolve(words, candidates, part[0]!.start) ?? typeSpeaker(text, part, candidates);
    // "General Mark Milley, and other officials": a coordination keeps its named member.
    if (speaker?.kind === 'anonymous' && /^and$/iu.test(part[0]!.text) && i > 0) {
      const named = typeSpeaker(text, parts[i - 1]!, candidates);
      if (named?.kind === 'named' && named.candidate?.type === 'person') return named;
    }
    if (speaker) return speaker;
    if (i === parts.length - 1 && parts.length > 1) continue;
    return null;
  }
  return null;
}

/** The speakers of an article so far, for "he added", "the official said" and quote-only paragraphs. */
class SpeakerHistory {
  #speakers: SpeakerRef[] = [];
  #outlets: SpeakerRef[] = [];
  /** Where the last claim was made. */
  #lastAt = -1;
  add(speaker: SpeakerRef, via: SpeakerRef | null, at: number) {
    this.#speakers.push(speaker);
    this.#lastAt = at;
    for (const ref of [speaker, via]) if (ref?.candidate?.media) this.#outlets.push(ref);
  }
  last(): SpeakerRef | undefined {
    return this.#speakers.at(-1);
  }
  /** The last speaker a pronoun or a definite description ("the official") can stand for. */
  resolve(words: readonly string[], candidates: readonly Candidate[], before: number): SpeakerRef | null {
    const [first, ...rest] = words;
    const number = speakerPronouns.get(first ?? '');
    if (number && rest.length === 0) {
      // "he"/"she": the person last named shortly before, else the last singular speaker.
      if (first === 'he' || first === 'she') {
        const named = [...candidates].reverse().find((c) => c.type === 'person' && c.end <= before && before - c.end < pronounReach && c.start > this.#lastAt);
        if (named) return { start: named.start, end: named.end, label: named.text, kind: 'named', candidate: { start: named.start, end: named.end, type: 'person', media: false }, number: 'singular' };
      }
      const match = [...this.#speakers].reverse().find((s) =>
        first === 'it' ? s.kind === 'document' || s.kind === 'institution' || s.candidate?.type === 'organization' : number === 'plural' ? s.number === 'plural' : s.number === 'singular' && (s.candidate?.type === 'person' || s.kind === 'anonymous'),
      );
      return match ?? null;
    }
    if (first !== 'the' || rest.length === 0 || rest.length > 2 && !mediaReferences.has(rest.at(-1)!)) return null;
    const head = rest.at(-1)!;
    // "the aforementioned publication", "the newspaper": the last outlet that spoke.
    if (mediaReferences.has(head)) return this.#outlets.at(-1) ?? null;
    if (!anonymousHeads.has(head) && !roleNouns.has(head) && !documentHeads.has(head)) return null;
    const match = [...this.#speakers].reverse().find((s) => s.label.toLowerCase().split(/\W+/u).includes(head));
    if (match) return match;
    // "the person said": a generic noun stands for the last anonymous speaker.
    if (head === 'person' || head === 'source') {
      const anonymous = [...this.#speakers].reverse().find((s) => s.kind === 'anonymous' && s.number === 'singular');
      if (anonymous) return anonymous;
    }
    // "the president": the last person the article gave that role.
    const titled = [...candidates].reverse().find((c) => c.type === 'person' && c.start < before && c.roles.some((r) => r.label.toLowerCase().split(/\W+/u).includes(head)));
    return titled ? { start: titled.start, end: titled.end, label: titled.text, kind: 'named', candidate: { start: titled.start, end: titled.end, type: 'person', media: false }, number: 'singular' } : null;
  }
}

/** Finds the speaker for one cue of a sentence, resolving pronouns; and the channel ("told CNN"). */
function speakerForCue(
  text: string,
  tokens: readonly Token[],
  cue: FoundCue,
  quotes: ReadonlyArray<{ start: number; end: number }>,
  candidates: readonly Candidate[],
  history: SpeakerHistory,
): { speaker: SpeakerRef; via: SpeakerRef | null; rule: string } | null {
  const resolveOrType = (span: readonly Token[]): SpeakerRef | null => {
    if (span.length === 0) return null;
    const lower = span.map((t) => t.text.toLowerCase()).filter((w) => !leadingConjunctions.has(w));
    return history.resolve(lower, candidates, span[0]!.start) ?? chooseBefore(text, span, candidates, history);
  };
  if (cue.according) {
    const speaker = speakerAfterAccording(text, tokens, cue.after, quotes, candidates, history);
    return speaker ? { speaker, via: null, rule: 'according-to' } : null;
  }
  const cueToken = tokens[cue.index]!;
  if (cue.cue === 'quote') {
    // "Rui Albergaria was quoted by the newspaper Público as saying": speaker before "was", channel after "by".
    const by = tokens.findIndex((t, i) => i > cue.index && t.text === 'by');
    const speaker = chooseBefore(text, speakerBefore(text, tokens, cue.index - 1, quotes, candidates), candidates, history);
    const carrier = by > 0 ? speakerAfter(tokens, by + 1, quotes).filter((t) => t.text !== 'as' && t.text !== 'saying') : [];
    const via = carrier.length > 0 ? typeSpeaker(text, carrier, candidates) : null;
    return speaker ? { speaker, via: via?.candidate?.media ? via : null, rule: 'quoted-as-saying' } : null;
  }
  // "…,” said a former intelligence official" / "…, said multiple officials": the speaker follows the cue.
  const afterQuote = closeQuote.test(cueToken.before) || commaBefore(cueToken) && !inside(cueToken.start, quotes);
  const before = speakerBefore(text, tokens, cue.index, quotes, candidates);
  let speaker: SpeakerRef | null = null;
  let rule = 'speaker-before-cue';
  if (before.length > 0) speaker = resolveOrType(before);
  const afterCue = speakerAfter(tokens, cue.after, quotes);
  if (!speaker && afterQuote && afterCue.length > 0 && !prepositions.has(afterCue[0]!.text.toLowerCase())) {
    speaker = resolveOrType(afterCue);
    rule = 'cue-before-speaker';
  }
  // "The announcement did not identify … but indicated …": a second verb shares the sentence's subject.
  const coordinated = tokens.slice(0, cue.index).some((t) => ['but', 'and'].includes(t.text.toLowerCase()));
  if (!speaker && coordinated) {
    const firstVerb = tokens.findIndex((t) => t.tags.has('Verb') && !/^\p{Lu}/u.test(t.text));
    if (firstVerb > 0 && firstVerb < cue.index) {
      speaker = chooseBefore(text, speakerBefore(text, tokens, firstVerb, quotes, candidates), candidates);
      rule = 'shared-subject';
    }
  }
  if (!speaker) return null;
  // "X told CNN", "a witness informed CNN": the listener, when an outlet, carried the statement.
  let via: SpeakerRef | null = null;
  if (cue.cue === 'tell' || cue.cue === 'inform') {
    const listener = speakerAfter(tokens, cue.after, quotes).slice(0, 4);
    const outlet = candidates.find((c) => c.media && listener.some((t) => t.start === c.start));
    if (outlet) via = { start: outlet.start, end: outlet.end, label: outlet.text, kind: 'named', candidate: { start: outlet.start, end: outlet.end, type: 'organization', media: true }, number: 'plural' };
  }
  return { speaker, via, rule };
}

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
  quotes: ReadonlyArray<{ start: number; end: number }>,
  candidates: readonly Candidate[],
): SecondClause | null {
  const [first, ...rest] = found;
  if (!first || first.cue.according) return null;
  for (const { cue, result } of rest) {
    if (cue.according || cue.cue === 'quote') continue;
    let end = cue.index - 1;
    while (end > first.cue.after && cueGapWords.has(tokens[end]!.text.toLowerCase())) end--;
    const conjunction = tokens.findLastIndex((t, i) => i > first.cue.after && i < end && clauseCoordinators.has(t.text.toLowerCase()) && !inside(t.start, quotes));
    if (conjunction < 0) continue;
    const span = tokens.slice(conjunction + 1, end + 1);
    const lower = span.map((t) => t.text.toLowerCase());
    if (span.length === 0 || span.length > 6 || lower.some((w) => notASubject.has(w)) || prepositions.has(lower[0]!) || speakerPronouns.has(lower[0]!)) continue;
    // A verb before the head word means a clause, not a speaker; the head itself may be a noun the tagger took
    // for a verb ("three engineers told").
    if (span.some((t, i) => inside(t.start, quotes) || (i < span.length - 1 && t.tags.has('Verb') && !/^\p{Lu}/u.test(t.text) && !roleNouns.has(t.text.toLowerCase())))) continue;
    // The first claim's reported clause must be complete: a verb of its own between its cue and the conjunction.
    if (!tokens.slice(first.cue.after, conjunction).some((t) => t.tags.has('Verb') && !inside(t.start, quotes))) continue;
    const speaker = typeSpeaker(text, span, candidates);
    if (!speaker) continue;
    const firstLabel = first.result.speaker.label.toLowerCase();
    if (firstLabel.includes(speaker.label.toLowerCase()) || speaker.label.toLowerCase().includes(firstLabel)) continue;
    return { conjunction, cue, speaker, via: result.via };
  }
  return null;
}

/** How a sentence quotes: fully (direct speech), in part, or not at all. */
function quoteIn(sentence: Sentence, quotes: ReadonlyArray<{ start: number; end: number }>, text: string) {
  const within = quotes
    .map((q) => ({ start: Math.max(q.start, sentence.start), end: Math.min(q.end, sentence.end) }))
    .filter((q) => q.end > q.start && words(text.slice(q.start, q.end)) > 0);
  if (within.length === 0) return null;
  const quoted = within.reduce((sum, q) => sum + words(text.slice(q.start, q.end)), 0);
  const total = words(text.slice(sentence.start, sentence.end));
  return { first: within[0]!, all: within, share: quoted / Math.max(1, total), longest: Math.max(...within.map((q) => words(text.slice(q.start, q.end)))) };
}

/**
 * Types the lone words that repeat the surname of a person named earlier in the article ("Shaheen said"), which
 * recognition leaves to the corpus: a speaker must be known here.
 */
function typeSurnames(candidates: readonly Candidate[]): Candidate[] {
  const surnames = new Map<string, Candidate>();
  return candidates.map((candidate) => {
    if (candidate.type === 'person') surnames.set(candidate.text.split(/\s+/u).at(-1)!, candidate);
    if (candidate.type !== null && candidate.rule !== 'gazetteer-place' || candidate.text.includes(' ')) return candidate;
    return surnames.has(candidate.text) ? { ...candidate, type: 'person' as const } : candidate;
  });
}

/**
 * Finds the attributed statements of an article: takes its text, paragraphs and entity candidates, returns
 * the claims in text order with their speakers.
 */
export function attributeClaims(text: string, paragraphs: readonly Paragraph[], found: readonly Candidate[]): Attribution[] {
  const candidates = typeSurnames(found);
  const history = new SpeakerHistory();
  const claims: Attribution[] = [];
  let previousParagraphClaim: Attribution | null = null;
  for (const paragraph of paragraphs) {
    if (paragraph.kind !== 'body') continue;
    const quotes = findQuotes(text, paragraph.start, paragraph.end);
    const here: Attribution[] = [];
    for (let s = 0; s < paragraph.sentences.length; s++) {
      const sentence = paragraph.sentences[s]!;
      const tokens = tokenizeSentence(text, sentence);
      const cues = findCues(tokens, quotes);
      const quote = quoteIn(sentence, quotes, text);
      const last = here.at(-1);
      // A sentence of quotation with no cue continues the quote of the claim before it in the paragraph.
      if (cues.length === 0 && quote && quote.share > 0.6 && last && last.mode === 'direct' && last.end <= sentence.start) {
        last.end = sentence.end;
        last.quote = { start: last.quote?.start ?? quote.first.start, end: quote.all.at(-1)!.end };
        continue;
      }
      if (cues.length === 0) continue;
      const found = cues.flatMap((cue) => {
        const result = speakerForCue(text, tokens, cue, quotes, candidates, history);
        return result ? [{ cue, result }] : [];
      });
      if (found.length === 0) continue;
      // Of a verb cue and "according to" in one sentence, the outlet is the channel and the other the source:
      // "Reuters reported that …, according to a Western official".
      let chosen = found[0]!;
      let via = chosen.result.via;
      const according = found.find((f) => f.cue.according);
      const verb = found.find((f) => !f.cue.according);
      if (according && verb) {
        const viaAccording = according.result.speaker.candidate?.media;
        const viaVerb = verb.result.speaker.candidate?.media;
        if (viaVerb && !viaAccording) {
          chosen = according;
          via = verb.result.speaker;
        } else if (viaAccording && !viaVerb) {
          chosen = verb;
          via = according.result.speaker;
        } else chosen = verb.cue.index < according.cue.index ? verb : according;
      }
      /** The claim of one clause of the sentence (the whole sentence, unless it holds a second claim). */
      const claimOf = (clause: Sentence, cue: FoundCue, speaker: SpeakerRef, claimVia: SpeakerRef | null, rule: string): Attribution => {
        const clauseQuote = clause.start === sentence.start && clause.end === sentence.end ? quote : quoteIn(clause, quotes, text);
        // Direct speech: the clause is mostly quotation, or the quote stands right against its cue
        // ("“It’s possible,” Milley said", "Kirby said, “…”").
        const cueToken = tokens[cue.index]!;
        const opensClause = (q: { start: number }) => text.slice(clause.start, q.start).replace(/[“"\s]/gu, '') === '';
        const quoteThenCue = (q: { start: number; end: number }) => opensClause(q) && q.end < cueToken.start && cueToken.start - q.end < 60;
        // "Kirby said, “…”", "Kirby told Military Times, “…”": at most a listener between the cue and the quote.
        const cueThenQuote = (q: { start: number; end: number }) => {
          const between = text.slice(cueToken.end, q.start);
          return q.start > cueToken.end && /^(?:\s*[^,:.;“"]{0,40})?[,:]?\s*[“"]$/u.test(between) && /[,:]\s*[“"]$|^\s*[“"]$/u.test(between) && q.end >= clause.end - 3;
        };
        const adjacent = clauseQuote !== null && clauseQuote.all.some((q) => quoteThenCue(q) || cueThenQuote(q));
        const direct = clauseQuote !== null && (clauseQuote.share > 0.5 || clauseQuote.longest >= 6 || adjacent);
        // A quote that opened in an earlier sentence of the paragraph belongs to this claim from its start.
        const opened = direct && clause.start === sentence.start ? quotes.find((q) => q.start < sentence.start && q.end > sentence.start) : undefined;
        const openedIn = opened ? paragraph.sentences.find((x) => x.start <= opened.start && opened.start < x.end) : undefined;
        const claimStart = openedIn && !here.some((c) => c.end > openedIn.start) ? openedIn.start : clause.start;
        return {
          start: claimStart,
          end: clause.end,
          quote: clauseQuote ? (direct ? { start: claimStart < clause.start ? opened!.start : clauseQuote.first.start, end: clauseQuote.all.at(-1)!.end } : clauseQuote.first) : null,
          mode: direct ? 'direct' : 'indirect',
          cue: cue.cue,
          cueStance: cue.stance,
          speaker,
          via: claimVia,
          rule,
        };
      };
      const { speaker, rule } = chosen.result;
      const second = chosen === found[0] ? findSecondClause(text, tokens, found, quotes, candidates) : null;
      if (second) {
        // "Milley said … and several sources told CNN …": two claims, split at the conjunction.
        const split = tokens[second.conjunction]!;
        const firstEnd = sentence.start + text.slice(sentence.start, split.start).replace(/[\s,;]+$/u, '').length;
        here.push(claimOf({ start: sentence.start, end: firstEnd }, chosen.cue, speaker, via, rule));
        here.push(claimOf({ start: tokens[second.conjunction + 1]!.start, end: sentence.end }, second.cue, second.speaker, second.via, 'second-clause'));
        history.add(speaker, via, sentence.start);
        history.add(second.speaker, second.via, split.start);
        continue;
      }
      history.add(speaker, via, sentence.start);
      here.push(claimOf(sentence, chosen.cue, speaker, via, rule));
    }
    // A paragraph that is only a quote continues the speaker of the paragraph before it.
    const paragraphText = text.slice(paragraph.start, paragraph.end);
    const whole = quoteIn({ start: paragraph.start, end: paragraph.end }, quotes, text);
    if (here.length === 0 && whole && whole.share > 0.8 && /^[“"]/u.test(paragraphText) && previousParagraphClaim) {
      const previous: Attribution = previousParagraphClaim;
      here.push({
        start: paragraph.start,
        end: paragraph.end,
        quote: { start: whole.first.start, end: whole.all.at(-1)!.end },
        mode: 'direct',
        cue: previous.cue,
        cueStance: previous.cueStance,
        speaker: previous.speaker,
        via: previous.via,
        rule: 'quote-paragraph-continues',
      });
    }
    claims.push(...here);
    previousParagraphClaim = here.at(-1) ?? null;
  }
  return claims;
}
