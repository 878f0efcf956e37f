/**
 * Roles: the words around a person's name that say who they are — a title or role before it ("Pentagon
 * spokesperson John Kirby"), an apposition after it (", a military spokesman"), a role before a comma ("Pakistan's
 * spy chief, Lieutenant General Faiz Hameed,") — and whether a speech verb follows the name.
 */
import type { Token } from '../document/types.ts';
import { isAllCaps, isCapitalised } from '../document/words.ts';
import { nameConnectors, phraseOpeners, portfolioWords, roleModifiers, roleNouns, speechVerbs, titleHeads, titleWords, verbGapWords } from '../rules/entities.ts';
import { joined, textOf } from './chunks.ts';
import type { RoleSpan } from './types.ts';

const functionTags = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Verb', 'Adverb', 'QuestionWord', 'Value', 'Date'];

/** True for an honorific, which ends a title but is no role ("Dr", "Mr"). */
export const isHonorific = (word: string): boolean => /^(?:Dr|Mr|Mrs|Ms|Sir)\.?$/u.test(word);

/** The index where the role before a person's name starts ("Pentagon spokesperson"), or `nameStart` when there is none. */
export function roleBefore(tokens: readonly Token[], nameStart: number): number {
  // "Prime Minister's Questions": what follows a possessive belongs to its owner; it is no name with a role.
  if (tokens[nameStart - 1]?.possessive) return nameStart;
  let start = nameStart;
  for (let i = nameStart - 1; i >= 0; i--) {
    const token = tokens[i]!;
    const next = tokens[i + 1]!;
    if (!joined(next)) break;
    const word = token.text;
    const lower = word.toLowerCase();
    if (roleNouns.has(lower) || roleModifiers.has(lower) || titleWords.has(word) || portfolioWords.has(word)) start = i;
    else if (isCapitalised(word) || isAllCaps(word) || token.possessive) start = i;
    else if ((word === 'of' || word === 'for') && i > 0 && start === i + 1) start = i;
    else break;
  }
  // A role does not begin with a connector.
  while (start < nameStart && (tokens[start]!.text === 'of' || tokens[start]!.text === 'for')) start++;
  // A role must hold a role noun or a title; a run of names alone is not one.
  const words = tokens.slice(start, nameStart);
  const hasRole = words.some((t) => roleNouns.has(t.text.toLowerCase()) || titleHeads.has(t.text) || titleWords.has(t.text) && !isHonorific(t.text));
  return hasRole ? start : nameStart;
}

/** An apposition after a name that states a role: ", a spokesperson for the US National Security Council", ", the director of …". */
export function roleAfter(text: string, tokens: readonly Token[], nameEnd: number): RoleSpan | null {
  const first = tokens[nameEnd];
  if (!first || !/^\s*,\s*$/u.test(first.before)) return null;
  let i = nameEnd;
  if (phraseOpeners.has(first.text.toLowerCase())) i++;
  let end = i;
  let hasRole = false;
  for (let j = i; j < tokens.length && j < i + 14; j++) {
    const token = tokens[j]!;
    if (j > i && !/^\s*$/u.test(token.before) && !/^-$/u.test(token.before)) break;
    if (speechVerbs.has(token.text) && j > i) break;
    if (roleNouns.has(token.text.toLowerCase())) hasRole = true;
    end = j + 1;
  }
  // The apposition must start with its role noun or a modifier of one, not with a clause ("who", "which"), nor
  // with a titled name that opens a clause of its own ("On Afghanistan, Secretary Blinken has said …"). A title
  // further in belongs to a name inside the role ("a researcher at King's College London").
  const opener = tokens[i];
  if (!hasRole || !opener || ['who', 'which', 'that', 'whose'].includes(opener.text.toLowerCase()) || opener.tags.has('Verb')) return null;
  const titledName = tokens.slice(i, end).some((t, k, span) => k === 0 && titleWords.has(t.text) && span[k + 1] !== undefined && /^\p{Lu}/u.test(span[k + 1]!.text) && !titleWords.has(span[k + 1]!.text) && !portfolioWords.has(span[k + 1]!.text));
  if (titledName) return null;
  const span = tokens.slice(nameEnd, end);
  return span.length > 0 ? { label: textOf(text, span), start: span[0]!.start, end: span.at(-1)!.end } : null;
}

/**
 * A role before a comma: "Zimbabwe's tourism minister, Victoria Ndlovu," / "A spokesman for the Chinese Ministry
 * of Commerce, Wen Jiahao,". The phrase runs back from the comma to the start of the clause and must hold a
 * role noun or a title.
 */
export function roleBeforeComma(text: string, tokens: readonly Token[], nameStart: number): RoleSpan | null {
  const name = tokens[nameStart];
  if (!name || !/^\s*,\s*$/u.test(name.before) || nameStart === 0) return null;
  let start = nameStart;
  for (let i = nameStart - 1; i >= 0 && nameStart - i <= 10; i--) {
    if (i < nameStart - 1 && !/^\s*$/u.test(tokens[i + 1]!.before)) break;
    const word = tokens[i]!.text.toLowerCase();
    // An opener ends the role; "the" only where it does not continue a name ("Chairman of the Joint Chiefs").
    if (phraseOpeners.has(word) && word !== 'the') break;
    if (word === 'the' && !nameConnectors.has(tokens[i - 1]?.text ?? '') && tokens[i - 1]?.text.toLowerCase() !== 'for') break;
    if (functionTags.some((tag) => tokens[i]!.tags.has(tag)) && !nameConnectors.has(word) && word !== 'the') break;
    start = i;
  }
  // "Jake Sullivan, the US national security adviser, US President Joe Biden …": a role between two commas after a
  // name describes that name, not the one after it.
  let opens = start;
  while (opens > 0 && phraseOpeners.has(tokens[opens - 1]!.text.toLowerCase()) && /^\s*$/u.test(tokens[opens]!.before)) opens--;
  if (opens > 0 && /,/u.test(tokens[opens]!.before) && /^\p{Lu}/u.test(tokens[opens - 1]!.text)) return null;
  const span = tokens.slice(start, nameStart);
  const hasRole = span.some((t) => roleNouns.has(t.text.toLowerCase()) || titleHeads.has(t.text));
  return hasRole && span.length > 0 ? { label: textOf(text, span), start: span[0]!.start, end: span.at(-1)!.end } : null;
}

/** True when a speech verb follows the chunk, perhaps after an auxiliary or adverb: "Kirby said", "Biden has also ordered". */
export function speaksNext(tokens: readonly Token[], after: number): boolean {
  for (let i = after; i < tokens.length && i < after + 3; i++) {
    const token = tokens[i]!;
    if (i > after && !joined(token)) return false;
    if (i === after && !/^\s*$/u.test(token.before)) return false;
    if (speechVerbs.has(token.text)) return true;
    if (!verbGapWords.has(token.text)) return false;
  }
  return false;
}

/** True when a token is a function word by compromise's tags (a determiner, preposition, verb…). */
export const isFunctionWord = (token: Token): boolean => functionTags.some((tag) => token.tags.has(tag));
