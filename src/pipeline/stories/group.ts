/**
 * Stories: articles whose texts are copies or near-copies of one another (a wire story carried by many papers) →
 * one story each. Candidates come from locality-sensitive hashing of MinHash signatures: two texts that agree on
 * every row of some band land in one bucket; each member of a bucket is checked against the bucket's first member
 * only, so a thousand copies cost a thousand comparisons, not half a million.
 */
import { bands, copyThreshold, signatureLength } from '../rules/stories.ts';
import { estimatedJaccard, fnv1a, shingles, signature } from './fingerprint.ts';

/** An article as the story stage sees it: its story text, date and file. */
export interface StoryInput {
  id: string;
  file: string;
  published: string | null;
  /** The story's own words: body paragraphs and crossheads, furniture left out. */
  storyText: string;
}

/** A minimal union-find over indices. */
class Groups {
  #parent: number[];
  constructor(size: number) {
    this.#parent = Array.from({ length: size }, (_, i) => i);
  }
  find(i: number): number {
    while (this.#parent[i] !== i) {
      this.#parent[i] = this.#parent[this.#parent[i]!]!;
      i = this.#parent[i]!;
    }
    return i;
  }
  union(a: number, b: number): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.#parent[Math.max(ra, rb)] = Math.min(ra, rb);
  }
}

/**
 * Groups articles into stories: takes the articles, returns groups of two or more indices that are copies of one
 * story, the canonical copy first (the earliest published, then the first file), in the order of their canonical copies.
 */
export function groupCopies(articles: readonly StoryInput[]): number[][] {
  const signatures = articles.map((a) => signature(shingles(a.storyText)));
  const groups = new Groups(articles.length);
  const rows = signatureLength / bands;
  for (let band = 0; band < bands; band++) {
    const buckets = new Map<number, number>();
    signatures.forEach((sig, i) => {
      const key = fnv1a(`${band}:${Array.from(sig.subarray(band * rows, (band + 1) * rows)).join(',')}`);
      const first = buckets.get(key);
      if (first === undefined) buckets.set(key, i);
      else if (estimatedJaccard(sig, signatures[first]!) >= copyThreshold) groups.union(first, i);
    });
  }
  const byRoot = new Map<number, number[]>();
  articles.forEach((_, i) => byRoot.set(groups.find(i), [...(byRoot.get(groups.find(i)) ?? []), i]));
  const order = (i: number) => `${articles[i]!.published ?? '9999-99-99'}\0${articles[i]!.file}`;
  return [...byRoot.values()]
    .filter((members) => members.length > 1)
    .map((members) => members.sort((a, b) => order(a).localeCompare(order(b))))
    .sort((a, b) => order(a[0]!).localeCompare(order(b[0]!)));
}
