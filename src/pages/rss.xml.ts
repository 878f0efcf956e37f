/** An RSS feed of the articles, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { articlesByDate } from '../content.ts';
import { articleHref } from '../lib/urls.ts';

export const GET: APIRoute = (context) =>
  rss({
    title: 'Crosscheck',
    description: 'News articles taken apart: who is cited, what they claimed, and how accounts compare.',
    site: context.site!,
    items: articlesByDate.map((article) => ({
      title: article.title,
      link: articleHref(article.id),
      ...(article.published && { pubDate: new Date(`${article.published}T12:00:00Z`) }),
      description: `${article.outlet ?? 'Outlet unknown'} · ${article.wordCount} words`,
    })),
  });
