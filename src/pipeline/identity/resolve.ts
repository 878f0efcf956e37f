/**
 * Entity resolution: the candidates of every article → one entity per person, organisation and place. Full
 * names group first; weakly typed names join a strongly typed group of the same name; then every lone word is
 * linked by the first row of `rules/identity.ts` that finds it a home. Each mention keeps the row that linked it.
 */
import type { Entity, EntityType } from '../../schema/index.ts';
import type { Candidate } from '../entities/types.ts';
import { droppablePlaceHeads, roleNouns, titleHeads } from '../rules/entities.ts';
import { linkLoneMention, softTypingRules as softRules, weakTypingRules as weakRules, type Group, type Placed } from '../rules/identity.ts';
import { KeyGroups, organisationKey, personKey, personKeyLength, surnameOf } from './keys.ts';
import { toEntities } from './entity.ts';

/** The candidates found in one article. */
export interface ArticleCandidates {
  articleId: string;
  candidates: readonly Candidate[];
}

const mostCommon = <T>(values: readonly T[], tieBreak: (a: T, b: T) => number): T | undefined => {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || tieBreak(a[0], b[0]))[0]?.[0];
};

/** The key a typed candidate groups under: a person's name key, else the organisation or place key. */
function keyOf(candidate: Candidate): string {
  if (candidate.type === 'person') return `person:${personKey(candidate.text)}`;
  const words = candidate.text.split(/\s+/u);
  if (candidate.type === 'place' && words.length > 1 && droppablePlaceHeads.has(words.at(-1)!)) return organisationKey(words.slice(0, -1).join(' '));
  return organisationKey(candidate.text);
}

/** Groups the full names: strong types first, then weakly typed names that join a strong group of the same name. */
function groupFullNames(placed: readonly Placed[], groups: KeyGroups, aliasKeys: ReadonlySet<string>, acronymKeys: ReadonlySet<string>) {
  const byRoot = new Map<string, Placed[]>();
  const deferred: Placed[] = [];
  const weak: Placed[] = [];
  const add = (root: string, item: Placed) => byRoot.set(root, [...(byRoot.get(root) ?? []), item]);
  for (const item of placed) {
    const { candidate } = item;
    if (weakRules.has(candidate.rule) && candidate.text.includes(' ')) {
      weak.push(item);
      continue;
    }
    const lone = candidate.type === 'person' && personKeyLength(candidate.text) < 2;
    // A lone word a gazetteer calls a place may be a surname ("Bolton added"): decided after the people are known.
    const soft = softRules.has(candidate.rule) && !candidate.text.includes(' ');
    if (candidate.type === null || lone || soft) {
      deferred.push(item);
      continue;
    }
    const key = keyOf(candidate);
    item.link = candidate.type === 'person' ? 'full-name' : aliasKeys.has(key) ? 'editorial-alias' : acronymKeys.has(key) ? 'parenthesised-acronym' : key !== organisationKey(candidate.text) ? 'place-head-dropped' : 'same-name';
    add(groups.find(key), item);
  }
  for (const item of weak) {
    const sameName = groups.find(organisationKey(item.candidate.text));
    const joins = byRoot.has(sameName);
    item.link = joins ? 'weak-joins-strong' : item.candidate.type === 'person' ? 'full-name' : 'same-name';
    add(joins ? sameName : groups.find(keyOf(item.candidate)), item);
  }
  const resolved = new Map<string, Group>();
  for (const [root, members] of byRoot) {
    // Weak rules vote only when no strong rule typed the name.
    const strong = members.filter((m) => !weakRules.has(m.candidate.rule));
    const voters = strong.length > 0 ? strong : members;
    const type = mostCommon(voters.map((m) => m.candidate.type!), (a, b) => (a < b ? -1 : 1))!;
    resolved.set(root, { key: root, members, type });
  }
  return { resolved, deferred };
}

/** The title and role words a mention is given ("President", "spokesman"), lowercased. */
const roleWordsOf = (candidate: Candidate) =>
  new Set(candidate.roles.flatMap((r) => r.label.split(/\s+/u)).filter((w) => titleHeads.has(w) || roleNouns.has(w.toLowerCase())).map((w) => w.toLowerCase()));

/**
 * True when a lone surname may be the person a group names: the text marks no other gender for them, and when both
 * carry titles, a title is shared ("President Biden" is not First Lady Jill Biden; "General McKenzie" is not a
 * reporter named Mackenzie).
 */
function compatible(candidate: Candidate, group: Group): boolean {
  const genders = new Set(group.members.map((m) => m.candidate.gender).filter(Boolean));
  if (candidate.gender && genders.size > 0 && !genders.has(candidate.gender)) return false;
  const mine = roleWordsOf(candidate);
  if (mine.size === 0) return true;
  const theirs = new Set(group.members.flatMap((m) => [...roleWordsOf(m.candidate)]));
  return theirs.size === 0 || [...mine].some((w) => theirs.has(w));
}

