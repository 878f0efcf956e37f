import { z } from 'zod';

/** A readable, URL-safe identifier: lowercase words joined by hyphens. */
export const SlugSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase hyphenated slug');
