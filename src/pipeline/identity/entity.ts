/** Entity records: a resolved group of mentions → its name, aliases, roles, mentions, type rule and a stable id. */
import type { Entity, Role } from '../../schema/index.ts';
import { assignUniqueSlugs, slugify } from '../ids.ts';
import { mediaOutlets, titleWords } from '../rules/entities.ts';
import { weakTypingRules as weakRules, type Group } from '../rules/identity.ts';
import { canonicalVariant, personKeyLength, surfaceKey } from './keys.ts';


const outletByKey = new Map(mediaOutlets.map((name) => [surfaceKey(name), name]));

const mostCommon = <T>(values: readonly T[], tieBreak: (a: T, b: T) => number): T | undefined => {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || tieBreak(a[0], b[0]))[0]?.[0];
};

const byTextThenLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

/** The name written without initials and titles, for a person's id. */
const bareName = (written: string) => written.split(/\s+/u).filter((w) => !/^\p{L}\.?$/u.test(w) && !titleWords.has(w)).join(' ');

/** One group as an entity record (id left empty). */
function toEntity(group: Group, editorialName: string | undefined, aliasGroups: ReadonlyArray<readonly string[]>): Entity {
  const forms = group.members.map((m) => m.candidate.text.replace(/^the\s+/u, ''));
  // A dateline's capitals ("JAKARTA") are typography, not the name: prefer the form the story prints.
  const printed = forms.filter((f) => f.length <= 4 || f !== f.toUpperCase());
  const usual = printed.length > 0 ? printed : forms.map((f) => f.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()));
  const fullForms = group.type === 'person' ? usual.filter((f) => personKeyLength(f) >= 2) : usual;
  const variant = canonicalVariant(group.key);
  const name = editorialName ?? variant ?? mostCommon(fullForms.length > 0 ? fullForms : usual, byTextThenLength)!;
  const editorialForms = editorialName ? (aliasGroups.find((g) => g[0] === editorialName) ?? []) : [];
  const aliases = [...new Set([...forms, ...editorialForms])].filter((form) => form !== name).sort();
  const roles: Role[] = [];
  const seenRoles = new Set<string>();
  for (const { articleId, candidate } of group.members) {
    for (const role of candidate.roles) {
      const key = `${articleId}:${role.start}`;
      if (seenRoles.has(key)) continue;
      seenRoles.add(key);
      roles.push({ label: role.label, articleId, start: role.start, end: role.end });
    }
  }
  const mentions = group.members
    .map(({ articleId, candidate, link }) => ({ articleId, start: candidate.start, end: candidate.end, link }))
    .sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
  const outlet = outletByKey.get(surfaceKey(name));
  const media = group.members.some((m) => m.candidate.media) || outlet !== undefined;
  // The row that typed the entity: the first mention of its type by a strong rule, else by any rule.
  const typed = group.members.filter((m) => m.candidate.type === group.type);
  const decider = typed.find((m) => !weakRules.has(m.candidate.rule)) ?? typed[0] ?? group.members[0]!;
  return {
    id: '',
    type: group.type,
    // An outlet is called as it calls itself ("The Herald"), whatever the copy drops.
    name: outlet ?? name,
    aliases: outlet ? [...new Set([...aliases, name])].filter((a) => a !== outlet).sort() : aliases,
    roles,
    media,
    typeRule: decider.candidate.rule,
    articleIds: [...new Set(mentions.map((m) => m.articleId))].sort(),
    mentions,
  };
}

/**
 * Makes the entity records of the resolved groups, with ids from each entity's first full-name mention in corpus
 * order (articles in file order), so that articles added later, which can change a display name, keep permalinks.
 */
export function toEntities(groups: readonly Group[], articleOrder: readonly string[], editorialCanonical: ReadonlyMap<string, string>, aliasGroups: ReadonlyArray<readonly string[]>): Entity[] {
  const order = new Map(articleOrder.map((id, i) => [id, i]));
  const entities = groups.map((group) => toEntity(group, editorialCanonical.get(group.key), aliasGroups));
  const firstName = (group: Group, entity: Entity) => {
    const full = group.members.filter((m) => group.type !== 'person' || personKeyLength(m.candidate.text) >= 2);
    const first = (full.length > 0 ? full : group.members).reduce((a, b) => ((order.get(a.articleId)! - order.get(b.articleId)! || a.candidate.start - b.candidate.start) <= 0 ? a : b));
    const written = first.candidate.text.replace(/^the\s+/iu, '');
    if (group.type === 'person') return bareName(written);
    return editorialCanonical.get(group.key) ?? canonicalVariant(group.key) ?? (entity.media ? entity.name : written);
  };
  const slugs = assignUniqueSlugs(
    groups.map((group, i) => ({ group, entity: entities[i]! })),
    ({ group, entity }) => slugify(firstName(group, entity)),
    ({ group, entity }) => `${String(Math.min(...group.members.map((m) => order.get(m.articleId)!))).padStart(6, '0')}:${entity.type}:${entity.name}`,
  );
  return entities.map((entity, i) => ({ ...entity, id: slugs[i]! })).sort((a, b) => (a.id < b.id ? -1 : 1));
}
