/**
 * The index pages as view models: everyone and everything the articles name, and everyone they cite (named
 * sources leading to their people's and organisations' pages, anonymous sources grouped by the article that cites
 * them, since the same words in two articles may mean two people).
 */
import type { Article, Corpus, Entity } from '../../schema/index.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import { capitalise, formatCount } from '../format.ts';
import { articleRef, sourcePageHref, type ArticleRef } from '../refs.ts';
import { entityHref } from '../urls.ts';
import type { PageMeta } from './shared.ts';

/** An entry of an index list. */
export interface IndexEntry {
  /** The name, or the article’s words for an unnamed source. */
  name: string;
  /** Its page. */
  href: string;
  /** "12 mentions · 3 articles". */
  counts: string;
  /** A word set beside it ("news outlet", "document"), or null. */
  badge: string | null;
}

/** Everything the index of people, organisations and places renders. */
export interface EntitiesIndexView {
  /** Title and description of the page. */
  meta: PageMeta;
  /** One section per kind: people, organisations, places. */
  sections: Array<{ id: string; title: string; entries: IndexEntry[] }>;
}

/** Entities of one type, most mentioned first. */
export function entitiesOfType(entities: readonly Entity[], type: Entity['type']): Entity[] {
  return entities.filter((e) => e.type === type).sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
}

/** The index of people, organisations and places. */
export function entitiesIndexView(corpus: Pick<Corpus, 'entities'>): EntitiesIndexView {
  const entry = (entity: Entity): IndexEntry => ({
    name: entity.name,
    href: entityHref(entity.id),
    counts: `${formatCount(entity.mentions.length, 'mention')} · ${formatCount(entity.articleIds.length, 'article')}`,
    badge: entity.media ? 'news outlet' : null,
  });
  return {
    meta: { title: 'People, organisations and places', description: 'Everyone and everything the articles name, with how often and where.' },
    sections: [
      { id: 'people', title: 'People', entries: entitiesOfType(corpus.entities, 'person').map(entry) },
      { id: 'organisations', title: 'Organisations', entries: entitiesOfType(corpus.entities, 'organization').map(entry) },
      { id: 'places', title: 'Places', entries: entitiesOfType(corpus.entities, 'place').map(entry) },
    ],
  };
}

/** Everything the index of sources renders. */
export interface SourcesIndexView {
  /** Title and description of the page. */
  meta: PageMeta;
  /** Named sources by kind: people, organisations, news outlets. */
  named: Array<{ id: string; title: string; entries: IndexEntry[] }>;
  /** Unnamed sources (anonymous sources, documents, unnamed bodies), by the article that cites them. */
  unnamed: Array<{ article: ArticleRef; entries: IndexEntry[] }>;
  /** How many unnamed sources there are. */
  unnamedCount: number;
}

/** The index of everyone the articles cite. */
export function sourcesIndexView(corpus: Pick<Corpus, 'sources' | 'articles'>, index: CorpusIndex): SourcesIndexView {
  const statements = (id: string) => index.claimsBySource.get(id)?.length ?? 0;
  const entry = (source: Corpus['sources'][number]): IndexEntry => ({
    name: capitalise(source.label),
    href: sourcePageHref(source),
    counts: `${formatCount(statements(source.id), 'statement')} · ${formatCount(source.articleIds.length, 'article')}`,
    badge: source.type === 'document' ? 'document' : source.type === 'organization' ? 'organisation' : null,
  });
  // A source with no statement of its own is only a channel ("told the Associated Press"): not someone cited.
  const ranked = corpus.sources.filter((s) => statements(s.id) > 0).sort((a, b) => statements(b.id) - statements(a.id) || a.label.localeCompare(b.label));
  const named = ranked.filter((s) => s.entityId !== null);
  const unnamed = ranked.filter((s) => s.entityId === null);
  const byArticle = new Map<string, IndexEntry[]>();
  for (const source of unnamed) {
    // An unnamed source belongs to the article that cites it; one cited by several is listed under the first.
    const articleId = source.articleIds[0];
    if (!articleId) continue;
    byArticle.set(articleId, [...(byArticle.get(articleId) ?? []), entry(source)]);
  }
  return {
    meta: { title: 'Who is cited', description: 'Everyone the articles cite: named people, organisations and outlets, and anonymous sources in each article’s own words.' },
    named: [
      { id: 'people', title: 'Named people', entries: named.filter((s) => s.type === 'person').map(entry) },
      { id: 'organisations', title: 'Organisations', entries: named.filter((s) => s.type === 'organization').map(entry) },
      { id: 'outlets', title: 'News outlets', entries: named.filter((s) => s.type === 'media').map(entry) },
    ].filter((section) => section.entries.length > 0),
    unnamed: corpus.articles
      .filter((a: Article) => byArticle.has(a.id))
      .map((a) => ({ article: articleRef(a), entries: byArticle.get(a.id)! })),
    unnamedCount: unnamed.length,
  };
}
