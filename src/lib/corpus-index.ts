/**
 * Lookups over the corpus that pages need, built once: records by id, and each entity mention placed in its
 * article's sentence. Pure functions over the records; no Astro.
 */
import type { Article, Claim, Corpus, Entity, Event, Mention, Source } from '../schema/index.ts';
import { sentenceAnchor } from '../render/reader.ts';

/** A mention with the sentence it stands in. */
export interface MentionInContext {
  entity: Entity;
  article: Article;
  mention: Mention;
  /** The sentence's offsets, and the anchor of the sentence in the reader page. */
  sentence: { start: number; end: number; anchor: string };
}

/** Finds the sentence holding an offset of an article; null when it lies outside every sentence. */
export function sentenceAt(article: Article, offset: number): MentionInContext['sentence'] | null {
  for (const paragraph of article.paragraphs) {
    if (offset < paragraph.start || offset >= paragraph.end) continue;
    const index = paragraph.sentences.findIndex((s) => offset >= s.start && offset < s.end);
    if (index < 0) return null;
    const sentence = paragraph.sentences[index]!;
    return { start: sentence.start, end: sentence.end, anchor: sentenceAnchor(paragraph, index) };
  }
  return null;
}

/** Indexes a corpus for the pages. */
export function indexCorpus(corpus: Corpus) {
  const articlesById = new Map(corpus.articles.map((a) => [a.id, a]));
  const entitiesById = new Map(corpus.entities.map((e) => [e.id, e]));
  const mentionsByArticle = new Map<string, MentionInContext[]>();
  const mentionsByEntity = new Map<string, MentionInContext[]>();
  for (const entity of corpus.entities) {
    for (const mention of entity.mentions) {
      const article = articlesById.get(mention.articleId);
      const sentence = article && sentenceAt(article, mention.start);
      if (!article || !sentence) continue;
      const placed = { entity, article, mention, sentence };
      mentionsByArticle.set(article.id, [...(mentionsByArticle.get(article.id) ?? []), placed]);
      mentionsByEntity.set(entity.id, [...(mentionsByEntity.get(entity.id) ?? []), placed]);
    }
  }
  for (const list of mentionsByArticle.values()) list.sort((a, b) => a.mention.start - b.mention.start);
  const sourcesById = new Map(corpus.sources.map((s) => [s.id, s]));
  const claimsById = new Map(corpus.claims.map((c) => [c.id, c]));
  const group = <K>(key: (c: Claim) => K | null) => {
    const map = new Map<K, Claim[]>();
    for (const claim of corpus.claims) {
      const k = key(claim);
      if (k !== null) map.set(k, [...(map.get(k) ?? []), claim]);
    }
    for (const list of map.values()) list.sort((a, b) => (a.articleId === b.articleId ? a.start - b.start : a.articleId < b.articleId ? -1 : 1));
    return map;
  };
  const claimsByArticle = group((c) => c.articleId);
  const claimsBySource = group((c) => c.sourceId);
  const claimsByCluster = group((c) => c.clusterId);
  const sourceByEntity = new Map<string, Source>(corpus.sources.filter((s) => s.entityId).map((s) => [s.entityId!, s]));
  const eventsById = new Map(corpus.events.map((e) => [e.id, e]));
  const eventsByEntity = new Map<string, Event[]>();
  const eventsByArticle = new Map<string, Event[]>();
  for (const event of corpus.events) {
    for (const id of event.entityIds) eventsByEntity.set(id, [...(eventsByEntity.get(id) ?? []), event]);
    for (const id of event.articleIds) eventsByArticle.set(id, [...(eventsByArticle.get(id) ?? []), event]);
  }
  return { articlesById, entitiesById, mentionsByArticle, mentionsByEntity, sourcesById, claimsById, claimsByArticle, claimsBySource, claimsByCluster, sourceByEntity, eventsById, eventsByEntity, eventsByArticle };
}

/** The entities named in the same sentences as an entity, with how many sentences they share, most first. */
export function coOccurring(entity: Entity, mentionsByArticle: Map<string, MentionInContext[]>): Array<{ entity: Entity; sentences: number }> {
  const shared = new Map<string, { entity: Entity; sentences: Set<string> }>();
  const own = new Set(entity.mentions.map((m) => m.articleId));
  for (const articleId of own) {
    const mentions = mentionsByArticle.get(articleId) ?? [];
    const sentences = new Set(mentions.filter((m) => m.entity.id === entity.id).map((m) => m.sentence.anchor));
    for (const other of mentions) {
      if (other.entity.id === entity.id || !sentences.has(other.sentence.anchor)) continue;
      const entry = shared.get(other.entity.id) ?? { entity: other.entity, sentences: new Set<string>() };
      entry.sentences.add(`${articleId}#${other.sentence.anchor}`);
      shared.set(other.entity.id, entry);
    }
  }
  return [...shared.values()]
    .map(({ entity: e, sentences }) => ({ entity: e, sentences: sentences.size }))
    .sort((a, b) => b.sentences - a.sentences || a.entity.name.localeCompare(b.entity.name));
}

/** Entities of one type, most mentioned first. */
export function entitiesOfType(corpus: Corpus, type: Entity['type']): Entity[] {
  return corpus.entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}
