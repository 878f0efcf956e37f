/**
 * Entity recognition: the sentences of one article → candidate mentions of people, organisations and places,
 * each with the rule that typed it, and the roles the text gives people. Cross-article resolution is in
 * `entity-resolution.ts`. Every table the rules read is in `rules/entities.ts`.
 */
import type { EntityType, Paragraph } from '../schema/index.ts';
import {
  compassWords,
  demonymEndings,
  demonyms,
  geographicPrepositions,
  locativePrepositions,
  mediaOutlets,
  nameConnectors,
  nameParticles,
  notNames,
  organizationNounsAfter,
  organizationNounsBefore,
  organizationVariantGroups,
  organizationWords,
  phraseOpeners,
  placeHeads,
  placeNounsAfter,
  placeNounsBefore,
  placeVariants,
  portfolioWords,
  roleModifiers,
  roleNouns,
  speechVerbs,
  titleHeads,
  titleWords,
  vehicleNouns,
  verbGapWords,
} from './rules/entities.ts';
import { isAllCaps, isCapitalised, tokenizeSentence, type Token } from './tokens.ts';

/** A role phrase and where it stands in the text. */
export interface RoleSpan {
  label: string;
  start: number;
  end: number;
}

/** A span of text that may name an entity, typed or not yet. */
export interface Candidate {
  /** Offset of the name in the article text. */
  start: number;
  end: number;
  /** The name as written. */
  text: string;
  /** The type, or null when only the corpus can tell (a lone surname, a lone capitalised word). */
  type: EntityType | null;
  /** True for a news organisation. */
  media: boolean;
  /** The rule that typed the candidate. */
  rule: string;
  /** For people: the roles or titles the text gives them at this mention, with their offsets. */
  roles: RoleSpan[];
  /** An acronym given in parentheses right after the name: "Department of Defense (DOD)". */
  acronym: { text: string; start: number; end: number } | null;
}

const outletNames = new Map(mediaOutlets.map((name) => [name.replace(/^The /, '').toLowerCase(), name]));
const variantOf = new Map(placeVariants.flatMap((group) => group.map((name) => [name.toLowerCase(), group[0]!] as const)));
const properTags = ['ProperNoun', 'Person', 'Place', 'Organization', 'Acronym', 'FirstName', 'LastName', 'Country', 'City', 'Region'];
const functionTags = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Verb', 'Adverb', 'QuestionWord', 'Value', 'Date'];

/** True when only punctuation-free white space separates two tokens: they can belong to one name. */
function joined(next: Token): boolean {
  return /^\s*$/u.test(next.before);
}

/** True for a nationality word ("Turkish", "Afghan"), which names an entity only inside one ("African Development Bank"). */
function isDemonym(token: Token, next?: Token): boolean {
  const place = token.tags.has('Place') || token.tags.has('Country');
  if (!place && (demonyms.has(token.text) || token.tags.has('Demonym'))) return true;
  // A word with a nationality ending before a common noun: "the Indonesian capital".
  return next !== undefined && !token.possessive && demonymEndings.test(token.text) && /^\s+$/u.test(next.before) && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun');
}

/** True when a token can be part of a name. */
function isNameToken(token: Token): boolean {
  if (notNames.has(token.text) || isDemonym(token) || token.tags.has('Pronoun')) return false;
  return isCapitalised(token.text) || isAllCaps(token.text);
}

/** True when a token may stand in a chunk: a name word, or a demonym that may open an organisation's name. */
function isChunkToken(token: Token): boolean {
  return isNameToken(token) || isDemonym(token) && isCapitalised(token.text);
}

/** A common noun's possessive inside a name continues it ("Landless People's Movement"); a name's ends it ("Kabul's"). */
function possessiveContinues(token: Token): boolean {
  return token.possessive && (token.tags.has('Plural') || /^(?:People|Women|Workers|Children|Men|Farmers|Veterans)$/u.test(token.text));
}

