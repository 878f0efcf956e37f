/** An RSS feed of the articles, newest first; its links are made from the configured site. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { corpus } from '../content.ts';
import { feedItems } from '../lib/view/feed.ts';

export const GET: APIRoute = (context) =>
  rss({
    title: 'Crosscheck',
    description: 'News articles taken apart: who is cited, what they said, and how the accounts compare.',
    site: context.site!,
    items: feedItems(corpus.articles),
  });
