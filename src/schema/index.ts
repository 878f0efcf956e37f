/** The record schemas: the single source of truth for the pipeline's types and the exported JSON Schema. */
export * from './article.ts';
export * from './claim.ts';
export * from './corpus.ts';
export * from './date.ts';
export * from './editorial.ts';
export * from './entity.ts';
export * from './event.ts';
export * from './figure.ts';
export * from './slug.ts';
export * from './source.ts';
export * from './story.ts';