/** True when a token begins its sentence (quotes aside), where a capital letter says nothing. */
function beginsSentence(tokens: readonly Token[], i: number): boolean {
  return i === 0 || /["“‘]\s*$/u.test(tokens[i]!.before);
}

/** A common word capitalised only because it begins the sentence ("Officials", "Despite"). */
function isSentenceInitialCommonWord(token: Token): boolean {
  if (titleWords.has(token.text)) return false;
  if (functionTags.some((tag) => token.tags.has(tag)) && !token.tags.has('Person') && !token.tags.has('Place')) return true;
  return !properTags.some((tag) => token.tags.has(tag)) && !isAllCaps(token.text);
}

/** Groups a sentence's tokens into runs of capitalised words that may form one name (the "chunks"). */
export function findChunks(tokens: readonly Token[]): Token[][] {
  const chunks: Token[][] = [];
  let current: Token[] = [];
  const close = () => {
    // A chunk never ends in a connector or particle.
    while (current.length > 0 && !isNameToken(current.at(-1)!)) current.pop();
    if (current.length > 0) chunks.push(current);
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isDemonym(token, tokens[i + 1]) && !isDemonym(token)) {
      close();
      continue;
    }
    const last = current.at(-1);
    // A plural possessive leaves its apostrophe between the words: "Railway Workers' Federation".
    const gap = joined(token) || (last?.possessive === true && /^['’]\s+$/u.test(token.before));
    const continues = last !== undefined && gap && (!last.possessive || possessiveContinues(last));
    if (isChunkToken(token)) {
      if (!continues) close();
      current.push(token);
    } else if (continues && (nameConnectors.has(token.text) || nameParticles.has(token.text))) {
      const next = tokens[i + 1];
      // "of the Joint Chiefs": a connector continues a name only when a capitalised word (or "the" and one) follows.
      const following = token.text !== 'the' && next?.text === 'the' ? tokens[i + 2] : next;
      if (following && joined(next!) && isChunkToken(following)) current.push(token);
      else close();
    } else {
      close();
    }
  }
  close();
  return chunks
    .flatMap(splitAtAnd)
    .flatMap(splitAtOf)
    .map(trimDemonyms)
    // A lone demonym or compass word names nothing ("Afghan subsidiary", "Central and South Asia").
    .filter((chunk) => chunk.length > 1 || (chunk.length === 1 && !demonyms.has(chunk[0]!.text) && !compassWords.has(chunk[0]!.text)));
}

/** Demonyms open a chunk only when it names an organisation or place ("Chilean Air Force", "Arab League"). */
function trimDemonyms(chunk: Token[]): Token[] {
  const last = chunk.at(-1)!.text;
  if (organizationWords.has(last) || placeHeads.has(last)) return chunk;
  let start = 0;
  while (start < chunk.length && (isDemonym(chunk[start]!) || nameConnectors.has(chunk[start]!.text))) start++;
  let end = chunk.length;
  while (end > start && isDemonym(chunk[end - 1]!)) end--;
  return chunk.slice(start, end);
}

/** Splits "Renata Quilodrán of the Carlos van Buren Hospital": a person's name before "of" is not part of what follows. */
function splitAtOf(chunk: Token[]): Token[][] {
  const at = chunk.findIndex((t) => t.text === 'of');
  if (at <= 0) return [chunk];
  const before = chunk.slice(0, at);
  const titled = titleWords.has(before[0]!.text) && !titleHeads.has(before[0]!.text);
  const name = titled ? before.slice(1) : before;
  const personLike = name.length >= 2 && (titled || name[0]!.tags.has('FirstName')) && !name.some((t) => titleWords.has(t.text) || organizationWords.has(t.text));
  if (!personLike) return [chunk];
  const after = chunk.slice(chunk[at + 1]?.text === 'the' ? at + 2 : at + 1);
  return [before, after];
}

/** Splits "Biden and Jill Biden" at "and"; keeps "Nutrition and Education International" and "Minister of Transport and Ports" whole. */
function splitAtAnd(chunk: Token[]): Token[][] {
  const at = chunk.findIndex((t) => t.text === 'and' || t.text === '&');
  if (at < 0) return [chunk];
  const before = chunk.slice(0, at);
  const after = chunk.slice(at + 1);
  const inTitle = before.some((t) => titleHeads.has(t.text)) && before.every((t) => titleWords.has(t.text) || portfolioWords.has(t.text) || nameConnectors.has(t.text) || variantOf.has(t.text.toLowerCase()));
  const organisationName = organizationWords.has(chunk.at(-1)!.text) && !after.some((t) => titleWords.has(t.text)) && before.length <= 3;
  if (inTitle || organisationName) return [chunk];
  return [before, ...splitAtAnd(after)].filter((part) => part.length > 0);
}

const textOf = (text: string, tokens: readonly Token[]) => text.slice(tokens[0]!.start, tokens.at(-1)!.end);

/** Where the title inside a chunk ends: the index after the last title or portfolio word that follows a title head, or 0. */
export function titleLength(chunk: readonly Token[]): number {
  const firstHead = chunk.findIndex((t) => titleWords.has(t.text));
  if (firstHead < 0) return 0;
  let end = 0;
  for (let i = firstHead; i < chunk.length; i++) {
    const word = chunk[i]!.text;
    if (titleWords.has(word) || portfolioWords.has(word) || nameConnectors.has(word)) end = i + 1;
    else if (i > firstHead && variantOf.has(word.toLowerCase()) && end === i) end = i + 1;
    else break;
  }
  return chunk.slice(0, end).some((t) => titleHeads.has(t.text) || titleWords.has(t.text)) ? end : 0;
}

/** The words before a person's name that state their role: "Pentagon spokesperson", "former President Donald Trump's national security adviser". */
function roleBefore(tokens: readonly Token[], nameStart: number): number {
  let start = nameStart;
  for (let i = nameStart - 1; i >= 0; i--) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!joined(next)) break;
    const word = token.text;
    const lower = word.toLowerCase();
    if (roleNouns.has(lower) || roleModifiers.has(lower) || titleWords.has(word) || portfolioWords.has(word)) start = i;
    else if (isCapitalised(word) || isAllCaps(word) || token.possessive) start = i;
    else if ((word === 'of' || word === 'for') && i > 0 && start === i + 1) start = i;
    else break;
  }
  // A role does not begin with a connector.
  while (start < nameStart && (tokens[start]!.text === 'of' || tokens[start]!.text === 'for')) start++;
  // A role must hold a role noun or a title; a run of names alone is not one.
  const words = tokens.slice(start, nameStart);
  const hasRole = words.some((t) => roleNouns.has(t.text.toLowerCase()) || titleHeads.has(t.text) || titleWords.has(t.text) && !/^(?:Dr|Mr|Mrs|Ms|Sir)\.?$/u.test(t.text));
  return hasRole ? start : nameStart;
}

