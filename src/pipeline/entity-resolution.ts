/**
 * Entity resolution: the candidates of every article → one entity per person, organisation and place, with
 * its canonical name, aliases, roles and mentions. Surnames and lone words link to the full name they belong
 * to ("Kirby" → John Kirby); different people sharing a surname stay apart (Jill Biden is not Joe Biden).
 */
import type { Entity, EntityType, Role } from '../schema/index.ts';
import type { Candidate } from './entities.ts';
import { assignUniqueSlugs, slugify } from './ids.ts';
import { droppablePlaceHeads, mediaOutlets, placeVariants, titleWords } from './rules/entities.ts';

/** Rules whose typing yields to a stronger rule's for the same name. */
const weakRules = new Set(['first-name', 'gazetteer-person', 'gazetteer-place', 'gazetteer-organisation', 'speaker-name']);

/** Rules whose one-word guesses wait until the people of the corpus are known. */
const softRules = new Set(['gazetteer-place', 'locative-preposition', 'gazetteer-organisation']);

/** The candidates found in one article. */
export interface ArticleCandidates {
  articleId: string;
  candidates: readonly Candidate[];
}

const variantCanonical = new Map(placeVariants.flatMap((group) => group.map((name) => [surfaceKey(name), group[0]!] as const)));
const outletByKey = new Map(mediaOutlets.map((name) => [surfaceKey(name), name]));

/** The key names are compared by: lowercase letters and digits only, accents and a leading "the" removed. */
export function surfaceKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/['’]s$/u, '')
    .replace(/[^a-z0-9]/g, '');
}

/** The key a person is known by: their name without initials, honorifics or case ("Lloyd J. Austin" → "lloyd austin"). */
export function personKey(name: string): string {
  return name
    .split(/\s+/u)
    .filter((word) => !/^\p{L}\.?$/u.test(word) && !titleWords.has(word))
    .map(surfaceKey)
    .filter(Boolean)
    .join(' ');
}

/** The surname a lone mention would use: the last word of the name. */
function surnameOf(name: string): string {
  const words = personKey(name).split(' ');
  return words.at(-1) ?? '';
}

/** The key an organisation or place is known by; a leading country ("US Central Command") does not count. */
function organisationKey(name: string): string {
  const canonical = variantCanonical.get(surfaceKey(name));
  if (canonical) return surfaceKey(canonical);
  const words = name.split(/\s+/u);
  if (words.length > 2 && variantCanonical.has(surfaceKey(words[0]!))) return surfaceKey(words.slice(1).join(' '));
  return surfaceKey(name);
}

/** A minimal union-find over string keys. */
class KeyGroups {
  #parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.#parent.has(root) && this.#parent.get(root) !== root) root = this.#parent.get(root)!;
    this.#parent.set(key, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    // The smaller key wins, so grouping never depends on input order.
    if (ra === rb) return;
    if (ra < rb) this.#parent.set(rb, ra);
    else this.#parent.set(ra, rb);
  }
}

interface Placed {
  articleId: string;
  candidate: Candidate;
}

interface Group {
  key: string;
  members: Placed[];
  type: EntityType;
}

const mostCommon = <T>(values: readonly T[], tieBreak: (a: T, b: T) => number): T | undefined => {
  const counts = new Map<T, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || tieBreak(a[0], b[0]))[0]?.[0];
};

const byTextThenLength = (a: string, b: string) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0);

/**
 * Resolves the candidates of all articles into entities. Takes the candidates per article and the editorial
 * alias groups (first name canonical); returns entities sorted by id, every mention with its offsets.
 */