/** Indexes for linking lone words: people by surname, organisations by the first word of their name per article. */
function indexGroups(resolved: ReadonlyMap<string, Group>) {
  const peopleBySurname = new Map<string, Group[]>();
  const organisationsByOpening = new Map<string, Group>();
  for (const group of resolved.values()) {
    if (group.type === 'person') {
      const surname = surnameOf(group.members[0]!.candidate.text);
      peopleBySurname.set(surname, [...(peopleBySurname.get(surname) ?? []), group]);
    } else if (group.type === 'organization') {
      for (const m of group.members) {
        const opening = `${m.articleId}\0${m.candidate.text.split(/\s+/u)[0]}`;
        if (m.candidate.text.includes(' ') && !organisationsByOpening.has(opening)) organisationsByOpening.set(opening, group);
      }
    }
  }
  return { peopleBySurname, organisationsByOpening };
}

/**
 * Resolves the candidates of all articles into entities. Takes the candidates per article and the editorial
 * alias groups (first name canonical); returns entities sorted by id, every mention with its offsets and link row.
 */
export function resolveEntities(articles: readonly ArticleCandidates[], aliasGroups: ReadonlyArray<readonly string[]>): Entity[] {
  const placed: Placed[] = articles.flatMap(({ articleId, candidates }) => candidates.map((candidate) => ({ articleId, candidate, link: 'same-name' as const })));
  const groups = new KeyGroups();
  const aliasKeys = new Set<string>();
  for (const group of aliasGroups) {
    for (const name of group) {
      groups.union(organisationKey(group[0]!), organisationKey(name));
      if (name !== group[0]) aliasKeys.add(organisationKey(name));
    }
  }
  const acronymKeys = new Set<string>();
  for (const { candidate } of placed) {
    if (candidate.acronym && candidate.type !== 'person') {
      groups.union(organisationKey(candidate.text), organisationKey(candidate.acronym.text));
      acronymKeys.add(organisationKey(candidate.acronym.text));
    }
  }
  const editorialCanonical = new Map<string, string>();
  for (const group of aliasGroups) editorialCanonical.set(groups.find(organisationKey(group[0]!)), group[0]!);

  const { resolved, deferred } = groupFullNames(placed, groups, aliasKeys, acronymKeys);
  const { peopleBySurname, organisationsByOpening } = indexGroups(resolved);
  const peopleByGivenName = new Map<string, Set<Group>>();
  for (const group of resolved.values()) {
    if (group.type !== 'person') continue;
    for (const m of group.members) {
      const key = personKey(m.candidate.text).split(' ');
      if (key.length >= 2) peopleByGivenName.set(`${m.articleId}\0${key[0]}`, (peopleByGivenName.get(`${m.articleId}\0${key[0]}`) ?? new Set()).add(group));
    }
  }
  for (const item of deferred) {
    const { candidate, articleId } = item;
    const people = (peopleBySurname.get(personKey(candidate.text)) ?? []).filter((g) => compatible(candidate, g));
    const firstMention = (g: Group) => Math.min(...g.members.filter((m) => m.articleId === articleId).map((m) => m.candidate.start));
    const inArticle = people.filter((g) => g.members.some((m) => m.articleId === articleId)).sort((a, b) => firstMention(a) - firstMention(b))[0];
    const inCorpus = [...people].sort((a, b) => b.members.length - a.members.length || (a.key < b.key ? -1 : 1))[0];
    const byGivenName = [...(peopleByGivenName.get(`${articleId}\0${personKey(candidate.text)}`) ?? [])].filter((g) => compatible(candidate, g));
    const linked = linkLoneMention({
      item,
      byName: resolved.get(groups.find(organisationKey(candidate.text))),
      shortForm: organisationsByOpening.get(`${articleId}\0${candidate.text}`),
      personInArticle: inArticle,
      personInCorpus: inCorpus,
      givenNameInArticle: byGivenName.length === 1 && people.length === 0 ? byGivenName[0] : undefined,
    });
    if (!linked) continue;
    item.link = linked.rule;
    if (linked.home !== 'new') {
      linked.home.members.push(item);
      continue;
    }
    const type: EntityType = candidate.type ?? candidate.speaks ?? 'person';
    const key = type === 'person' ? `person:${personKey(candidate.text)}` : groups.find(keyOf(candidate));
    const group = resolved.get(key) ?? { key, members: [], type };
    group.members.push(item);
    resolved.set(key, group);
  }
  return toEntities([...resolved.values()], articles.map((a) => a.articleId), editorialCanonical, aliasGroups);
}