/** An apposition after a name that states a role: ", a spokesperson for the US National Security Council", ", the director of …". */
function roleAfter(text: string, tokens: readonly Token[], nameEnd: number): RoleSpan | null {
  const first = tokens[nameEnd];
  if (!first || !/^\s*,\s*$/u.test(first.before)) return null;
  let i = nameEnd;
  if (phraseOpeners.has(first.text.toLowerCase())) i++;
  let end = i;
  let hasRole = false;
  for (let j = i; j < tokens.length && j < i + 14; j++) {
    const token = tokens[j]!;
    if (j > i && !/^\s*$/u.test(token.before) && !/^-$/u.test(token.before)) break;
    if (speechVerbs.has(token.text) && j > i) break;
    if (roleNouns.has(token.text.toLowerCase())) hasRole = true;
    end = j + 1;
  }
  // The apposition must start with its role noun or a modifier of one, not with a clause ("who", "which").
  const opener = tokens[i];
  if (!hasRole || !opener || ['who', 'which', 'that', 'whose'].includes(opener.text.toLowerCase()) || opener.tags.has('Verb')) return null;
  const span = tokens.slice(nameEnd, end);
  return span.length > 0 ? { label: textOf(text, span), start: span[0]!.start, end: span.at(-1)!.end } : null;
}

/**
 * A role before a comma: "Zimbabwe's tourism minister, Victoria Ndlovu," / "A spokesman for the Chinese Ministry
 * of Commerce, Wen Jiahao,". The phrase runs back from the comma to the start of the clause and must hold a
 * role noun or a title.
 */
function roleBeforeComma(text: string, tokens: readonly Token[], nameStart: number): RoleSpan | null {
  const name = tokens[nameStart];
  if (!name || !/^\s*,\s*$/u.test(name.before) || nameStart === 0) return null;
  let start = nameStart;
  for (let i = nameStart - 1; i >= 0 && nameStart - i <= 10; i--) {
    if (i < nameStart - 1 && !/^\s*$/u.test(tokens[i + 1]!.before)) break;
    const word = tokens[i]!.text.toLowerCase();
    // An opener ends the role; "the" only where it does not continue a name ("Chairman of the Joint Chiefs").
    if (phraseOpeners.has(word) && word !== 'the') break;
    if (word === 'the' && !nameConnectors.has(tokens[i - 1]?.text ?? '') && tokens[i - 1]?.text.toLowerCase() !== 'for') break;
    if (functionTags.some((tag) => tokens[i]!.tags.has(tag)) && !nameConnectors.has(word) && word !== 'the') break;
    start = i;
  }
  const span = tokens.slice(start, nameStart);
  const hasRole = span.some((t) => roleNouns.has(t.text.toLowerCase()) || titleHeads.has(t.text));
  return hasRole && span.length > 0 ? { label: textOf(text, span), start: span[0]!.start, end: span.at(-1)!.end } : null;
}