export function resolveEntities(articles: readonly ArticleCandidates[], aliasGroups: ReadonlyArray<readonly string[]>): Entity[] {
  const placed: Placed[] = articles.flatMap(({ articleId, candidates }) => candidates.map((candidate) => ({ articleId, candidate })));
  const groups = new KeyGroups();
  const editorialCanonical = new Map<string, string>();
  for (const group of aliasGroups) {
    for (const name of group) {
      groups.union(organisationKey(group[0]!), organisationKey(name));
    }
  }
  const keyOf = (c: Candidate) => {
    if (c.type === 'person') return `person:${personKey(c.text)}`;
    // "Ciliwung River" and "the Ciliwung" are one place.
    const words = c.text.split(/\s+/u);
    if (c.type === 'place' && words.length > 1 && droppablePlaceHeads.has(words.at(-1)!)) return organisationKey(words.slice(0, -1).join(' '));
    return organisationKey(c.text);
  };
  // Acronyms given in parentheses name the same thing as the words before them.
  for (const { candidate } of placed) {
    if (candidate.acronym && candidate.type !== 'person') groups.union(organisationKey(candidate.text), organisationKey(candidate.acronym.text));
  }
  for (const group of aliasGroups) editorialCanonical.set(groups.find(organisationKey(group[0]!)), group[0]!);

  // 1. Typed candidates with full names make the groups; those typed by a weak rule join a group of the
  //    same name made by a strong one ("Abu Amama" the town, not a person named Abu Amama).
  const byRoot = new Map<string, Placed[]>();
  const deferred: Placed[] = [];
  const weak: Placed[] = [];
  for (const item of placed) {
    if (weakRules.has(item.candidate.rule) && item.candidate.text.includes(' ')) {
      weak.push(item);
      continue;
    }
    const { candidate } = item;
    const lone = candidate.type === 'person' && personKey(candidate.text).split(' ').length < 2;
    // A lone word a gazetteer calls a place may be a surname ("Bolton added"): decided after the people are known.
    const soft = softRules.has(candidate.rule) && !candidate.text.includes(' ');
    if (candidate.type === null || lone || soft) {
      deferred.push(item);
      continue;
    }
    const root = groups.find(keyOf(candidate));
    byRoot.set(root, [...(byRoot.get(root) ?? []), item]);
  }
  for (const item of weak) {
    const sameName = groups.find(organisationKey(item.candidate.text));
    const root = byRoot.has(sameName) ? sameName : groups.find(keyOf(item.candidate));
    byRoot.set(root, [...(byRoot.get(root) ?? []), item]);
  }
  const resolved = new Map<string, Group>();
  for (const [root, members] of byRoot) {
    // Weak rules vote only when no strong rule typed the name.
    const strong = members.filter((m) => !weakRules.has(m.candidate.rule));
    const voters = strong.length > 0 ? strong : members;
    const type = mostCommon(voters.map((m) => m.candidate.type!), (a, b) => (a < b ? -1 : 1))!;
    resolved.set(root, { key: root, members, type });
  }

  // 2. Lone words link to a group: an organisation or place by the same name, or a person by surname.
  const peopleBySurname = new Map<string, Group[]>();
  for (const group of resolved.values()) {
    if (group.type !== 'person') continue;
    const surname = surnameOf(group.members[0]!.candidate.text);
    peopleBySurname.set(surname, [...(peopleBySurname.get(surname) ?? []), group]);
  }
  for (const item of deferred) {
    const { candidate, articleId } = item;
    // A short form of an organisation named in full in the article: "Hanseong" for Hanseong Motors.
    const shortForm = [...resolved.values()].find(
      (g) => g.type === 'organization' && g.members.some((m) => m.articleId === articleId && m.candidate.text.startsWith(`${candidate.text} `)),
    );
    const byName = resolved.get(groups.find(organisationKey(candidate.text))) ?? (candidate.type === null ? shortForm : undefined);
    const surname = personKey(candidate.text);
    const people = peopleBySurname.get(surname) ?? [];
    const sameArticle = people.filter((g) => g.members.some((m) => m.articleId === articleId));
    // In the article, a bare surname means whoever was named first in full (news style names a person in full,
    // then by surname); across the corpus, the most-mentioned person of that surname ("Biden" → Joe Biden).
    const firstMention = (g: Group) => Math.min(...g.members.filter((m) => m.articleId === articleId).map((m) => m.candidate.start));
    const person =
      sameArticle.length > 0
        ? [...sameArticle].sort((a, b) => firstMention(a) - firstMention(b))[0]
        : [...people].sort((a, b) => b.members.length - a.members.length || (a.key < b.key ? -1 : 1))[0];
    const personHere = sameArticle.length > 0 ? person : undefined;
    // A gazetteer's guess yields to a person of that surname: in the article for places ("Bolton added"),
    // anywhere for organisations ("the Biden administration").
    const yieldsTo = candidate.type === 'place' ? personHere : candidate.type === 'organization' ? person : undefined;
    if (candidate.type === 'person' && person) person.members.push(item);
    else if (yieldsTo) yieldsTo.members.push(item);
    else if (byName && byName.type !== 'person' && candidate.type !== 'person') byName.members.push(item);
    else if (candidate.type === 'place' || candidate.type === 'organization') {
      const key = groups.find(keyOf(candidate));
      const group = resolved.get(key) ?? { key, members: [], type: candidate.type };
      group.members.push(item);
      resolved.set(key, group);
    } else if (person) person.members.push(item);
    else if (candidate.type === 'person') {
      const key = `person:${surname}`;
      const group = resolved.get(key) ?? { key, members: [], type: 'person' as const };
      group.members.push(item);
      resolved.set(key, group);
    }
    // An untyped word that names nothing known is not an entity.
  }

  const groupsInOrder = [...resolved.values()];
  const entities = groupsInOrder.map((group) => toEntity(group, editorialCanonical.get(group.key), aliasGroups));
  // An id comes from the entity's first full-name mention in corpus order (articles in file order), so articles
  // added after it, which can change its display name, do not change its permalink.
  const order = new Map(articles.map((a, i) => [a.articleId, i]));
  const firstName = (group: Group, entity: Entity) => {
    const full = group.members.filter((m) => group.type !== 'person' || personKey(m.candidate.text).split(' ').length >= 2);
    const first = (full.length > 0 ? full : group.members).reduce((a, b) => (order.get(a.articleId)! - order.get(b.articleId)! || a.candidate.start - b.candidate.start) <= 0 ? a : b);
    const written = first.candidate.text.replace(/^the\s+/iu, '');
    if (group.type === 'person') return written.split(/\s+/u).filter((w) => !/^\p{L}\.?$/u.test(w) && !titleWords.has(w)).join(' ');
    return editorialCanonical.get(group.key) ?? variantCanonical.get(group.key) ?? (entity.media ? entity.name : written);
  };
  const slugs = assignUniqueSlugs(
    groupsInOrder.map((group, i) => ({ group, entity: entities[i]! })),
    ({ group, entity }) => slugify(firstName(group, entity)),
    ({ group, entity }) => `${String(Math.min(...group.members.map((m) => order.get(m.articleId)!))).padStart(6, '0')}:${entity.type}:${entity.name}`,
  );
  return entities.map((entity, i) => ({ ...entity, id: slugs[i]! })).sort((a, b) => (a.id < b.id ? -1 : 1));
}

