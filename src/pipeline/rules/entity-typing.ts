/**
 * Entity typing as data: the ordered rows that type a capitalised chunk (its title already removed) as a person,
 * an organisation or a place. `entities/recognise.ts` tries them in order and the first whose test holds decides;
 * the candidate, and the entity made from it, keep the row's id, so a wrongly typed name leads to one row.
 * Order matters: a word inside the name (Department, Airport) outranks what surrounds it, which outranks the
 * gazetteer, which outranks guesses from position.
 */
import type { EntityType } from '../../schema/index.ts';
import type { Token } from '../document/types.ts';
import { isDictionaryWord } from '../document/wordnet.ts';
import { isAllCaps } from '../document/words.ts';
import { isNameToken, joined, variantCanonical } from '../entities/chunks.ts';
import { speaksNext } from '../entities/roles.ts';
import {
  addressingPhrases,
  eventNameHeads,
  eventNameOpeners,
  geographicPrepositions,
  locativePrepositions,
  mediaOutlets,
  organizationNounsAfter,
  organizationNounsBefore,
  organizationVariantGroups,
  organizationWords,
  placeHeads,
  placeNounsAfter,
  placeListNouns,
  placeNounsBefore,
  placeOpeners,
  surnameLikePlaceHeads,
  vehicleNouns,
} from './entities.ts';

/** A news outlet's key (lowercase, "The" dropped) → its name as it calls itself. */
export const outletNames: ReadonlyMap<string, string> = new Map(mediaOutlets.map((name) => [name.replace(/^The /, '').toLowerCase(), name]));

/** What a row may know of the candidate before: its type and where it ends (its own rule would make the table's type circular). */
export interface NeighbourCandidate {
  type: EntityType | null;
  end: number;
}

/** What a typing row sees: the chunk's name words and the sentence around them. */
export interface TypingContext {
  text: string;
  /** The sentence's tokens. */
  tokens: readonly Token[];
  /** The name's tokens (title removed). */
  name: readonly Token[];
  /** The name as written, and its words. */
  written: string;
  words: readonly string[];
  /** The tokens right before and after the name. */
  previous: Token | undefined;
  next: Token | undefined;
  /** A title stood before the name in its chunk ("General"). */
  titled: boolean;
  /** A role stands before the name ("Pentagon spokesperson", "its director,"). */
  roleBefore: boolean;
  /** A role apposition follows the name (", a military spokesman"). */
  roleAfter: boolean;
  /** The candidate found just before this one in the sentence. */
  previousCandidate: NeighbourCandidate | undefined;
}

/**
 * What a row makes of a chunk: a type, `corpus` (only the corpus can tell: a lone word), or `none` (no entity:
 * a ship's name, an unknown multi-word phrase).
 */
export type TypingOutcome = EntityType | 'corpus' | 'none';

/** One typing row. */
export interface EntityTypingRule {
  /** Stable id, recorded on the candidate and the entity. */
  id: string;
  /** What the chunk becomes when the row applies. */
  type: TypingOutcome;
  /** True when the row names a news organisation. */
  media?: boolean;
  /** Why the row exists. */
  reason: string;
  /** Does the row apply? */
  test: (c: TypingContext) => boolean;
}