/** True when a speech verb follows the chunk, perhaps after an auxiliary or adverb: "Kirby said", "Biden has also ordered". */
function speaksNext(tokens: readonly Token[], after: number): boolean {
  for (let i = after; i < tokens.length && i < after + 3; i++) {
    const token = tokens[i]!;
    if (i > after && !joined(token)) return false;
    if (i === after && !/^\s*$/u.test(token.before)) return false;
    if (speechVerbs.has(token.text)) return true;
    if (!verbGapWords.has(token.text)) return false;
  }
  return false;
}

/** Types a chunk (title already removed). Returns the type and the rule, or null to leave it to the corpus. */
function classify(
  text: string,
  tokens: readonly Token[],
  name: readonly Token[],
  context: { titled: boolean; roleBefore: boolean; roleAfter: boolean; previousCandidate?: Candidate | undefined },
): { type: EntityType | null; media: boolean; rule: string } | null {
  const written = textOf(text, name);
  const words = name.map((t) => t.text);
  const last = words.at(-1)!;
  const previous = tokens[name[0]!.index - 1];
  const next = tokens[name.at(-1)!.index + 1];
  if (previous && vehicleNouns.has(previous.text) && joined(name[0]!)) return null;
  if (previous && organizationNounsBefore.has(previous.text) && joined(name[0]!)) return { type: 'organization', media: false, rule: 'organisation-noun-before' };
  const outlet = outletNames.get(written.replace(/^The /, '').toLowerCase());
  if (outlet) return { type: 'organization', media: true, rule: 'media-outlet' };
  const variant = variantOf.get(written.toLowerCase());
  if (variant) return { type: organizationVariantGroups.has(variant) ? 'organization' : 'place', media: false, rule: 'place-variant' };
  if (placeHeads.has(last) && words.length > 1) return { type: 'place', media: false, rule: 'place-head-word' };
  if (words.some((w) => organizationWords.has(w))) return { type: 'organization', media: false, rule: 'organisation-word' };
  // "Islamic State": a state named by an adjective that is no place is a group claiming to be one.
  if (words.length === 2 && last === 'State' && /ic$/u.test(words[0]!)) return { type: 'organization', media: false, rule: 'state-as-group' };
  if (context.titled || context.roleBefore || context.roleAfter) return { type: 'person', media: false, rule: context.titled ? 'title-before-name' : 'role-apposition' };
  const clause = tokens[name.at(-1)!.index + 1];
  if (clause && /^\s*,\s*$/u.test(clause.before) && (clause.text === 'who' || clause.text === 'whose' || /^\d{1,3}$/u.test(clause.text))) {
    return { type: 'person', media: false, rule: 'who-clause' };
  }
  if (next && joined(next) && placeNounsAfter.has(next.text)) return { type: 'place', media: false, rule: 'place-noun-after' };
  if (next && joined(next) && organizationNounsAfter.has(next.text)) return { type: 'organization', media: false, rule: 'organisation-noun-after' };
  if (previous?.text === 'the' && geographicPrepositions.has(tokens[previous.index - 1]?.text ?? '')) return { type: 'place', media: false, rule: 'geographic-preposition' };
  if (previous?.text === 'of' && placeNounsBefore.has(tokens[previous.index - 1]?.text ?? '')) return { type: 'place', media: false, rule: 'place-noun-before' };
  const firstTags = name[0]!.tags;
  if (name.length > 1 && (firstTags.has('FirstName') || firstTags.has('Honorific'))) return { type: 'person', media: false, rule: 'first-name' };
  if (name.every((t) => t.tags.has('Place') || t.tags.has('Country') || t.tags.has('City') || t.tags.has('Region'))) return { type: 'place', media: false, rule: 'gazetteer-place' };
  if (name.length === 1 && isAllCaps(last)) return { type: 'organization', media: false, rule: 'acronym' };
  if (speaksNext(tokens, name.at(-1)!.index + 1) && name.length >= 2 && name.length <= 5) return { type: 'person', media: false, rule: 'speaker-name' };
  const modifies = next !== undefined && joined(next) && !isNameToken(next) && (next.tags.has('Noun') || next.tags.has('Adjective'));
  if (name.length === 1 && (previous?.text === 'the' || previous?.text === 'The') && !modifies) {
    return { type: 'organization', media: false, rule: 'the-proper-noun' };
  }
  if (name.length >= 2 && name.some((t) => t.tags.has('Person') || t.tags.has('LastName'))) return { type: 'person', media: false, rule: 'gazetteer-person' };
  if (name.every((t) => t.tags.has('Organization'))) return { type: 'organization', media: false, rule: 'gazetteer-organisation' };
  if (name.length <= 3 && previous && locativePrepositions.has(previous.text) && !name.at(-1)!.possessive && !name[0]!.tags.has('FirstName')) {
    return { type: 'place', media: false, rule: 'locative-preposition' };
  }
  // "in Bogor and Depok": a name joined by "and" to a place is a place.
  const before = previous && (previous.text === 'and' || previous.text === 'or') ? context.previousCandidate : undefined;
  if (before && before.type === 'place' && before.end <= previous!.start && text.slice(before.end, previous!.start).trim() === '' && !name[0]!.tags.has('FirstName')) {
    return { type: 'place', media: false, rule: 'coordinated-place' };
  }
  if (name.length === 1) return { type: null, media: false, rule: 'lone-name' };
  return null;
}

