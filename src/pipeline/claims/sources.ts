/**
 * Sources: each claim's speaker → a source record, by the rows of `rules/sources.ts`. Sources shared across
 * articles (an entity's, a country's institution) are keyed by what they are; others by their article and words.
 * Every wording a source was cited by is kept as one of its variants.
 */
import type { Article, Entity, Source, SourceType } from '../../schema/index.ts';
import type { SpeakerRef } from '../attribution/types.ts';
import { surfaceKey } from '../identity/keys.ts';
import { assignUniqueSlugs, slugify } from '../ids.ts';
import { sourceRules, type SourceEntity, type SourceRuleId } from '../rules/sources.ts';

/** A source being gathered, before its id is settled. */
export interface SourceDraft {
  key: string;
  label: string;
  type: SourceType;
  entityId: string | null;
  articleIds: Set<string>;
  variants: Set<string>;
  rule: SourceRuleId;
  /** The slug it is named by before collisions are settled. */
  slug: string;
}

/** A short, readable key for an article id, used to tell apart its anonymous sources from another's. */
const articleKey = (articleId: string) => articleId.split('-').slice(0, 3).join('-');

/** A speaker label as a source label: surrounding punctuation and a dangling parenthesis removed. */
const cleanLabel = (label: string) => label.replace(/\s*\([^)]*$/u, '').replace(/^[\s“"'(]+|[\s,.;:”"')]+$/gu, '').replace(/\s+/gu, ' ');

/** Gathers the sources of a corpus's claims: one draft per source, found or made as speakers come. */
export class SourceBook {
  readonly #drafts = new Map<string, SourceDraft>();
  readonly #entityAt = new Map<string, Entity>();
  readonly #byName = new Map<string, Entity>();
  readonly #entitiesByArticle = new Map<string, Array<{ entity: Entity; start: number; end: number }>>();

  /** The article whose anonymous sources an article's are: its story's canonical copy, else itself. */
  readonly #scopeOf: (article: Article) => string;

  constructor(entities: readonly Entity[], aliasGroups: ReadonlyArray<readonly string[]>, scopeOf: (article: Article) => string = (a) => a.id) {
    this.#scopeOf = scopeOf;
    for (const entity of entities) {
      for (const m of entity.mentions) {
        this.#entityAt.set(`${m.articleId}:${m.start}`, entity);
        this.#entitiesByArticle.set(m.articleId, [...(this.#entitiesByArticle.get(m.articleId) ?? []), { entity, start: m.start, end: m.end }]);
      }
      for (const name of [entity.name, ...entity.aliases]) this.#byName.set(surfaceKey(name), entity);
    }
    // An editorial alias group names one entity by all its names ("US military" = Department of Defense).
    for (const group of aliasGroups) {
      const entity = group.map((name) => this.#byName.get(surfaceKey(name))).find(Boolean);
      if (entity) for (const name of group) this.#byName.set(surfaceKey(name), entity);
    }
  }

  /** The source of a speaker in an article (found or made) and the row that decided it, or null when a named speaker has no entity. */
  sourceFor(article: Article, speaker: SpeakerRef): { draft: SourceDraft; rule: SourceRuleId } | null {
    const words = cleanLabel(article.text.slice(speaker.start, speaker.end)) || cleanLabel(speaker.label);
    const asSource = (e: Entity): SourceEntity => ({ id: e.id, type: e.type, name: e.name, media: e.media, aliases: e.aliases });
    const named = speaker.candidate ? this.#entityAt.get(`${article.id}:${speaker.candidate.start}`) : undefined;
    const inside = (this.#entitiesByArticle.get(article.id) ?? []).filter((m) => m.start >= speaker.start && m.end <= speaker.end).map((m) => asSource(m.entity));
    const context = { speaker, words, named: named && asSource(named), organisationsInside: inside, entityNamed: (name: string) => { const e = this.#byName.get(surfaceKey(name)); return e && asSource(e); } };
    for (const rule of sourceRules) {
      const pick = rule.pick(context);
      if (!pick) continue;
      let draft: Omit<SourceDraft, 'articleIds' | 'variants'>;
      if (pick.scope === 'entity') {
        const type: SourceType = pick.entity.type === 'person' ? 'person' : pick.entity.media ? 'media' : 'organization';
        draft = { key: `entity:${pick.entity.id}`, label: pick.entity.name, type, entityId: pick.entity.id, slug: pick.entity.id, rule: rule.id };
      } else if (pick.scope === 'corpus') {
        draft = { key: pick.key, label: pick.label, type: pick.type, entityId: null, slug: slugify(pick.label, 6), rule: rule.id };
      } else {
        const label = cleanLabel(speaker.label);
        // "A witness" in two copies of one story is one witness: the copies share their canonical copy's sources.
        const scope = this.#scopeOf(article);
        draft = { key: `${scope}:${pick.type}:${label.toLowerCase()}`, label, type: pick.type, entityId: null, slug: `${slugify(label.replace(/^(?:the|a|an)\s+/iu, ''), 6)}-${articleKey(scope)}`, rule: rule.id };
      }
      const existing = this.#drafts.get(draft.key) ?? { ...draft, articleIds: new Set<string>(), variants: new Set<string>() };
      existing.articleIds.add(article.id);
      existing.variants.add(words);
      this.#drafts.set(draft.key, existing);
      return { draft: existing, rule: rule.id };
    }
    return null;
  }

  /** The source records with their ids, and a way to find a draft's id. */
  records(): { sources: Source[]; idOf: (draft: SourceDraft) => string } {
    const list = [...this.#drafts.values()];
    const ids = assignUniqueSlugs(list, (d) => d.slug, (d) => d.key);
    const idOf = new Map(list.map((d, i) => [d, ids[i]!]));
    const sources: Source[] = list
      .map((d) => ({
        id: idOf.get(d)!,
        label: d.label,
        type: d.type,
        entityId: d.entityId,
        articleIds: [...d.articleIds].sort(),
        variants: [...d.variants].filter((v) => v !== d.label).sort(),
        rule: d.rule,
      }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    return { sources, idOf: (draft) => idOf.get(draft)! };
  }
}
