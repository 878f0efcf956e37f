/**
 * Sources as data: who a claim's speaker is, as a source record. A named person or body is the source of its
 * entity; an institution's voice in any wording ("DOD officials", "Officials from the Department of Defense", "the US
 * military") is that institution, one source with its wordings listed; an anonymous individual ("a U.S. official"),
 * a document or an unnamed body belongs to its article, since "a senior official" in two articles may be two people.
 */
import type { SourceType } from '../../schema/index.ts';
import type { SpeakerRef } from '../attribution/types.ts';

/** An entity as a source row sees it. */
export interface SourceEntity {
  id: string;
  type: 'person' | 'organization' | 'place';
  name: string;
  media: boolean;
  aliases: readonly string[];
}

/** What a source row sees: the speaker, its words, the entities named inside them, and entities by editorial name. */
export interface SourceContext {
  speaker: SpeakerRef;
  /** The speaker's words, as printed, whitespace normalised. */
  words: string;
  /** The entity the speaker's candidate belongs to, when named. */
  named: SourceEntity | undefined;
  /** Organisations named inside the speaker's words ("DOD" in "DOD officials"). */
  organisationsInside: readonly SourceEntity[];
  /** An entity called by a name ("US military") in the corpus or the editorial alias table. */
  entityNamed: (name: string) => SourceEntity | undefined;
}

/** What a row decides: a source shared across articles (an entity's, or an institution's by key), or one of its article. */
export type SourcePick =
  | { scope: 'entity'; entity: SourceEntity }
  | { scope: 'corpus'; key: string; label: string; type: SourceType }
  | { scope: 'article'; type: SourceType };

/** One source row. */
export interface SourceRule {
  id: string;
  reason: string;
  pick: (c: SourceContext) => SourcePick | null;
}

/** Nouns for the collective voice of an institution: "officials", "spokespeople", "authorities", "representatives". */
export const collectiveVoices: ReadonlySet<string> = new Set(['officials', 'spokespeople', 'authorities', 'representatives', 'leaders', 'sources']);

/** Nouns for a country's institutions: "the US military", "British authorities", "the Afghan government". */
export const countryInstitutions: ReadonlyMap<string, string> = new Map([
  ['military', 'military'], ['armed forces', 'military'], ['military authorities', 'military'], ['military officials', 'military'], ['forces', 'military'],
  ['government', 'government'], ['administration', 'government'], ['authorities', 'authorities'],
]);

/** Country names and adjectives, by the name the country is known by: "American", "U.S." → "US". */
export const countryForms: ReadonlyMap<string, string> = new Map([
  ['us', 'US'], ['u.s.', 'US'], ['united states', 'US'], ['american', 'US'], ['america', 'US'],
  ['uk', 'UK'], ['u.k.', 'UK'], ['british', 'UK'], ['britain', 'UK'], ['united kingdom', 'UK'],
  ['afghan', 'Afghan'], ['afghanistan', 'Afghan'], ['pakistani', 'Pakistani'], ['pakistan', 'Pakistani'], ['russian', 'Russian'], ['russia', 'Russian'],
  ['chinese', 'Chinese'], ['china', 'Chinese'], ['french', 'French'], ['france', 'French'], ['german', 'German'], ['germany', 'German'],
  ['israeli', 'Israeli'], ['israel', 'Israeli'], ['iranian', 'Iranian'], ['iran', 'Iranian'], ['ukrainian', 'Ukrainian'], ['ukraine', 'Ukrainian'],
  ['indonesian', 'Indonesian'], ['indonesia', 'Indonesian'], ['turkish', 'Turkish'], ['turkey', 'Turkish'], ['swedish', 'Swedish'], ['sweden', 'Swedish'],
]);

const kindType = (speaker: SpeakerRef): SourceType => (speaker.kind === 'anonymous' ? 'anonymous' : speaker.kind === 'document' ? 'document' : 'organization');
/** Two bodies joined: "US and Taliban officials", "Afghan, US officials". */
const coordinated = /\s(?:and|&)\s|,\s/u;
const counted = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|some|many|multiple|\d+)\s/iu;

/** "the US military", "American military authorities" → its country's institution: "US military". */
export function countryInstitution(words: string): { country: string; institution: string } | null {
  const bare = words.toLowerCase().replace(/^the\s+/u, '').replace(/\s+/gu, ' ').trim();
  for (const [form, country] of countryForms) {
    if (!bare.startsWith(`${form} `)) continue;
    const institution = countryInstitutions.get(bare.slice(form.length + 1));
    if (institution) return { country, institution };
  }
  return null;
}

/** The rows, tried in order; the last always applies. */
export const sourceRules = [
  {
    id: 'named-entity',
    reason: 'A named person, body or outlet is the source of its entity, however the article words it.',
    pick: (c) => (c.speaker.kind === 'named' && c.named ? { scope: 'entity', entity: c.named } : null),
  },
  {
    id: 'officials-of-institution',
    reason: '"DOD officials", "Officials from the Department of Defense": the collective voice of a named body is that body — unless counted ("two DOD officials" are individuals) or shared with another ("US and Taliban officials").',
    pick: (c) => {
      const head = c.words.toLowerCase().match(/[a-z]+/gu)?.find((w) => collectiveVoices.has(w));
      const body = c.organisationsInside.find((e) => e.type === 'organization' && !e.media);
      return head && body && !counted.test(c.words) && !coordinated.test(c.words) ? { scope: 'entity', entity: body } : null;
    },
  },
  {
    id: 'country-institution',
    reason: '"the US military", "American military authorities": a country\'s institution is one source across articles, and the entity the editorial file names it as, when it does.',
    pick: (c) => {
      const found = countryInstitution(c.words);
      if (!found) return null;
      const label = `${found.country} ${found.institution}`;
      const entity = c.entityNamed(label);
      return entity ? { scope: 'entity', entity } : { scope: 'corpus', key: `institution:${label.toLowerCase()}`, label, type: 'organization' };
    },
  },
  { id: 'article-source', reason: 'An anonymous individual, a document or an unnamed body belongs to its article: "a senior official" in two articles may be two people.', pick: (c) => ({ scope: 'article', type: kindType(c.speaker) }) },
] as const satisfies readonly SourceRule[];

/** The id of a source row. */
export type SourceRuleId = (typeof sourceRules)[number]['id'];

/** Every source rule id, in table order. */
export const sourceRuleIds = sourceRules.map((r) => r.id) as [SourceRuleId, ...SourceRuleId[]];
