/**
 * One page per person, organisation or place, as a view model: what the articles call them, their roles, what they
 * said (renditions of one statement together, in the order it was said), the events they take part in, where they
 * are named, and who is named with them. A named source's statements are on its entity's page; an unnamed source
 * (an anonymous source, a document) keeps a page of its own, and the old source pages of named sources redirect.
 */
import type { Article, Corpus, Entity, Source } from '../../schema/index.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import { coOccurring } from '../corpus-index.ts';
import { capitalise, formatCount } from '../format.ts';
import { articleRef, eventRef, sourceTypes, type ArticleRef, type EventRef } from '../refs.ts';
import { entitySearch, sourceSearch, type SearchAttributes } from '../search-meta.ts';
import { byWhenSaid, groupStatements, type StatementGroup } from '../statements.ts';
import { entityJsonLd } from '../structured-data.ts';
import { entityHref, sentenceHref, timelineHref } from '../urls.ts';
import { collapse, type Collapsed, type PageMeta } from './shared.ts';
import type { RedirectView } from './claim.ts';

/** A mention in its sentence, the name marked. */
export interface MentionContext {
  /** The sentence up to the name. */
  before: string;
  /** The name as written there. */
  name: string;
  /** The sentence after the name. */
  after: string;
  /** The sentence in the reader. */
  href: string;
}

/** Everything a person's, organisation's or place's page renders. */
export interface EntityView {
  /** Title, description and structured data of the page. */
  meta: PageMeta;
  /** What the page tells the search index. */
  search: SearchAttributes;
  /** "Person", "Organisation", "Place", "News outlet". */
  kind: string;
  /** The canonical name. */
  name: string;
  /** Other names the articles use. */
  aliases: string[];
  /** The words articles cite them by, when they differ from the name ("DOD officials", "The Pentagon"). */
  citedAs: string[];
  /** A line of counts: statements, articles, mentions. */
  summary: string;
  /** Roles as the articles state them, each once, with the articles that state it. */
  roles: Array<{ label: string; articles: Array<{ short: string; href: string }> }>;
  /** What they said, one group per statement, in the order said. */
  statements: Collapsed<StatementGroup>;
  /** Events they take part in, in date order. */
  events: EventRef[];
  /** Their timeline, when they take part in enough events to have one. */
  timelineHref: string | null;
  /** Where they are named, article by article. */
  mentions: { total: number; articles: Collapsed<{ article: ArticleRef; count: number; contexts: MentionContext[] }> };
  /** Who is named in the same sentences, most often first. */
  related: Array<{ name: string; href: string; sentences: number }>;
}

const kindOf = (entity: Entity) => (entity.media ? 'News outlet' : { person: 'Person', organization: 'Organisation', place: 'Place' }[entity.type]);

/** How many sentences of context a page shows per article, and how many articles before the rest are folded. */
const contextsPerArticle = 5;

