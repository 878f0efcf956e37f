/**
 * Chunks: a sentence's tokens → runs of capitalised words that may form one name ("Department of Defense",
 * "Khalid bin Mohammed Al-Attiyah"), split where one name ends and another begins, demonyms trimmed.
 */
import type { Token } from '../document/types.ts';
import { isAllCaps, isCapitalised } from '../document/words.ts';
import {
  compassWords,
  demonymEndings,
  demonyms,
  nameConnectors,
  nameParticles,
  nameSuffixes,
  notNames,
  organizationWords,
  placeHeads,
  placeVariants,
  portfolioWords,
  titleHeads,
  titleWords,
} from '../rules/entities.ts';

const variantOf = new Map(placeVariants.flatMap((group) => group.map((name) => [name.toLowerCase(), group[0]!] as const)));

/** The canonical name of a place or organisation written as a variant ("U.S." → "United States"), or undefined. */
export const variantCanonical = (name: string): string | undefined => variantOf.get(name.toLowerCase());

/** True when only punctuation-free white space separates two tokens: they can belong to one name. */
export function joined(next: Token): boolean {
  return /^\s*$/u.test(next.before);
}

/** The text of a run of tokens, from the first's start to the last's end. */
export const textOf = (text: string, tokens: readonly Token[]): string => text.slice(tokens[0]!.start, tokens.at(-1)!.end);

/** True for a nationality word ("Turkish", "Afghan"), which names an entity only inside one ("African Development Bank"). */
export function isDemonym(token: Token, next?: Token): boolean {
  const place = token.tags.has('Place') || token.tags.has('Country');
  if (!place && (demonyms.has(token.text) || token.tags.has('Demonym'))) return true;
  // A word with a nationality ending before a common noun: "the Indonesian capital".
  return next !== undefined && !token.possessive && demonymEndings.test(token.text) && /^\s+$/u.test(next.before) && /^\p{Ll}/u.test(next.text) && next.tags.has('Noun');
}

/** True when a token can be part of a name. */
export function isNameToken(token: Token): boolean {
  if (notNames.has(token.text) || isDemonym(token) || token.tags.has('Pronoun')) return false;
  return isCapitalised(token.text) || isAllCaps(token.text);
}

/** True when a token may stand in a chunk: a name word, or a demonym that may open an organisation's name. */
function isChunkToken(token: Token): boolean {
  // A long word in capitals inside running text is page furniture ("More Galleries ADVERTISEMENT Judy Avalos"), no name.
  if (isAllCaps(token.text) && token.text.length >= minFurnitureCapitals && !token.tags.has('Acronym')) return false;
  return isNameToken(token) || isDemonym(token) && isCapitalised(token.text);
}

/** How long a word in capitals must be to read as page furniture rather than an acronym ("NATO", "UNHCR"). */
const minFurnitureCapitals = 7;

/** A common noun's possessive inside a name continues it ("Landless People's Movement"); a name's ends it ("Kabul's"). */
function possessiveContinues(token: Token): boolean {
  return token.possessive && (token.tags.has('Plural') || /^(?:People|Women|Workers|Children|Men|Farmers|Veterans)$/u.test(token.text));
}

