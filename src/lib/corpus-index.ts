/**
 * Lookups over the corpus that the view models need, built once per build: records by id, records grouped by what
 * they belong to, and each entity mention placed in its article's sentence. Pure functions over the records.
 */
import type { Article, Claim, Corpus, Entity, Event, Mention, Source, Story } from '../schema/index.ts';
import { sentenceAnchor } from '../render/reader.ts';

/** A mention with the sentence it stands in. */
export interface MentionInContext {
  /** The entity named. */
  entity: Entity;
  /** The article it is named in. */
  article: Article;
  /** Where the name stands in the article’s text. */
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

/** Adds a value to the list a map keeps under a key. */
function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The lookups of a corpus. */
export type CorpusIndex = ReturnType<typeof indexCorpus>;

/** Indexes a corpus for the view models. */
export function indexCorpus(corpus: Corpus) {
  const articlesById = new Map(corpus.articles.map((a) => [a.id, a]));
  const entitiesById = new Map(corpus.entities.map((e) => [e.id, e]));
  const sourcesById = new Map(corpus.sources.map((s) => [s.id, s]));
  const claimsById = new Map(corpus.claims.map((c) => [c.id, c]));
  const eventsById = new Map(corpus.events.map((e) => [e.id, e]));
  const storiesById = new Map(corpus.stories.map((s) => [s.id, s]));

  const mentionsByArticle = new Map<string, MentionInContext[]>();
  const mentionsByEntity = new Map<string, MentionInContext[]>();
  for (const entity of corpus.entities) {
    for (const mention of entity.mentions) {
      const article = articlesById.get(mention.articleId);
      const sentence = article && sentenceAt(article, mention.start);
      if (!article || !sentence) continue;
      const placed = { entity, article, mention, sentence };
      push(mentionsByArticle, article.id, placed);
      push(mentionsByEntity, entity.id, placed);
    }
  }
  for (const list of mentionsByArticle.values()) list.sort((a, b) => a.mention.start - b.mention.start);

  const inTextOrder = (a: Claim, b: Claim) => (a.articleId === b.articleId ? a.start - b.start : a.articleId < b.articleId ? -1 : 1);
  const claimsByArticle = new Map<string, Claim[]>();
  const claimsCarriedIn = new Map<string, Claim[]>();
  const claimsBySource = new Map<string, Claim[]>();
  const claimsByCluster = new Map<string, Claim[]>();
  for (const claim of corpus.claims) {
    push(claimsByArticle, claim.articleId, claim);
    push(claimsBySource, claim.sourceId, claim);
    if (claim.clusterId) push(claimsByCluster, claim.clusterId, claim);
    // A copy of a story carries the canonical copy's claims word for word; they are listed there too.
    for (const copy of claim.carriedIn) if (copy.articleId !== claim.articleId) push(claimsCarriedIn, copy.articleId, claim);
  }
  for (const map of [claimsByArticle, claimsCarriedIn, claimsBySource, claimsByCluster]) for (const list of map.values()) list.sort(inTextOrder);

  const sourceByEntity = new Map<string, Source>();
  for (const source of corpus.sources) if (source.entityId && !sourceByEntity.has(source.entityId)) sourceByEntity.set(source.entityId, source);

  const eventsByEntity = new Map<string, Event[]>();
  const eventsByArticle = new Map<string, Event[]>();
  const statementsAbout = new Map<string, Event[]>();
  for (const event of corpus.events) {
    for (const id of event.entityIds) push(eventsByEntity, id, event);
    for (const id of event.articleIds) push(eventsByArticle, id, event);
    for (const id of event.relatedEventIds) push(statementsAbout, id, event);
  }

  const storyByArticle = new Map<string, Story>();
  for (const story of corpus.stories) for (const id of story.articleIds) storyByArticle.set(id, story);

  return {
    articlesById,
    entitiesById,
    sourcesById,
    claimsById,
    eventsById,
    storiesById,
    mentionsByArticle,
    mentionsByEntity,
    claimsByArticle,
    claimsCarriedIn,
    claimsBySource,
    claimsByCluster,
    sourceByEntity,
    eventsByEntity,
    eventsByArticle,
    statementsAbout,
    storyByArticle,
  };
}

/** The entities named in the same sentences as an entity, with how many sentences they share, most first. */
export function coOccurring(entity: Entity, mentionsByArticle: ReadonlyMap<string, MentionInContext[]>): Array<{ entity: Entity; sentences: number }> {
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
