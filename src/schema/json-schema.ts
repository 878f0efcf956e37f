import { z } from 'zod';
import { CorpusSchema } from './corpus.ts';

/** The JSON Schema (draft 2020-12) of `data/records.json`, generated from the zod schema of the corpus. */
export function recordsJsonSchema(): Record<string, unknown> {
  // `io: 'input'` would mark defaulted fields optional; the export always writes them, so describe the output.
  return z.toJSONSchema(CorpusSchema, { io: 'output' }) as Record<string, unknown>;
}
