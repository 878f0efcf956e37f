/**
 * Marks the start of each page's render, so the records a page reads are noted against it (see
 * `lib/page-reads.ts`); the next build then renders only pages whose inputs changed.
 */
import { defineMiddleware } from 'astro:middleware';
import { beginPage } from './lib/page-reads.ts';

export const onRequest = defineMiddleware((context, next) => {
  beginPage(context.routePattern, context.params);
  return next();
});
