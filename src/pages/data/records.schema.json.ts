/** The JSON Schema of the records export, generated from the zod schemas. */
import type { APIRoute } from 'astro';
import { recordsJsonSchema } from '../../schema/json-schema.ts';

export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(recordsJsonSchema(), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
