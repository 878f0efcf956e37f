/**
 * Entity recognition: the tagged sentences of one article → candidate mentions of people, organisations and
 * places, each with the table row that typed it and the roles the text gives people. Cross-article identity is
 * the next stage (`identity/`).
 */
import type { ArticleDocument, Token } from '../document/index.ts';
import { isAllCaps, isCapitalised } from '../document/index.ts';
import { typeChunk, outletNames, type EntityRuleId, type TypingContext } from '../rules/entity-typing.ts';
import { genderedWords, organizationWords, placeHeads, portfolioWords, titleWords } from '../rules/entities.ts';
import { findChunks, isDemonym, textOf, titleLength } from './chunks.ts';
import { recogniseLabels, recogniseSigner } from './labels.ts';
import { isFunctionWord, isHonorific, roleAfter, roleBefore, roleBeforeComma, speaksNext } from './roles.ts';
import type { Candidate, RoleSpan } from './types.ts';

const properTags = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'FirstName', 'LastName', 'Country', 'City', 'Region'];

/** True when a token begins its sentence (quotes aside), where a capital letter says nothing. */
function beginsSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || /["“‘]\s*$/u.test(tokens[i]!.before);
}

/** A common word capitalised only because it begins the sentence ("Officials", "Despite"). */
function isSentenceInitialCommonWord(token: Token): boolean {
  if (titleWords.has(token.text)) return false;
  if (isFunctionWord(token) && !token.tags.has('Person') && !token.tags.has('Place')) return true;
  return !properTags.some((tag) => token.tags.has(tag)) && !isAllCaps(token.text);
}

function makeCandidate(text: string, name: readonly Token[], type: Candidate['type'], media: boolean, rule: EntityRuleId, roles: RoleSpan[]): Candidate {
  return { start: name[0]!.start, end: name.at(-1)!.end, text: textOf(text, name), type, media, rule, roles, acronym: null };
}

/** True when a name stands where a subject does: no verb before it in its clause (back to a comma), and not a possessive. */
function isSubjectLike(tokens: readonly Token[], name: readonly Token[]): boolean {
  if (name.at(-1)!.possessive) return false;
  for (let i = name[0]!.index - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.chunk === 'Verb' || token.tags.has('Preposition')) return false;
    if (/[,;:—–]/u.test(tokens[i + 1]!.before)) return true;
  }
  return true;
}

/** Title words that also open company names: "General Electric", "General Motors Corp". */
const companyOpeners = new Set(['General', 'Major', 'Private', 'Premier', 'Royal']);

/**
 * True when the "title" opening a chunk is part of a name: an organisation's ("General Motors Corp", "Royal Dutch
 * Shell"), or a company opener before a common word the lexicon knows ("General Electric").
 */
function titleIsName(chunk: readonly Token[]): boolean {
  if (organizationWords.has(chunk.at(-1)!.text)) return true;
  const rest = chunk.slice(1);
  if (!companyOpeners.has(chunk[0]!.text) || rest.length === 0) return false;
  // "General Motors": the tagger's lexicon knows the whole as an organisation.
  if (chunk.every((t) => t.tags.has('Organization'))) return true;
  return rest.every((t) => !t.tags.has('Person') && !t.tags.has('ProperNoun') && (t.tags.has('Adjective') || t.tags.has('Plural')));
}

/** The typing context of a name inside its sentence. */
function contextOf(text: string, tokens: readonly Token[], name: readonly Token[], flags: Pick<TypingContext, 'titled' | 'roleBefore' | 'roleAfter' | 'previousCandidate'>): TypingContext {
  return {
    text,
    tokens,
    name,
    written: textOf(text, name),
    words: name.map((t) => t.text),
    previous: tokens[name[0]!.index - 1],
    next: tokens[name.at(-1)!.index + 1],
    ...flags,
  };
}

/**
 * A sentence's first word is capitalised whatever it is. A common word there ("Officials", "Other") is dropped
 * from its chunk, unless the chunk is an organisation's or place's name with it ("White House"); dropped alone,
 * it is kept as an untyped candidate, which the corpus keeps only if it names a known entity ("Pentagon").
 */
function dropSentenceInitialWord(tokens: readonly Token[], chunk: Token[], text: string, into: Candidate[]): Token[] {
  const first = chunk[0]!;
  if (!beginsSentence(tokens, first.index) || !isSentenceInitialCommonWord(first)) return chunk;
  // A lone capitalised word right before a speech verb speaks, whatever its ending made the tagger think ("Healy said").
  // "That said, …" is an idiom: a determiner, pronoun or conjunction names no one.
  if (chunk.length === 1 && speaksNext(tokens, first.index + 1) && !['Determiner', 'Pronoun', 'Conjunction', 'Preposition', 'QuestionWord'].some((tag) => first.tags.has(tag))) {
    into.push(makeCandidate(text, [first], null, false, 'sentence-initial-speaker', []));
    return [];
  }
  if (isFunctionWord(first) && !first.tags.has('Person') && !first.tags.has('Place')) return chunk.slice(1);
  const rest = chunk.slice(1);
  if (rest.some((t) => organizationWords.has(t.text) || placeHeads.has(t.text))) return chunk;
  // A word for someone's trade opening the sentence is their role, not their name: "Employee Steve Castro tells …".
  if (first.tags.has('Actor') && !first.tags.has('Person') && rest.length > 0) return rest;
  // A noun the tagger does not know, followed by more capitalised words, starts a name: "Hibatullah Akhundzada".
  if (rest.length > 0 && !first.tags.has('Adjective') && !first.tags.has('Plural') && isCapitalised(rest[0]!.text)) return chunk;
  if (rest.length === 0) into.push(makeCandidate(text, [first], null, false, 'sentence-initial', []));
  return rest;
}

