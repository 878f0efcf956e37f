/** The entity stage's working records: candidate mentions of people, organisations and places in one article. */
import type { EntityRuleId, EntityType } from '../../schema/index.ts';

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
  /** The row of the entity rule tables that typed the candidate. */
  rule: EntityRuleId;
  /** For people: the roles or titles the text gives them at this mention, with their offsets. */
  roles: RoleSpan[];
  /** An acronym given in parentheses right after the name: "Department of Defense (DOD)". */
  acronym: { text: string; start: number; end: number } | null;
  /** For people: the gender the text marks (a gendered first name, "Mr", "spokeswoman"), or null when it marks none. */
  gender?: 'male' | 'female' | null;
  /** True when the name stands where a clause's subject does (no verb before it in its clause, no possessive): only such a name is what a later "he" or "she" points back to. */
  subject?: boolean;
  /** For an untyped word that speaks ("Jen has said", "Allianz has said"): what it most likely is, should no entity claim it. */
  speaks?: 'person' | 'organization';
}
