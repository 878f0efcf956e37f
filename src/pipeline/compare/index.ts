/**
 * The compare stage: renditions of one statement across articles share a cluster (`cluster.ts`), compared by
 * lemmas and WordNet relatives (`statements.ts`, `lexicon.ts`); `words.ts` keeps the tagger-free word sets the
 * event stage threads mentions by.
 */
export { clusterClaims, statementScore } from './cluster.ts';
export { loadLexicon, type Lexicon } from './lexicon.ts';
export { statementOverlap, statementWords, wordWeights } from './statements.ts';
export { contentWords, similarity, stem } from './words.ts';
