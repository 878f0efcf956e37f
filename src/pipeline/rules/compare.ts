/** Comparison rules as data: the words a statement's content is compared without, and the threshold. */

/** Function words and reporting words, left out when comparing what two claims say. */
export const comparisonStopwords: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'by', 'from', 'as', 'that', 'this',
  'these', 'those', 'it', 'its', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does',
  'did', 'not', 'no', 'there', 'their', 'they', 'them', 'we', 'our', 'us', 'you', 'your', 'he', 'she', 'his', 'her', 'i',
  'my', 'me', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'any', 'all', 'such', 'so', 'if', 'than', 'then',
  'said', 'says', 'say', 'told', 'tell', 'added', 'add', 'stated', 'claimed', 'according', 'accord', 'is', 'also', 'which', 'who', 'what', 'when', 'where',
  'about', 'into', 'over', 'after', 'before', 'while', 'just', 'more', 'most', 'some', 'other', 'any', 'each', 'very',
]);

/**
 * Two claims from different articles render one statement when their weighted overlap (shared content lemmas and
 * WordNet relatives, rare words counting more, `compare/statements.ts`) plus evidence reaches this. Calibrated on the
 * seeds' annotated pairs: see the README's clustering figures.
 */
export const sameStatementThreshold = 0.28;

/** Added to the overlap when both claims give one quantity (11 dead in each, "several" in each). */
export const figureEvidence = 0.1;

/** Added when both claims are the same named person's or body's. */
export const sameSpeakerEvidence = 0.05;

/** …and they share at least this many content words (or relatives). */
export const minimumSharedWords = 3;

/** A claim needs at least this many content words to be compared: "fair" alone matches too much. */
export const minimumContentWords = 4;

/** WordNet senses of a word that count as its meanings, most frequent first: rarer senses relate too much. */
export const sensesPerWord = 3;
