/**
 * A story carried by several articles (copies of one text, as wire copy runs in many papers), as a view model:
 * each copy with its headline, outlet and date and what it changed against the first copy (paragraphs added, cut
 * or reworded, as a readable diff), and the statements the copies carry.
 */
import type { Article, Story } from '../../schema/index.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import { formatCount, formatList } from '../format.ts';
import { articleRef, type ArticleRef } from '../refs.ts';
import { storySearch, type SearchAttributes } from '../search-meta.ts';
import { carriedInWords, groupStatements, type StatementGroup } from '../statements.ts';
import { collapse, wordDiff, type Collapsed, type DiffPart, type PageMeta } from './shared.ts';

/** One copy of the story and what it changed. */
export interface StoryCopyView {
  /** The copy. */
  article: ArticleRef;
  /** True when its headline differs from the first copy's. */
  newHeadline: boolean;
  /** What it changed, in words: "word for word", "1 paragraph added and 2 cut". */
  summary: string;
  /** Its paragraphs the first copy lacks. */
  added: string[];
  /** The first copy’s paragraphs it leaves out. */
  cut: string[];
  /** Paragraphs it changed in a few words: the first copy’s against its own, word by word. */
  reworded: DiffPart[][];
}

/** Everything a story's page renders. */
export interface StoryView {
  /** Title and description of the page. */
  meta: PageMeta;
  /** What the page tells the search index. */
  search: SearchAttributes;
  /** The first copy’s headline. */
  title: string;
  /** "Carried by 3 articles from 3 outlets". */
  carried: string;
  /** The copy the others are compared with. */
  first: ArticleRef;
  /** The other copies, each with what it changed. */
  copies: StoryCopyView[];
  /** The statements of the story, the most widely carried first. */
  statements: Collapsed<StatementGroup>;
}

const paragraphText = (article: Article, index: number) => {
  const paragraph = article.paragraphs.find((p) => p.index === index);
  return paragraph ? article.text.slice(paragraph.start, paragraph.end).replace(/\s+/gu, ' ').trim() : '';
};

/** What a copy changed, in words. */
export function changeSummary(added: number, cut: number, reworded: number): string {
  const parts = [
    added > 0 ? `${formatCount(added, 'paragraph')} added` : '',
    cut > 0 ? `${added > 0 ? cut : formatCount(cut, 'paragraph')} cut` : '',
    reworded > 0 ? `${added > 0 || cut > 0 ? reworded : formatCount(reworded, 'paragraph')} reworded` : '',
  ].filter(Boolean);
  return parts.length === 0 ? 'the same text, word for word' : formatList(parts);
}

/** The view model of one story's page. */
export function storyView(story: Story, index: CorpusIndex): StoryView {
  const canonical = index.articlesById.get(story.canonicalArticleId)!;
  const articles = story.articleIds.map((id) => index.articlesById.get(id)).filter((a): a is Article => a !== undefined);
  const claims = index.claimsByArticle.get(canonical.id) ?? [];
  const statements = groupStatements(claims, index).sort((a, b) => b.articles - a.articles);
  return {
    meta: { title: story.title, description: `${story.title}: one story carried by ${carriedInWords(articles)}, and what each copy changed.` },
    search: storySearch(carriedInWords(articles)),
    title: story.title,
    carried: `Carried by ${carriedInWords(articles)}`,
    first: articleRef(canonical),
    copies: story.copies.flatMap((copy) => {
      const article = index.articlesById.get(copy.articleId);
      if (!article) return [];
      return [
        {
          article: articleRef(article),
          newHeadline: article.title !== canonical.title,
          summary: changeSummary(copy.added.length, copy.cut.length, copy.reworded.length),
          added: copy.added.map((i) => paragraphText(article, i)),
          cut: copy.cut.map((i) => paragraphText(canonical, i)),
          reworded: copy.reworded.map((pair) => wordDiff(paragraphText(canonical, pair.canonical), paragraphText(article, pair.copy))),
        },
      ];
    }),
    statements: collapse(statements, 10, 200),
  };
}
