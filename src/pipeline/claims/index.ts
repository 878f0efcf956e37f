/** The claims stage: attributions → sources (`rules/sources.ts`) and claims with hedges, figures and `statedOn`. */
export { buildClaims, findHedges, type ArticleAttributions } from './build.ts';
