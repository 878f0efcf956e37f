/** The article feed's items: newest first, each with its outlet and length, linking to the reader. */
import type { Article } from '../../schema/index.ts';
import { formatCount } from '../format.ts';
import { unnamedOutlet } from '../refs.ts';
import { articleHref } from '../urls.ts';

/** One item of the feed. */
export interface FeedItem {
  /** The headline. */
  title: string;
  /** The reader page, a site path that the feed resolves against the site's origin. */
  link: string;
  /** The publication date, when known. */
  pubDate?: Date;
  /** The outlet and the length. */
  description: string;
}

/** The feed's items, newest first, undated articles last. */
export function feedItems(articles: readonly Article[]): FeedItem[] {
  return [...articles]
    .sort((a, b) => (b.published ?? '').localeCompare(a.published ?? '') || a.file.localeCompare(b.file))
    .map((article) => ({
      title: article.title,
      link: articleHref(article.id),
      ...(article.published && { pubDate: new Date(`${article.published}T12:00:00Z`) }),
      description: `${article.outlet ?? unnamedOutlet} · ${formatCount(article.wordCount, 'word')}`,
    }));
}
