/** The entity stage: candidate people, organisations and places of one article, typed by `rules/entity-typing.ts`. */
export { recogniseEntities, recogniseSentence } from './recognise.ts';
export type { Candidate, RoleSpan } from './types.ts';