const tagged = (token: Token, ...tags: string[]) => tags.some((tag) => token.tags.has(tag));
const last = (c: TypingContext) => c.words.at(-1)!;
const capitalised = (token: Token | undefined) => token !== undefined && /^\p{Lu}/u.test(token.text);
/** A one-word name with a capitalised word on the other side of a comma: an item of a list of names. */
const inNameList = (c: TypingContext) => {
  const word = c.name[0]!;
  const next = c.tokens[word.index + 1];
  return (/,/u.test(word.before) && capitalised(c.tokens[word.index - 1])) || (next !== undefined && /,/u.test(next.before) && capitalised(next));
};
/** The name follows one of `addressingPhrases`, starting a sentence or after a word boundary. */
const addressedBefore = (c: TypingContext) => {
  const before = c.text.slice(Math.max(0, c.name[0]!.start - 40), c.name[0]!.start).toLowerCase().replace(/\s+/gu, ' ').trimEnd();
  return addressingPhrases.some((phrase) => before.endsWith(phrase) && !/\p{L}/u.test(before.charAt(before.length - phrase.length - 1)));
};
/** A name-list item: capitalised words, commas and "and" only. */
const listItem = (token: Token) => /^\p{Lu}/u.test(token.text) || token.text === 'and' || token.text === 'or';
const listGap = (token: Token) => /^\s*,?\s*$/u.test(token.before);
/** The name stands in a list of names that a plural place noun opens ("the counties of …") or closes ("… counties"). */
const inPlaceList = (c: TypingContext) => {
  let i = c.name[0]!.index - 1;
  while (i >= 0 && listItem(c.tokens[i]!) && listGap(c.tokens[i + 1]!)) i--;
  if (i >= 1 && c.tokens[i]!.text === 'of' && placeListNouns.has(c.tokens[i - 1]!.text)) return true;
  let j = c.name.at(-1)!.index + 1;
  while (j < c.tokens.length && listItem(c.tokens[j]!) && listGap(c.tokens[j]!)) j++;
  return j < c.tokens.length && j > c.name.at(-1)!.index + 1 && listGap(c.tokens[j]!) && placeListNouns.has(c.tokens[j]!.text);
};
/** "Macy's Thanksgiving Day Parade": a possessive name before more capitalised words names a business or an event's owner, not a person in the story. */
const namesSomethingOwned = (c: TypingContext) => c.name.at(-1)!.possessive && c.next !== undefined && /^\p{Lu}/u.test(c.next.text);
const followedBy = (c: TypingContext, table: ReadonlySet<string>) => c.next !== undefined && joined(c.next) && table.has(c.next.text);

/** A lone plural of a dictionary noun after "for", "of" or "on" ("Commissioner for Refugees"): the end of a title, no one's name ("Professor Burrows" is). */
const lonePluralNoun = (c: { name: readonly Token[]; previous?: Token | undefined }) => c.name.length === 1 && /^(?:for|of|on)$/u.test(c.previous?.text ?? '') && /\p{Ll}s$/u.test(c.name[0]!.text) && isDictionaryWord(c.name[0]!.text) && !tagged(c.name[0]!, 'LastName', 'Person', 'FirstName');

/** A capitalised word compromise knows as no place, body, person or number: a name word of no kind yet. */
const unknownWord = (t: Token) => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u.test(t.text) && !tagged(t, 'Place', 'Organization', 'Person', 'Value', 'Date', 'Acronym');