/** Groups a sentence's tokens into runs of capitalised words that may form one name (the "chunks"). */
export function findChunks(tokens: readonly Token[]): Token[][] {
  const chunks: Token[][] = [];
  let current: Token[] = [];
  const close = () => {
    // A chunk never ends in a connector or particle.
    while (current.length > 0 && !isNameToken(current.at(-1)!)) current.pop();
    if (current.length > 0) chunks.push(current);
    current = [];
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (isDemonym(token, tokens[i + 1]) && !isDemonym(token)) {
      close();
      continue;
    }
    const last = current.at(-1);
    // A plural possessive leaves its apostrophe between the words: "Railway Workers' Federation".
    const gap = joined(token) || (last?.possessive === true && /^['’]\s+$/u.test(token.before));
    // A given name after it starts a person's name instead: "Southwest Airlines' Kent Powell".
    const continues = last !== undefined && gap && (!last.possessive || (possessiveContinues(last) && !token.tags.has('FirstName') && !token.tags.has('GivenName') && !token.tags.has('Person')));
    // "Joseph R. Biden, Jr.": a suffix after a comma ends the name it follows.
    if (last !== undefined && nameSuffixes.has(token.text) && /^\s*,\s*$/u.test(token.before)) {
      current.push(token);
      continue;
    }
    if (isChunkToken(token)) {
      if (!continues) close();
      current.push(token);
    } else if (continues && (nameConnectors.has(token.text) || nameParticles.has(token.text))) {
      const next = tokens[i + 1];
      // "of the Joint Chiefs": a connector continues a name only when a capitalised word (or "the" and one) follows.
      const following = token.text !== 'the' && next?.text === 'the' ? tokens[i + 2] : next;
      if (following && joined(next!) && isChunkToken(following)) current.push(token);
      else close();
    } else {
      close();
    }
  }
  close();
  return chunks
    .flatMap(splitAtAnd)
    .flatMap(splitAtOf)
    .map(trimDemonyms)
    // A lone demonym or compass word names nothing ("Afghan subsidiary", "Central and South Asia").
    .filter((chunk) => chunk.length > 1 || (chunk.length === 1 && !demonyms.has(chunk[0]!.text) && !compassWords.has(chunk[0]!.text)));
}

/** Demonyms open a chunk only when it names an organisation or place ("Chilean Air Force", "Arab League"). */
function trimDemonyms(chunk: Token[]): Token[] {
  const last = chunk.at(-1)!.text;
  if (organizationWords.has(last) || placeHeads.has(last)) return chunk;
  let start = 0;
  while (start < chunk.length && (isDemonym(chunk[start]!) || nameConnectors.has(chunk[start]!.text))) start++;
  let end = chunk.length;
  while (end > start && isDemonym(chunk[end - 1]!)) end--;
  return chunk.slice(start, end);
}

/** Splits "Renata Quilodrán of the Carlos van Buren Hospital": a person's name before "of" is not part of what follows. */
function splitAtOf(chunk: Token[]): Token[][] {
  const at = chunk.findIndex((t) => t.text === 'of');
  if (at <= 0) return [chunk];
  const before = chunk.slice(0, at);
  // "U.S. Sen. Rand Paul of Kentucky": the title, and whatever owns it, stand before the name.
  const titleEnd = titleLength(before);
  const titled = titleEnd > 0 || (titleWords.has(before[0]!.text) && !titleHeads.has(before[0]!.text));
  const name = titleEnd > 0 ? before.slice(titleEnd) : titled ? before.slice(1) : before;
  const after = chunk.slice(chunk[at + 1]?.text === 'the' ? at + 2 : at + 1);
  // "Rosaly Lopes of NASA", "Rand Paul of Kentucky": a name of two words before "of" and a known place or body after.
  const knownAfter = after.length > 0 && after.every((t) => t.tags.has('Place') || t.tags.has('Country') || t.tags.has('City') || t.tags.has('Region') || t.tags.has('Organization') || isAllCaps(t.text));
  const personLike = name.length >= 2 && (titled || name[0]!.tags.has('FirstName') || knownAfter) && !name.some((t) => titleWords.has(t.text) || organizationWords.has(t.text));
  if (!personLike) return [chunk];
  return [before, after];
}

/** Splits "Biden and Jill Biden" at "and"; keeps "Nutrition and Education International" and "Minister of Transport and Ports" whole. */
function splitAtAnd(chunk: Token[]): Token[][] {
  const at = chunk.findIndex((t) => t.text === 'and' || t.text === '&');
  if (at < 0) return [chunk];
  const before = chunk.slice(0, at);
  const after = chunk.slice(at + 1);
  const inTitle = before.some((t) => titleHeads.has(t.text)) && before.every((t) => titleWords.has(t.text) || portfolioWords.has(t.text) || nameConnectors.has(t.text) || variantOf.has(t.text.toLowerCase()));
  const organisationName = organizationWords.has(chunk.at(-1)!.text) && !after.some((t) => titleWords.has(t.text)) && before.length <= 3;
  if (inTitle || organisationName) return [chunk];
  return [before, ...splitAtAnd(after)].filter((part) => part.length > 0);
}

/** Where the title inside a chunk ends: the index after the last title or portfolio word that follows a title head, or 0. */
export function titleLength(chunk: readonly Token[]): number {
  const firstHead = chunk.findIndex((t) => titleWords.has(t.text));
  if (firstHead < 0) return 0;
  let end = 0;
  for (let i = firstHead; i < chunk.length; i++) {
    const word = chunk[i]!.text;
    if (titleWords.has(word) || portfolioWords.has(word) || nameConnectors.has(word)) end = i + 1;
    else if (i > firstHead && variantOf.has(word.toLowerCase()) && end === i) end = i + 1;
    else break;
  }
  return chunk.slice(0, end).some((t) => titleHeads.has(t.text) || titleWords.has(t.text)) ? end : 0;
}