/** Finds the candidates of one sentence. */
export function recogniseSentence(text: string, sentence: { start: number; end: number }, options: { dateline: boolean }): Candidate[] {
  const tokens = tokenizeSentence(text, sentence);
  const candidates: Candidate[] = [];
  const skipped = new Set<number>();
  for (const [chunkIndex, found] of findChunks(tokens).entries()) {
    if (skipped.has(found[0]!.index)) continue;
    // A dateline: the capitalised place that opens a wire story ("VICTORIA FALLS, Zimbabwe (Reuters) -").
    const afterChunk = tokens[found.at(-1)!.index + 1];
    const datelineShape = afterChunk !== undefined && /^\s*(?:,|\(|[-–—])/u.test(afterChunk.before);
    if (options.dateline && datelineShape && chunkIndex === 0 && found[0]!.index === 0 && found.every((t) => isAllCaps(t.text) && t.text.length > 2) && !outletNames.has(textOf(text, found).toLowerCase())) {
      candidates.push(makeCandidate(text, found, 'place', false, 'dateline', []));
      continue;
    }
    // A news outlet's name holds words that would otherwise read as a title ("The Associated Press"), or as a
    // common word at the start of a sentence ("Reuters reported").
    const outletChunk = found[0]!.text === 'The' && beginsSentence(tokens, found[0]!.index) ? found.slice(1) : found;
    if (outletChunk.length > 0 && outletNames.has(textOf(text, outletChunk).replace(/^The /, '').toLowerCase())) {
      candidates.push(makeCandidate(text, outletChunk, 'organization', true, 'media-outlet', []));
      continue;
    }
    const chunk = dropSentenceInitialWord(tokens, found, text, candidates);
    if (chunk.length === 0) continue;
    const titleEnd = titleLength(chunk);
    const title = chunk.slice(0, titleEnd);
    const name = chunk.slice(titleEnd);
    // What stands before the title may itself be a name: "US Navy Captain", "White House Press Secretary".
    if (titleEnd > 0) {
      const firstTitle = title.findIndex((t) => titleWords.has(t.text));
      const owner = title.slice(0, firstTitle).filter((t) => !isDemonym(t));
      // "Fisheries Minister", "Energy Minister": a portfolio alone names no one.
      if (owner.length > 0 && !owner.every((t) => portfolioWords.has(t.text))) pushClassified(text, tokens, owner, candidates);
    }
    // A name does not begin with a particle or connector left over from the title ("of", "and").
    while (name.length > 0 && !isCapitalised(name[0]!.text) && !isAllCaps(name[0]!.text)) name.shift();
    if (name.length === 0) continue;
    const before = roleBefore(tokens, name[0]!.index);
    const after = roleAfter(text, tokens, name.at(-1)!.index + 1);
    const comma = roleBeforeComma(text, tokens, chunk[0]!.index);
    const titled = title.some((t) => titleWords.has(t.text));
    const typed = classify(text, tokens, name, { titled, roleBefore: before < name[0]!.index || comma !== null, roleAfter: after !== null, previousCandidate: candidates.at(-1) });
    const following = tokens[name.at(-1)!.index + 1];
    const acronym = following && /^\s*\(\s*$/u.test(following.before) && isAllCaps(following.text) && /^\s*\)/u.test(tokens[following.index + 1]?.before ?? ')') ? following : null;
    if (!typed) {
      // "Memorandum of Understanding (MOU)": an acronym names what its expansion names, here nothing.
      if (acronym) skipped.add(acronym.index);
      continue;
    }
    const roles: RoleSpan[] = [];
    if (typed.type === 'person') {
      const roleTokens = tokens.slice(Math.min(before, chunk[0]!.index), name[0]!.index);
      // An honorific ("Dr") ends a title but is not a role.
      while (roleTokens.length > 0 && /^(?:Dr|Mr|Mrs|Ms|Sir)\.?$/u.test(roleTokens.at(-1)!.text)) roleTokens.pop();
      if (roleTokens.length > 0) {
        roles.push({ label: textOf(text, roleTokens), start: roleTokens[0]!.start, end: roleTokens.at(-1)!.end });
      }
      for (const role of [comma, after]) if (role) roles.push(role);
    }
    // "the Haqqani network": the noun after the name is part of it.
    const span = typed.rule === 'organisation-noun-after' ? [...name, tokens[name.at(-1)!.index + 1]!] : name;
    const candidate = makeCandidate(text, span, typed.type, typed.media, typed.rule, roles);
    if (acronym) candidate.acronym = { text: acronym.text, start: acronym.start, end: acronym.end };
    candidates.push(candidate);
  }
  return candidates;
}

/**
 * A sentence's first word is capitalised whatever it is. A common word there ("Officials", "Other") is dropped
 * from its chunk, unless the chunk is an organisation's or place's name with it ("White House"); dropped alone,
 * it is kept as an untyped candidate, which the corpus keeps only if it names a known entity ("Pentagon").
 */
function dropSentenceInitialWord(tokens: readonly Token[], chunk: Token[], text: string, into: Candidate[]): Token[] {
  const first = chunk[0]!;
  if (!beginsSentence(tokens, first.index) || !isSentenceInitialCommonWord(first)) return chunk;
  if (functionTags.some((tag) => first.tags.has(tag)) && !first.tags.has('Person') && !first.tags.has('Place')) return chunk.slice(1);
  const rest = chunk.slice(1);
  if (rest.some((t) => organizationWords.has(t.text) || placeHeads.has(t.text))) return chunk;
  // A noun the tagger does not know, followed by more capitalised words, starts a name: "Hibatullah Akhundzada".
  if (rest.length > 0 && !first.tags.has('Adjective') && !first.tags.has('Plural') && isCapitalised(rest[0]!.text)) return chunk;
  if (rest.length === 0) into.push(makeCandidate(text, [first], null, false, 'sentence-initial', []));
  return rest;
}

/** Adds the owner of a title ("US Navy" in "US Navy Captain") when it is an organisation or a place. */
function pushClassified(text: string, tokens: readonly Token[], name: Token[], into: Candidate[]) {
  const typed = classify(text, tokens, name, { titled: false, roleBefore: false, roleAfter: false });
  if (typed && typed.type !== 'person') into.push(makeCandidate(text, name, typed.type, typed.media, typed.rule, []));
}

function makeCandidate(text: string, name: readonly Token[], type: EntityType | null, media: boolean, rule: string, roles: RoleSpan[]): Candidate {
  return { start: name[0]!.start, end: name.at(-1)!.end, text: textOf(text, name), type, media, rule, roles, acronym: null };
}

/**
 * Recognises the entity candidates of an article: takes its text and paragraphs, returns candidates from body
 * paragraphs and crossheads (never furniture), in text order.
 */
export function recogniseEntities(text: string, paragraphs: readonly Paragraph[]): Candidate[] {
  const firstBody = paragraphs.find((p) => p.kind === 'body');
  return paragraphs
    .filter((p) => !p.furniture)
    .flatMap((p) => p.sentences.flatMap((sentence, i) => recogniseSentence(text, sentence, { dateline: p === firstBody && i === 0 })));
}
