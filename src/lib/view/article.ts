/**
 * The article reader's view model: the headline and byline, where those details come from in plain words, the
 * story it is a copy of, who it cites, and its text with every attributed statement highlighted by kind of source
 * and its speaker named beside it, names linked and dates resolved.
 */
import type { Root } from 'hast';
import type { Article, Claim } from '../../schema/index.ts';
import { articleBody } from '../../render/reader.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import { formatCount, formatList } from '../format.ts';
import { dateMarks, mentionMarks, statementMarks, type StatementSpan } from '../marks.ts';
import { articleRef, eventRef, isStatementEvent, speakerView, type ArticleRef, type EventRef } from '../refs.ts';
import { articleSearch, type SearchAttributes } from '../search-meta.ts';
import { carriedInWords } from '../statements.ts';
import { articleJsonLd } from '../structured-data.ts';
import { articleHref, claimHref, compareHref, entityHref, storyHref } from '../urls.ts';
import { sourceBreakdown, type PageMeta, type SourceBreakdown } from './shared.ts';

/** Everything the reader page renders. */
export interface ArticleView {
  /** Title, description and structured data of the page. */
  meta: PageMeta;
  /** What the page tells the search index. */
  search: SearchAttributes;
  /** The headline, outlet and date. */
  article: ArticleRef;
  /** "1,563 words". */
  words: string;
  /** Where the headline, outlet and date come from, and remarks about the copy, in plain words; each said once. */
  about: string[];
  /** The story this article is a copy of, when other articles carry the same text. */
  story: { href: string; articles: number; words: string } | null;
  /** Who the article cites, by kind of source: the legend of the highlights. */
  sources: SourceBreakdown;
  /** The text, marked up. */
  body: Root;
  /** Events the article reports (happenings, not statements), in date order. */
  events: EventRef[];
  /** Other articles to read it against. */
  compare: Array<{ title: string; href: string }>;
}

const fieldNames = { title: 'headline', outlet: 'outlet', published: 'publication date' } as const;

/** Where an article's headline, outlet and date come from, and its remarks, as sentences a reader understands. */
export function aboutTheCopy(article: Pick<Article, 'provenance' | 'notes'>): string[] {
  const fields = Object.entries(article.provenance) as Array<[keyof typeof fieldNames, Article['provenance']['title']]>;
  const lines: string[] = [];
  const fromEditors = fields.filter(([, p]) => p.from === 'editorial');
  if (fromEditors.length > 0) {
    const names = formatList(fromEditors.map(([field]) => fieldNames[field]));
    const notes = [...new Set(fromEditors.flatMap(([, p]) => (p.note ? [p.note] : [])))];
    const subject = `${names.charAt(0).toUpperCase()}${names.slice(1)}`;
    lines.push(`${subject} ${fromEditors.length === 1 ? 'is' : 'are'} not printed in this copy: Crosscheck’s editors supplied ${fromEditors.length === 1 ? 'it' : 'them'}.${notes.length > 0 ? ` Their note: “${notes.join('; ')}”.` : ''}`);
  }
  for (const [field, p] of fields) {
    if (p.from === 'none' && field === 'outlet') lines.push('This copy does not name the outlet that published it.');
    if (p.from === 'none' && field === 'published') lines.push('This copy gives no publication date, so days such as “on Saturday” cannot be placed.');
    if (p.from === 'filename') lines.push(`The ${fieldNames[field]} is taken from the name the copy was saved under.`);
    if (p.from === 'text' && field === 'title' && p.detail.startsWith('no headline')) lines.push('This copy has no headline: its opening words stand in for one.');
  }
  for (const note of article.notes) lines.push(`${note.charAt(0).toUpperCase()}${note.slice(1)}${/[.!?]$/u.test(note) ? '' : '.'}`);
  return lines;
}

/**
 * Where the article carries each statement: its own claims where they stand, and the claims of the canonical copy
 * of its story that it carries word for word, found by their words in its text (a copy's offsets differ).
 */
export function statementSpans(article: Article, index: CorpusIndex): StatementSpan[] {
  const span = (claim: Claim, { start, end }: { start: number; end: number }) => ({ start, end, speaker: speakerView(index.sourcesById.get(claim.sourceId)!), quoted: claim.mode === 'direct', href: claimHref(claim.id) });
  const own = (index.claimsByArticle.get(article.id) ?? []).map((claim) => span(claim, claim));
  const carried = (index.claimsCarriedIn.get(article.id) ?? []).flatMap((claim) => claim.carriedIn.filter((copy) => copy.articleId === article.id).map((copy) => span(claim, copy)));
  return [...own, ...carried].sort((a, b) => a.start - b.start);
}

/** The reader's view model of one article; `pairs` are the compare pages' pairs of articles. */
export function articleView(article: Article, index: CorpusIndex, pairs: ReadonlyArray<readonly [string, string]>): ArticleView {
  const ref = articleRef(article);
  const spans = statementSpans(article, index);
  const claims = [...(index.claimsByArticle.get(article.id) ?? []), ...(index.claimsCarriedIn.get(article.id) ?? [])];
  const marks = [...mentionMarks(index.mentionsByArticle.get(article.id) ?? [], entityHref), ...dateMarks(article.text, article.dates, article.published)].sort((a, b) => a.start - b.start);
  const story = index.storyByArticle.get(article.id);
  const storyArticles = story ? story.articleIds.map((id) => index.articlesById.get(id)).filter((a): a is Article => a !== undefined) : [];
  const events = (index.eventsByArticle.get(article.id) ?? [])
    .filter((e) => !isStatementEvent(e) && e.date.start !== null)
    .sort((a, b) => a.date.start!.localeCompare(b.date.start!) || a.title.localeCompare(b.title))
    .map(eventRef);
  // A copy of a story is compared through the story's canonical copy.
  const self = story?.canonicalArticleId ?? article.id;
  const compare = pairs
    .filter(([a, b]) => a === self || b === self)
    .map(([a, b]) => {
      const other = index.articlesById.get(a === self ? b : a)!;
      return { title: other.title, href: compareHref(a, b) };
    });
  return {
    meta: {
      title: article.title,
      description: `${article.title} (${ref.outlet}, ${ref.date}), with who said what highlighted: ${formatCount(claims.length, 'attributed statement')}.`,
      jsonLd: articleJsonLd(article, articleHref(article.id)),
      ogType: 'article',
    },
    search: articleSearch(article),
    article: ref,
    words: formatCount(article.wordCount, 'word'),
    about: aboutTheCopy(article),
    story: story && storyArticles.length > 1 ? { href: storyHref(story.id), articles: storyArticles.length, words: carriedInWords(storyArticles) } : null,
    sources: sourceBreakdown(claims, index),
    body: articleBody(article, marks, statementMarks(spans)),
    events,
    compare,
  };
}