/** The gender the text marks for a person: a gendered first name, an honorific or title ("Mr", "Queen"), a gendered role word ("spokeswoman"). */
function genderOf(tokens: readonly Token[], chunk: readonly Token[], name: readonly Token[], roles: readonly RoleSpan[]): 'male' | 'female' | null {
  // A given name says the gender only when it stands before a surname: "Christie" alone is a surname.
  if (name.length > 1 && name[0]!.tags.has('FemaleName')) return 'female';
  if (name.length > 1 && name[0]!.tags.has('MaleName')) return 'male';
  const before = tokens.slice(Math.max(0, chunk[0]!.index - 2), name[0]!.index).map((t) => t.text.toLowerCase());
  const roleWords = roles.flatMap((r) => r.label.toLowerCase().split(/\s+/u));
  for (const word of [...before.reverse(), ...roleWords]) {
    const gender = genderedWords.get(word);
    if (gender) return gender;
  }
  return null;
}

/** Adds the owner of a title ("US Navy" in "US Navy Captain") when it is an organisation or a place. */
function pushOwner(text: string, tokens: readonly Token[], name: Token[], into: Candidate[]) {
  const rule = typeChunk(contextOf(text, tokens, name, { titled: false, roleBefore: false, roleAfter: false, previousCandidate: undefined }));
  // A lone word ("Pentagon") is kept for the corpus to type.
  if (rule.type !== 'person' && rule.type !== 'none') into.push(makeCandidate(text, name, rule.type === 'corpus' ? null : rule.type, 'media' in rule, rule.id, []));
}

/** Finds the candidates of one tagged sentence. */
export function recogniseSentence(text: string, tokens: readonly Token[]): Candidate[] {
  const candidates: Candidate[] = [];
  const skipped = new Set<number>();
  const unknown: Token[][] = [];
  for (const found of findChunks(tokens)) {
    if (skipped.has(found[0]!.index)) continue;
    // A news outlet's name holds words that would otherwise read as a title ("The Associated Press"), or as a
    // common word at the start of a sentence ("Reuters reported").
    const outletChunk = found[0]!.text === 'The' && beginsSentence(tokens, found[0]!.index) ? found.slice(1) : found;
    if (outletChunk.length > 0 && outletNames.has(textOf(text, outletChunk).replace(/^The /, '').toLowerCase())) {
      candidates.push(makeCandidate(text, outletChunk, 'organization', true, 'media-outlet', []));
      continue;
    }
    const chunk = dropSentenceInitialWord(tokens, found, text, candidates);
    if (chunk.length === 0) continue;
    const titleEnd = titleIsName(chunk) ? 0 : titleLength(chunk);
    const title = chunk.slice(0, titleEnd);
    const name = chunk.slice(titleEnd);
    // What stands before the title may itself be a name: "US Navy Captain", "White House Press Secretary".
    if (titleEnd > 0) {
      const firstTitle = title.findIndex((t) => titleWords.has(t.text));
      const owner = title.slice(0, firstTitle).filter((t) => !isDemonym(t));
      // "Fisheries Minister", "Energy Minister": a portfolio alone names no one.
      if (owner.length > 0 && !owner.every((t) => portfolioWords.has(t.text))) pushOwner(text, tokens, owner, candidates);
    }
    // A name does not begin with a particle or connector left over from the title ("of", "and").
    while (name.length > 0 && !isCapitalised(name[0]!.text) && !isAllCaps(name[0]!.text)) name.shift();
    // The rest of a portfolio or body before a given name belongs to the title: "Secretary for Western Hemisphere
    // Affairs John Creamer", "CEO of the Refugee Council Enver Solomon" (the body is a name of its own).
    const cut = name.findLastIndex((t) => portfolioWords.has(t.text) || organizationWords.has(t.text)) + 1;
    const givenAfterCut = name[cut] !== undefined && (name[cut]!.tags.has('FirstName') || name[cut]!.tags.has('GivenName'));
    if (cut > 0 && cut <= name.length - 2 && (titleEnd > 0 || givenAfterCut)) {
      const body = name.splice(0, cut);
      if (body.some((t) => organizationWords.has(t.text))) pushOwner(text, tokens, body, candidates);
    }
    if (name.length === 0) continue;
    const before = roleBefore(tokens, name[0]!.index);
    const after = roleAfter(text, tokens, name.at(-1)!.index + 1);
    const comma = roleBeforeComma(text, tokens, chunk[0]!.index);
    const titled = title.some((t) => titleWords.has(t.text));
    const rule = typeChunk(contextOf(text, tokens, name, { titled, roleBefore: before < name[0]!.index || comma !== null, roleAfter: after !== null, previousCandidate: candidates.at(-1) }));
    const following = tokens[name.at(-1)!.index + 1];
    const acronym = following && /^\s*\(\s*$/u.test(following.before) && isAllCaps(following.text) && /^\s*\)/u.test(tokens[following.index + 1]?.before ?? ')') ? following : null;
    if (rule.type === 'none') {
      // "Memorandum of Understanding (MOU)": an acronym names what its expansion names, here nothing.
      if (acronym) skipped.add(acronym.index);
      if (rule.id === 'unknown-phrase' && name.length >= 2 && name.length <= 3) unknown.push(name);
      continue;
    }
    const type = rule.type === 'corpus' ? null : rule.type;
    const roles: RoleSpan[] = [];
    if (type === 'person') {
      const roleTokens = tokens.slice(Math.min(before, chunk[0]!.index), name[0]!.index);
      // An honorific ("Dr") ends a title but is not a role.
      while (roleTokens.length > 0 && isHonorific(roleTokens.at(-1)!.text)) roleTokens.pop();
      if (roleTokens.length > 0) roles.push({ label: textOf(text, roleTokens), start: roleTokens[0]!.start, end: roleTokens.at(-1)!.end });
      for (const role of [comma, after]) if (role) roles.push(role);
    }
    // "the Haqqani network": the noun after the name is part of it.
    const span = rule.id === 'organisation-noun-after' ? [...name, tokens[name.at(-1)!.index + 1]!] : name;
    const candidate = makeCandidate(text, span, type, 'media' in rule, rule.id, roles);
    if (acronym) candidate.acronym = { text: acronym.text, start: acronym.start, end: acronym.end };
    if (type === 'person') candidate.gender = genderOf(tokens, chunk, name, roles);
    candidate.subject = isSubjectLike(tokens, span);
    candidates.push(candidate);
  }
  // The first of a list of names ("Romelu Lukaku, Yannick Carrasco and …") is typed by the person after it.
  for (const name of unknown) {
    const end = name.at(-1)!.end;
    const next = candidates.filter((c) => c.start >= end).sort((a, b) => a.start - b.start)[0];
    if (next?.type === 'person' && /^,$/u.test(text.slice(end, next.start).trim())) candidates.push(makeCandidate(text, name, 'person', false, 'listed-with-person', []));
  }
  return invertedNames(text, tokens, candidates).sort((a, b) => a.start - b.start);
}

