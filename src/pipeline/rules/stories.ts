/**
 * Syndication as data: how copies of one story are recognised. Texts are compared by MinHash signatures of their
 * word shingles, candidate pairs found by locality-sensitive hashing (bands of the signature), so the cost grows
 * with the number of articles, not with their pairs.
 */

/** Words per shingle: five-word runs survive a new headline, a cut ending or an added paragraph, but not a rewrite. */
export const shingleWords = 5;

/** Hash functions in a signature; the signature is cut into `bands` bands of `signatureLength / bands` rows. */
export const signatureLength = 64;
export const bands = 16;

/**
 * The least estimated Jaccard similarity of two texts' shingles for them to be copies of one story. A wire copy with
 * a new headline and a trimmed ending keeps most of its shingles (0.6–1.0); two stories on one event written apart
 * share few five-word runs (under 0.2).
 */
export const copyThreshold = 0.5;

/** Paragraphs of two copies are the same when their words are; a reworded one shares at least this share of its words. */
export const rewordedThreshold = 0.5;
