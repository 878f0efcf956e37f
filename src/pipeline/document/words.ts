/** Word shapes: small, pure tests on a word's letters, shared by every stage that reads names. */

const wordPattern = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
const closingMarks = /["”’')\]\s]+$/u;
const proseEndings = new Set(['.', '!', '?', '…', ',', ';', ':']);

/** Counts word tokens: "U.S.", "ISIS-K" and "don’t" are one word each. */
export function countWords(text: string): number {
  return text.match(wordPattern)?.length ?? 0;
}

/** True when a paragraph ends the way prose does: with sentence punctuation or a continuing comma. */
export function endsLikeProse(text: string): boolean {
  const bare = text.replace(closingMarks, '');
  return bare.length > 0 && proseEndings.has(bare[bare.length - 1]!);
}

/** True when a word starts with a capital letter, or with a lowercase particle joined to a capitalised part ("al-Tayeb"). */
export function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word) || /^(?:al|el|bin|ibn|abu|van|von|de|da|di|du|la|le)-\p{Lu}/u.test(word);
}

/** True when a word is written in capitals throughout, as acronyms are ("CNN", "ISIS-K", "G7"). */
export function isAllCaps(word: string): boolean {
  return /^[\p{Lu}\p{N}][\p{Lu}\p{N}.-]*$/u.test(word) && /\p{Lu}.*\p{Lu}|\p{Lu}\p{N}|\p{N}\p{Lu}/u.test(word.replace(/[.-]/g, ''));
}
