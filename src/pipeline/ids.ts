/** Identifiers: readable slugs that stay the same when other records are added. */

/** Turns text into a lowercase, hyphenated ASCII slug of at most `maxWords` words; "untitled" when nothing is left. */
export function slugify(text: string, maxWords = 8): string {
  const words = text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
    .slice(0, maxWords);
  return words.length > 0 ? words.join('-') : 'untitled';
}

/**
 * Gives each item a unique slug. Items are taken in the order of their stable `key` (a file name, an offset),
 * so the first keeps the bare slug and the others get `-2`, `-3`, … whatever order they arrive in; slugs in
 * `alreadyTaken` are avoided. Returns the slugs in the order of `items`.
 */
export function assignUniqueSlugs<T>(items: readonly T[], slugOf: (item: T) => string, keyOf: (item: T) => string, alreadyTaken: Iterable<string> = []): string[] {
  const order = items.map((item, index) => ({ index, slug: slugOf(item), key: keyOf(item) }));
  order.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const taken = new Set<string>(alreadyTaken);
  const result: string[] = new Array(items.length);
  for (const { index, slug } of order) {
    let candidate = slug;
    for (let n = 2; taken.has(candidate); n++) candidate = `${slug}-${n}`;
    taken.add(candidate);
    result[index] = candidate;
  }
  return result;
}