// Tags of words that open a sentence before a comma and a name without being a surname ("Thanks, Jane", "Yes, Jane",
// "Today, Jane …"). The tagger may read an unknown surname as a past participle ("Austen"), or a city ("London").
const notASurname = ['Date', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Infinitive', 'Imperative', 'PresentTense', 'Gerund', 'Plural', 'Adjective', 'Expression', 'Month', 'WeekDay', 'Country'];

/**
 * A catalogue's inverted names ("Austen, Jane. Pride and Prejudice", "Marx, Karl and Engels, Friedrich."): a
 * capitalised word opening the sentence or following "and", a comma, then one or two given names the first of which
 * the lexicon knows, ending at a full stop or at "and". The person replaces what the words were read as apart.
 */
function invertedNames(text: string, tokens: readonly Token[], candidates: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const surname = tokens[i]!;
    const given = tokens[i + 1]!;
    if (!(i === 0 || tokens[i - 1]!.text === 'and') || !isCapitalised(surname.text) || notASurname.some((tag) => surname.tags.has(tag))) continue;
    if (given.before.trim() !== ',' || !given.tags.has('FirstName')) continue;
    let last = given;
    if (tokens[given.index + 1] && tokens[given.index + 1]!.before.trim() === '' && isCapitalised(tokens[given.index + 1]!.text)) last = tokens[given.index + 1]!;
    const after = tokens[last.index + 1];
    if (!(after === undefined ? /^\s*\./u.test(text.slice(last.end)) : after.before.trim() === '.' || after.text === 'and')) continue;
    const person = makeCandidate(text, [surname, last], 'person', false, 'inverted-name', []);
    person.text = `${textOf(text, [given, last])} ${surname.text}`;
    found.push(person);
  }
  if (found.length === 0) return candidates;
  const covered = (c: Candidate) => found.some((p) => c.start < p.end && p.start < c.end);
  return [...candidates.filter((c) => !covered(c)), ...found];
}

/**
 * Recognises the entity candidates of an article: takes its document, returns candidates from body paragraphs
 * and crossheads (never furniture: a wire dateline's city is article metadata), in text order.
 */
export function recogniseEntities(document: ArticleDocument): Candidate[] {
  const signer = recogniseSigner(document.text, document.paragraphs);
  const labels = [...recogniseLabels(document.text, document.paragraphs), ...(signer ? [signer] : [])];
  const inSentences = document.sentences.flatMap((sentence) => recogniseSentence(document.text, sentence.tokens));
  return [...labels, ...inSentences].sort((a, b) => a.start - b.start);
}
