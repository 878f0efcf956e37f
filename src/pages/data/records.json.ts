/** The records export: every record of the corpus, the public contract other tools read. */
import type { APIRoute } from 'astro';
import { corpus } from '../../content.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(corpus, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
