/**
 * Identity across articles as data. Full names group first (`groupingRules`); then each lone word — a surname, a
 * short name, an untyped capitalised word — is linked by the first row of `linkRules` that finds it a home.
 * Every mention records the row that linked it, so a wrong merge leads to one row.
 */
import type { EntityRuleId, EntityType } from '../../schema/index.ts';
import type { Candidate } from '../entities/types.ts';

/** A candidate placed in its article, and the row that linked it to its entity. */
export interface Placed {
  articleId: string;
  candidate: Candidate;
  link: IdentityRuleId;
}

/** Mentions that name one entity, and its type. */
export interface Group {
  key: string;
  members: Placed[];
  type: EntityType;
}

/** Typing rows whose guess yields to a stronger row's for the same name: the gazetteer, a first name, a speech verb. */
export const weakTypingRules: ReadonlySet<EntityRuleId> = new Set(['first-name', 'gazetteer-person', 'gazetteer-place', 'gazetteer-organisation', 'speaker-name']);

/** Typing rows whose one-word guesses wait until the people of the corpus are known ("Bolton" may be a surname). */
export const softTypingRules: ReadonlySet<EntityRuleId> = new Set(['gazetteer-place', 'locative-preposition', 'gazetteer-organisation']);

/** Rows that group full names, and the merges made before any lone word is linked. */
export const groupingRules = [
  { id: 'full-name', reason: 'Two mentions of a person with the same given and family names, titles and initials aside, are one person.' },
  { id: 'same-name', reason: 'Two organisations or places with the same name ("the Taliban", "Taliban"; "U.S.", "United States") are one.' },
  { id: 'editorial-alias', reason: 'The editorial file says two names are one (DOD = Pentagon): knowledge no rule has.' },
  { id: 'parenthesised-acronym', reason: '"Department of Defense (DOD)": the text itself defines the acronym.' },
  { id: 'place-head-dropped', reason: '"Ciliwung River" and "the Ciliwung": a generic place word may be left off.' },
  { id: 'weak-joins-strong', reason: 'A name typed by a weak rule (the gazetteer, a first name) joins the same name typed by a strong one ("Abu Amama" the town).' },
] as const;

/** What a link row sees about one lone mention. */
export interface LinkContext {
  item: Placed;
  /** The non-person group with this name, when there is one. */
  byName: Group | undefined;
  /** An organisation named in full in this article whose name starts with this word ("Hanseong" → Hanseong Motors). */
  shortForm: Group | undefined;
  /** The person of this surname named first in this article. */
  personInArticle: Group | undefined;
  /** The most-mentioned person of this surname in the corpus. */
  personInCorpus: Group | undefined;
  /** The one person of the article whose given name this is ("Sir Keith" → Keith Joseph), if exactly one. */
  givenNameInArticle: Group | undefined;
}

/** One link row: the group a lone mention joins, `new` for a group of its own, or null when the row does not apply. */
export interface LinkRule {
  id: string;
  reason: string;
  link: (c: LinkContext) => Group | 'new' | null;
}

const typeOf = (c: LinkContext) => c.item.candidate.type;

/** The link rows, tried in order; a mention no row links is no entity. */
export const linkRules = [
  { id: 'surname-in-article', reason: 'News style names a person in full, then by surname: a surname means the person first named in full in the article.', link: (c) => (typeOf(c) === 'person' ? (c.personInArticle ?? null) : null) },
  { id: 'given-name-in-article', reason: 'A given name alone ("Sir Keith", "Jen") is the one person of the article named in full with it.', link: (c) => (typeOf(c) === 'person' || typeOf(c) === null ? (c.givenNameInArticle ?? null) : null) },
  { id: 'surname-in-corpus', reason: 'A surname the article never gave in full means the most-mentioned person of that surname ("Biden").', link: (c) => (typeOf(c) === 'person' ? (c.personInCorpus ?? null) : null) },
  { id: 'place-yields-to-person', reason: 'A gazetteer\'s place guess yields to a person of that surname in the article ("Bolton added" is John Bolton).', link: (c) => (typeOf(c) === 'place' ? (c.personInArticle ?? null) : null) },
  { id: 'organisation-yields-to-person', reason: 'An organisation guess yields to a person of that surname anywhere ("the Biden administration").', link: (c) => (typeOf(c) === 'organization' ? (c.personInArticle ?? c.personInCorpus ?? null) : null) },
  { id: 'same-name', reason: 'A lone word that is the name of a known organisation or place joins it.', link: (c) => (typeOf(c) !== 'person' && c.byName && c.byName.type !== 'person' ? c.byName : null) },
  { id: 'short-form', reason: 'An untyped word that opens the name of an organisation of the article is its short form ("Hanseong").', link: (c) => (typeOf(c) === null && c.shortForm ? c.shortForm : null) },
  { id: 'new-name', reason: 'A lone organisation or place name with no match is an entity of its own.', link: (c) => (typeOf(c) === 'organization' || typeOf(c) === 'place' ? 'new' : null) },
  { id: 'untyped-surname', reason: 'An untyped word that is the surname of a known person is that person.', link: (c) => (typeOf(c) === null ? (c.personInArticle ?? c.personInCorpus ?? null) : null) },
  { id: 'lone-surname', reason: 'A surname whose bearer is never named in full is a person known by that name only.', link: (c) => (typeOf(c) === 'person' ? 'new' : null) },
  { id: 'speaking-name', reason: 'An untyped word that speaks ("Jen has said", "Allianz has said") and no row above claims is an entity of its own: a person when the lexicon knows the name, else an organisation.', link: (c) => (typeOf(c) === null && c.item.candidate.speaks ? 'new' : null) },
] as const satisfies readonly LinkRule[];

/** The id of a row of the identity tables, recorded on each mention. */
export type IdentityRuleId = (typeof groupingRules)[number]['id'] | (typeof linkRules)[number]['id'];

/** Every identity rule id, in table order. */
export const identityRuleIds = [...groupingRules.map((r) => r.id), ...linkRules.map((r) => r.id)] as [IdentityRuleId, ...IdentityRuleId[]];

/** The first link row that finds a home for a lone mention, and that home; null when none does. */
export function linkLoneMention(context: LinkContext): { rule: IdentityRuleId; home: Group | 'new' } | null {
  for (const rule of linkRules) {
    const home = (rule.link as LinkRule['link'])(context);
    if (home) return { rule: rule.id, home };
  }
  return null;
}