/** The view model of one entity's page; `timelineEntities` are those with a timeline of their own. */
export function entityView(entity: Entity, index: CorpusIndex, timelineEntities: ReadonlySet<string>): EntityView {
  const source = index.sourceByEntity.get(entity.id);
  const claims = source ? (index.claimsBySource.get(source.id) ?? []) : [];
  const statements = groupStatements(claims, index);
  const mentions = index.mentionsByEntity.get(entity.id) ?? [];
  const byArticle = new Map<string, typeof mentions>();
  for (const m of mentions) {
    const list = byArticle.get(m.article.id);
    if (list) list.push(m);
    else byArticle.set(m.article.id, [m]);
  }
  const articles = entity.articleIds.map((id) => index.articlesById.get(id)).filter((a): a is Article => a !== undefined);
  const roles = new Map<string, Array<{ short: string; href: string }>>();
  for (const role of entity.roles) {
    const article = index.articlesById.get(role.articleId);
    if (!article) continue;
    const key = role.label.toLowerCase();
    const anchor = mentions.find((m) => m.article.id === article.id && m.sentence.start <= role.start && role.end <= m.sentence.end)?.sentence.anchor;
    const list = roles.get(key) ?? [];
    if (!list.some((a) => a.short === articleRef(article).short)) list.push({ short: articleRef(article).short, href: anchor ? sentenceHref(article.id, anchor) : articleRef(article).href });
    roles.set(key, list);
  }
  // "President" where another article says "US President" is the same role, said once with both articles.
  for (const key of [...roles.keys()]) {
    const fuller = [...roles.keys()].find((other) => other !== key && other.endsWith(` ${key}`));
    if (!fuller) continue;
    const list = roles.get(fuller)!;
    for (const a of roles.get(key)!) if (!list.some((b) => b.short === a.short)) list.push(a);
    roles.delete(key);
  }
  const roleLabels = new Map(entity.roles.map((r) => [r.label.toLowerCase(), r.label]));
  const events = (index.eventsByEntity.get(entity.id) ?? []).slice().sort((a, b) => (a.date.start ?? '9999').localeCompare(b.date.start ?? '9999') || a.title.localeCompare(b.title));
  // Wordings that differ only by case or a leading "the" from the name, an alias or each other are said once.
  const bare = (text: string) => text.toLowerCase().replace(/^the\s+/u, '');
  const known = new Set([entity.name, ...entity.aliases].map(bare));
  const citedAs: string[] = [];
  for (const variant of source?.variants ?? []) {
    if (known.has(bare(variant))) continue;
    known.add(bare(variant));
    citedAs.push(variant);
  }
  const counts = [
    claims.length > 0 ? `${formatCount(statements.length, 'statement')} in ${formatCount(new Set(claims.map((c) => c.articleId)).size, 'article')}` : null,
    `named ${formatCount(entity.mentions.length, 'time')} in ${formatCount(articles.length, 'article')}`,
  ].filter(Boolean);
  return {
    meta: {
      title: entity.name,
      description: `${entity.name}: ${kindOf(entity).toLowerCase()}${claims.length > 0 ? `, ${formatCount(statements.length, 'statement')} in the articles` : ''}, ${counts.at(-1)}.`,
      jsonLd: entityJsonLd(entity, entityHref(entity.id)),
    },
    search: entitySearch(entity),
    kind: kindOf(entity),
    name: entity.name,
    aliases: entity.aliases,
    citedAs,
    summary: capitalise(counts.join(' · ')),
    roles: [...roles.entries()].map(([key, list]) => ({ label: roleLabels.get(key)!, articles: list })),
    statements: collapse(statements, 8, 200),
    events: events.map(eventRef),
    timelineHref: timelineEntities.has(entity.id) ? timelineHref(entity.id) : null,
    mentions: {
      total: mentions.length,
      articles: collapse(
        articles.map((article) => {
          const list = byArticle.get(article.id) ?? [];
          return {
            article: articleRef(article),
            count: list.length,
            contexts: list.slice(0, contextsPerArticle).map((m) => ({
              before: article.text.slice(m.sentence.start, m.mention.start),
              name: article.text.slice(m.mention.start, m.mention.end),
              after: article.text.slice(m.mention.end, m.sentence.end),
              href: sentenceHref(article.id, m.sentence.anchor),
            })),
          };
        }),
        6,
        50,
      ),
    },
    related: coOccurring(entity, index.mentionsByArticle)
      .slice(0, 12)
      .map(({ entity: other, sentences }) => ({ name: other.name, href: entityHref(other.id), sentences })),
  };
}

/** Everything the page of an unnamed source (an anonymous source, a document) renders. */
export interface SourceView {
  /** Title, description and structured data of the page. */
  meta: PageMeta;
  /** What the page tells the search index. */
  search: SearchAttributes;
  /** The source in the article's words, capitalised for a heading. */
  label: string;
  /** "Anonymous source", "Document or report", "Organisation". */
  kind: string;
  /** Why the source has a page of its own, in words. */
  note: string;
  /** The articles that cite it. */
  articles: ArticleRef[];
  /** Other words the articles use for it. */
  variants: string[];
  /** What the article attributes to it, one entry per statement, in the order said. */
  statements: Collapsed<StatementGroup>;
}

const legend = new Map(sourceTypes.map((t) => [t.type, t.legend]));

/** The view model of an unnamed source's page. */
export function sourceView(source: Source, index: CorpusIndex): SourceView {
  const claims = [...(index.claimsBySource.get(source.id) ?? [])].sort(byWhenSaid);
  const articles = source.articleIds.map((id) => index.articlesById.get(id)).filter((a): a is Article => a !== undefined);
  const note =
    source.type === 'anonymous'
      ? `An anonymous source, in the words of ${articles.length === 1 ? 'the article that cites it' : 'the articles that cite it'}. The same words in another article may mean someone else, so each article’s anonymous sources are kept apart.`
      : source.type === 'document'
        ? 'A document or report the article cites, in its words.'
        : 'A source the article names without naming a person or a known organisation.';
  return {
    meta: { title: capitalise(source.label), description: `${capitalise(source.label)}: ${legend.get(source.type)?.toLowerCase() ?? source.type} cited in ${formatCount(claims.length, 'statement')}.` },
    search: sourceSearch(source, articles[0]),
    label: capitalise(source.label),
    kind: legend.get(source.type) ?? source.type,
    note,
    articles: articles.map(articleRef),
    variants: source.variants,
    statements: collapse(groupStatements(claims, index), 12, 200),
  };
}

/** The old pages of named sources: each sends readers to the entity's page, where the statements now are. */
export function sourceRedirects(corpus: Pick<Corpus, 'sources' | 'entities'>): Array<{ id: string; view: RedirectView }> {
  const names = new Map(corpus.entities.map((e) => [e.id, e.name]));
  return corpus.sources.flatMap((source) => {
    const name = source.entityId ? names.get(source.entityId) : undefined;
    return source.entityId && name ? [{ id: source.id, view: { title: `${name}`, to: entityHref(source.entityId), label: `${name}’s page, with what they said` } }] : [];
  });
}