function toEntity(group: Group, editorialName: string | undefined, aliasGroups: ReadonlyArray<readonly string[]>): Entity {
  const forms = group.members.map((m) => m.candidate.text.replace(/^the\s+/u, ''));
  // A dateline's capitals ("JAKARTA") are typography, not the name: prefer the form the story prints.
  const printed = forms.filter((f) => f.length <= 4 || f !== f.toUpperCase());
  const usual = printed.length > 0 ? printed : forms.map((f) => f.toLowerCase().replace(/(^|[\s-])\p{L}/gu, (c) => c.toUpperCase()));
  const fullForms = group.type === 'person' ? usual.filter((f) => personKey(f).split(' ').length >= 2) : usual;
  const variant = variantCanonical.get(group.key);
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
    .map(({ articleId, candidate }) => ({ articleId, start: candidate.start, end: candidate.end }))
    .sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : a.start - b.start));
  const outlet = outletByKey.get(surfaceKey(name));
  const media = group.members.some((m) => m.candidate.media) || outlet !== undefined;
  return {
    id: '',
    type: group.type,
    // An outlet is called as it calls itself ("The Herald"), whatever the copy drops.
    name: outlet ?? name,
    aliases: outlet ? [...new Set([...aliases, name])].filter((a) => a !== outlet).sort() : aliases,
    roles,
    media,
    articleIds: [...new Set(mentions.map((m) => m.articleId))].sort(),
    mentions,
  };
}