/** The rows, tried in order; the last always applies. */
export const entityTypingRules = [
  { id: 'vehicle-name', type: 'none', reason: 'A name after a vessel or aircraft noun is a ship\'s or plane\'s ("the trawler Doña Eulalia"), no entity here.', test: (c) => c.previous !== undefined && vehicleNouns.has(c.previous.text) && joined(c.name[0]!) },
  { id: 'organisation-noun-before', type: 'organization', reason: 'A lowercase organisation noun before a name makes it the organisation\'s ("the cooperative Pesquera Santa Rosalía").', test: (c) => c.previous !== undefined && organizationNounsBefore.has(c.previous.text) && joined(c.name[0]!) },
  { id: 'media-outlet', type: 'organization', media: true, reason: 'A known news outlet is an organisation and a medium.', test: (c) => outletNames.has(c.written.replace(/^The /, '').toLowerCase()) },
  { id: 'organisation-variant', type: 'organization', reason: 'A variant of a union of states ("EU", "U.N.") names the organisation.', test: (c) => organizationVariantGroups.has(variantCanonical(c.written) ?? '') },
  { id: 'place-variant', type: 'place', reason: 'A variant of a country name ("U.S.", "UK") names the country.', test: (c) => variantCanonical(c.written) !== undefined },
  { id: 'event-name', type: 'none', reason: 'A name ending or opening with an event word ("Summer Paralympics", "World Cup", "Hurricane Mitch") names an event, not a person, organisation or place.', test: (c) => c.words.length > 1 && (eventNameHeads.has(last(c)) || eventNameOpeners.has(c.words[0]!)) },
  { id: 'country-name', type: 'place', reason: 'A country the lexicon knows is never a person, whatever role words stand near it ("On Afghanistan, Secretary Blinken …").', test: (c) => c.name.length === 1 && c.name[0]!.tags.has('Country') },
  {
    id: 'given-name-surname-head',
    type: 'person',
    reason: 'A given name and a place word that is also a common surname ("James Hall", "Ellie Park") name a person.',
    test: (c) => c.name.length === 2 && tagged(c.name[0]!, 'FirstName', 'GivenName') && surnameLikePlaceHeads.has(last(c)),
  },
  { id: 'place-head-word', type: 'place', reason: 'A place word ends the name ("Hamid Karzai International Airport", "Abbey Gate").', test: (c) => placeHeads.has(last(c)) && c.words.length > 1 },
  { id: 'organisation-word', type: 'organization', reason: 'An organisation word stands in the name ("Department of Defense", "Nutrition and Education International").', test: (c) => c.words.some((w) => organizationWords.has(w)) },
  { id: 'place-opener', type: 'place', reason: 'A word that opens a place\'s name ("Masjid Al-Haram", "Mount Kenya", "Fort Worth") makes the name a place.', test: (c) => c.name.length > 1 && placeOpeners.has(c.words[0]!) },
  { id: 'state-as-group', type: 'organization', reason: 'A state named by an adjective that is no place ("Islamic State") is a group claiming to be one.', test: (c) => c.words.length === 2 && last(c) === 'State' && /ic$/u.test(c.words[0]!) },
  { id: 'acronym', type: 'organization', reason: 'A lone word in capitals is an organisation\'s acronym ("NATO", "G7"), whatever roles stand near it.', test: (c) => c.name.length === 1 && isAllCaps(last(c)) },
  {
    id: 'addressed-person',
    type: 'person',
    reason: 'A name the speaker addresses or hands the floor to ("Let\'s go to Said Arikat.", "Thanks, Kaitlan.") is a person\'s.',
    test: (c) => c.name.length <= 3 && addressedBefore(c),
  },
  { id: 'title-before-name', type: 'person', reason: 'A title stood before the name ("General Mark Milley"); a lone plural noun after one ends the title ("Commissioner for Refugees").', test: (c) => c.titled && !lonePluralNoun(c) },
  { id: 'role-apposition', type: 'person', reason: 'A role stands before or after the name ("Pentagon spokesperson John Kirby", "Zemari Ahmadi, a … engineer").', test: (c) => ((c.roleBefore && c.previous?.text !== 'of') || c.roleAfter) && !lonePluralNoun(c) },
  { id: 'who-clause', type: 'person', reason: 'A ", who" clause or an age after the name describes a person.', test: (c) => c.next !== undefined && /^\s*,\s*$/u.test(c.next.before) && (c.next.text === 'who' || c.next.text === 'whose' || /^\d{1,3}$/u.test(c.next.text)) },
  { id: 'place-noun-after', type: 'place', reason: 'A lowercase place noun follows ("Nangarhar province", "Kabul airport").', test: (c) => followedBy(c, placeNounsAfter) },
  { id: 'organisation-noun-after', type: 'organization', reason: 'A lowercase organisation noun completes the name ("the Haqqani network").', test: (c) => followedBy(c, organizationNounsAfter) },
  { id: 'geographic-preposition', type: 'place', reason: '"along the X", "across the X" put X on a map.', test: (c) => c.previous?.text === 'the' && geographicPrepositions.has(c.tokens[c.previous.index - 1]?.text ?? '') },
  { id: 'place-noun-before', type: 'place', reason: '"the port town of X": a place noun before "of".', test: (c) => c.previous?.text === 'of' && placeNounsBefore.has(c.tokens[c.previous.index - 1]?.text ?? '') },
  {
    id: 'place-list',
    type: 'place',
    reason: 'A name in a list opened by "the counties of" or closed by "counties" ("Angelina, Aransas, … and Wise counties") is a place, given names and all ("Palo Pinto", "Van Zandt").',
    test: (c) => inPlaceList(c),
  },
  {
    id: 'the-place-name',
    type: 'place',
    reason: '"the Sierra Nevada": a name after "the" that opens with a given name and ends in a word the lexicon lists as a place is a place; people take no article.',
    test: (c) => c.name.length > 1 && c.previous?.text.toLowerCase() === 'the' && tagged(c.name[0]!, 'FirstName', 'GivenName') && tagged(c.name.at(-1)!, 'LexiconPlace'),
  },
  { id: 'first-name', type: 'person', reason: 'The name opens with a given name or honorific the lexicon knows.', test: (c) => c.name.length > 1 && tagged(c.name[0]!, 'FirstName', 'Honorific') },
  { id: 'hyphenated-given-name', type: 'person', reason: 'A family name and a hyphenated given name ("Hwang Hee-Chan", "Park Joo-Ho") is a Korean-style personal name, whatever the gazetteer says of "Park".', test: (c) => c.name.length >= 2 && c.name.length <= 3 && /^\p{Lu}\p{Ll}+-\p{Lu}?\p{Ll}+$/u.test(last(c)) && !c.name.some((t) => t.tags.has('Country')) },
  { id: 'gazetteer-place', type: 'place', reason: 'Every word is a place in compromise\'s gazetteer.', test: (c) => c.name.every((t) => tagged(t, 'Place', 'Country', 'City', 'Region')) },
  { id: 'speaker-name', type: 'person', reason: 'Two to five name words right before a speech verb name someone who speaks.', test: (c) => speaksNext(c.tokens, c.name.at(-1)!.index + 1) && c.name.length >= 2 && c.name.length <= 5 },
  {
    id: 'the-proper-noun',
    type: 'organization',
    reason: '"the X" with a lone capitalised X that modifies nothing names a body ("the Taliban").',
    test: (c) => c.name.length === 1 && (c.previous?.text === 'the' || c.previous?.text === 'The') && !(c.next !== undefined && joined(c.next) && !isNameToken(c.next) && tagged(c.next, 'Noun', 'Adjective')),
  },
  { id: 'gazetteer-person', type: 'person', reason: 'A word of the name is a person\'s name in the lexicon.', test: (c) => c.name.length >= 2 && c.name.some((t) => tagged(t, 'Person', 'LastName')) },
  {
    id: 'name-before-administration',
    type: 'person',
    reason: '"the Biden administration", "the Obama presidency": a lone name before "administration" or "presidency" is the president it is named after.',
    test: (c) => c.name.length === 1 && c.next !== undefined && joined(c.next) && /^(?:administration|presidency)(?:['’]s)?$/u.test(c.next.text) && !tagged(c.name[0]!, 'Place', 'Country', 'City', 'Region'),
  },
  { id: 'gazetteer-organisation', type: 'organization', reason: 'Every word is an organisation in the lexicon.', test: (c) => c.name.every((t) => t.tags.has('Organization')) },
  {
    id: 'locative-preposition',
    type: 'place',
    reason: 'A short unknown name after "in", "at", "from", "near" is probably a place ("in Hwange").',
    test: (c) => c.name.length <= 3 && c.previous !== undefined && locativePrepositions.has(c.previous.text) && !c.name.at(-1)!.possessive && !c.name[0]!.tags.has('FirstName'),
  },
  {
    id: 'coordinated-place',
    type: 'place',
    reason: '"in Bogor and Depok": a name joined by "and" to a place is a place.',
    test: (c) => {
      const before = c.previous && (c.previous.text === 'and' || c.previous.text === 'or') ? c.previousCandidate : undefined;
      return before !== undefined && before.type === 'place' && before.end <= c.previous!.start && c.text.slice(before.end, c.previous!.start).trim() === '' && !c.name[0]!.tags.has('FirstName');
    },
  },
  {
    id: 'lone-given-name',
    type: 'person',
    reason: '"Go ahead, Andrea.", "Jill and I": a lone word the lexicon knows only as a given name, away from the start of its sentence and outside a comma list of names ("Angelina, Cameron, Collin" counties; "Austen, Jane"), is a person.',
    test: (c) => c.name.length === 1 && c.name[0]!.index > 0 && c.name[0]!.tags.has('FirstName') && !tagged(c.name[0]!, 'Place', 'Country', 'City', 'Region', 'Organization', 'Verb', 'Month', 'WeekDay') && !inNameList(c) && !namesSomethingOwned(c),
  },
  { id: 'lone-plural-noun', type: 'none', reason: 'A lone plural of a dictionary noun after "for", "of" or "on" ("Commissioner for Refugees") names no one, and the corpus should not make it a surname.', test: (c) => lonePluralNoun(c) },
  { id: 'lone-name', type: 'corpus', reason: 'A lone unknown word may be a surname or a short name: the corpus decides.', test: (c) => c.name.length === 1 },
  {
    id: 'listed-with-person',
    type: 'person',
    reason: '"Yannick Carrasco, Romelu Lukaku and …": two or three unknown name words listed right after a person are a person too.',
    test: (c) => {
      const before = c.previousCandidate;
      return c.name.length >= 2 && c.name.length <= 3 && before?.type === 'person' && c.previous !== undefined && /^(?:,|,?\s*and|,?\s*or)$/u.test(c.text.slice(before.end, c.name[0]!.start).trim());
    },
  },
  {
    id: 'unknown-name-acting',
    type: 'person',
    reason: '"saved by Thibaut Courtois", "Nacer Chadli replaced Axel Witsel": two or three name words whose last is in no dictionary (WordNet), that do or undergo what a verb says (the agent after "by", the subject before a verb, the object after a past tense), are a person\'s name.',
    test: (c) => {
      // The last word must be in no dictionary: "Live Science" and "Opioid Prevention" are words, "Courtois" a name.
      if (c.name.length < 2 || c.name.length > 3 || !c.name.every(unknownWord) || isDictionaryWord(c.name.at(-1)!.text)) return false;
      const { previous: before, next: after } = c;
      return before?.text === 'by' || (after !== undefined && after.tags.has('Verb') && !after.tags.has('Copula') && !after.tags.has('Auxiliary')) || (before !== undefined && before.tags.has('PastTense') && !before.tags.has('Copula'));
    },
  },
  { id: 'unknown-phrase', type: 'none', reason: 'A phrase of several capitalised words no rule types is left out rather than guessed.', test: () => true },
] as const satisfies readonly EntityTypingRule[];

/** Rows that decide before a chunk is typed by the table above. */
export const chunkRules = [
  { id: 'statement-signer', reason: 'The name on a press statement\'s author line ("Antony J. Blinken, Secretary of State" under "Press Statement") signs the release.' },
  { id: 'transcript-label', reason: 'A transcript\'s turn label that names someone ("MS. PSAKI:") is that person, under the fullest name the text gives them.' },
  { id: 'inverted-name', reason: 'A catalogue\'s "Austen, Jane." — a surname, a comma and a given name the lexicon knows, ending at a full stop or "and" — is Jane Austen.' },
  { id: 'sentence-initial-speaker', reason: 'A lone capitalised word opening a sentence right before a speech verb ("Healy said") is a name, whatever its ending made the tagger think.' },
  { id: 'sentence-initial', reason: 'A common word capitalised only because it starts the sentence, kept for the corpus to recognise ("Pentagon").' },
] as const;

/** The id of a row of the entity tables. */
export type EntityRuleId = (typeof entityTypingRules)[number]['id'] | (typeof chunkRules)[number]['id'];

/** Every entity rule id, in table order. */
export const entityRuleIds = [...entityTypingRules.map((r) => r.id), ...chunkRules.map((r) => r.id)] as [EntityRuleId, ...EntityRuleId[]];

/** Types a chunk by the first row whose test holds. */
export function typeChunk(context: TypingContext): (typeof entityTypingRules)[number] {
  return entityTypingRules.find((rule) => (rule.test as (c: TypingContext) => boolean)(context))!;
}
