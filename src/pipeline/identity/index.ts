/** The identity stage: candidates of every article → entities, linked by the rows of `rules/identity.ts`. */
export { resolveEntities, type ArticleCandidates } from './resolve.ts';
export { personKey, surfaceKey } from './keys.ts';
