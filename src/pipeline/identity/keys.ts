/** Keys names are compared by across articles: a person's name without titles and initials, an organisation's without "the". */
import { placeVariants, titleWords } from '../rules/entities.ts';

/** The key names are compared by: lowercase letters and digits only, accents and a leading "the" removed. */
export function surfaceKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/u, '')
    .replace(/['’]s$/u, '')
    .replace(/[^a-z0-9]/g, '');
}

/** The key a person is known by: their name without initials, honorifics or case ("Lloyd J. Austin" → "lloyd austin"). */
export function personKey(name: string): string {
  return name
    .split(/\s+/u)
    .filter((word) => !/^\p{L}\.?$/u.test(word) && !titleWords.has(word))
    .map(surfaceKey)
    .filter(Boolean)
    .join(' ');
}

/** The surname a lone mention would use: the last word of the name. */
export function surnameOf(name: string): string {
  return personKey(name).split(' ').at(-1) ?? '';
}

/** How many words a person's key has: one for a lone surname, two or more for a full name. */
export const personKeyLength = (name: string): number => personKey(name).split(' ').filter(Boolean).length;

const variantCanonical = new Map(placeVariants.flatMap((group) => group.map((name) => [surfaceKey(name), group[0]!] as const)));

/** The canonical name of a place written as a variant ("U.S." → "United States"), by key. */
export const canonicalVariant = (key: string): string | undefined => variantCanonical.get(key);

/** The key an organisation or place is known by; a leading country ("US Central Command") does not count. */
export function organisationKey(name: string): string {
  const canonical = variantCanonical.get(surfaceKey(name));
  if (canonical) return surfaceKey(canonical);
  const words = name.split(/\s+/u);
  if (words.length > 2 && variantCanonical.has(surfaceKey(words[0]!))) return surfaceKey(words.slice(1).join(' '));
  return surfaceKey(name);
}

/** A minimal union-find over string keys; the smaller key is the root, so grouping never depends on input order. */
export class KeyGroups {
  #parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    while (this.#parent.has(root) && this.#parent.get(root) !== root) root = this.#parent.get(root)!;
    this.#parent.set(key, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    if (ra < rb) this.#parent.set(rb, ra);
    else this.#parent.set(ra, rb);
  }
}
