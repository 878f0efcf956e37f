/** The speakers of an article so far, for "he added", "the official said" and paragraphs that are only a quote. */
import type { Candidate } from '../entities/types.ts';
import { resolveReference } from '../rules/pronouns.ts';
import { namedRef } from './typing.ts';
import type { SpeakerBase, SpeakerRef } from './types.ts';

/** Keeps an article's speakers in order and resolves back-references to them by `rules/pronouns.ts`. */
export class SpeakerHistory {
  #speakers: SpeakerRef[] = [];
  #outlets: SpeakerRef[] = [];
  /** Where the last claim was made, or the current turn of a transcript opened. */
  #lastAt = -1;
  /** True while reading a transcript's question. */
  #inQuestion = false;

  /**
   * Opens a transcript turn at an offset: what was named before it is out of "he"'s reach as a new subject, and in
   * a question the answers' speakers are out of reach altogether.
   */
  enterTurn(at: number, question: boolean): void {
    this.#lastAt = at;
    this.#inQuestion = question;
  }

  /** Records the speaker (and channel) of a claim made at an offset. */
  add(speaker: SpeakerRef, via: SpeakerRef | null, at: number): void {
    this.#speakers.push(speaker);
    this.#lastAt = at;
    for (const ref of [speaker, via]) if (ref?.candidate?.media) this.#outlets.push(ref);
  }

  /** The last speaker of the article, if any. */
  last(): SpeakerRef | undefined {
    return this.#speakers.at(-1);
  }

  /** The speaker a pronoun or a definite description ("the official") stands for, or null. */
  resolve(words: readonly string[], candidates: readonly Candidate[], before: number, cue: string | null = null, rolesBefore: readonly SpeakerBase[] = []): SpeakerRef | null {
    const found = resolveReference({ words, candidates, before, speakers: this.#speakers, outlets: this.#outlets, lastAt: this.#lastAt, cue, inQuestion: this.#inQuestion, rolesBefore });
    if (!found) return null;
    const { reference, rule } = found;
    return 'candidate' in reference ? namedRef(reference.candidate, rule) : { ...reference.speaker, rule };
  }
}
