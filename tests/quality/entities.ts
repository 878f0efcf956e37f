/**
 * Scores extracted entities against the hand annotations in `tests/fixtures/gold/entities.json`: per type,
 * precision and recall over the entities each article names, with the misses and false alarms listed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { surfaceKey } from '../../src/pipeline/identity/index.ts';
import type { Corpus, EntityType } from '../../src/schema/index.ts';

/** Counts and rates for one entity type. */
export interface TypeScore {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  /** "file: name" of each annotated entity not found. */
  missed: string[];
  /** "file: name" of each extracted entity not annotated. */
  spurious: string[];
}

type Gold = Record<string, Record<EntityType, string[]> | string>;

const root = path.resolve(import.meta.dirname, '../..');
export const entityTypes: EntityType[] = ['person', 'organization', 'place'];

/** Reads the annotations. */
export function readEntityGold(): Gold {
  return JSON.parse(readFileSync(path.join(root, 'tests/fixtures/gold/entities.json'), 'utf8')) as Gold;
}

/** Scores the entities of a corpus for the annotated files it contains. */
export function scoreEntities(corpus: Corpus, gold: Gold): Record<EntityType, TypeScore> {
  const empty = (): TypeScore => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0, precision: 1, recall: 1, missed: [], spurious: [] });
  const scores: Record<EntityType, TypeScore> = { person: empty(), organization: empty(), place: empty() };
  for (const article of corpus.articles) {
    const annotated = gold[article.file];
    if (!annotated || typeof annotated === 'string') continue;
    for (const type of entityTypes) {
      const found = corpus.entities.filter((e) => e.type === type && e.articleIds.includes(article.id));
      const unmatched = new Set(found);
      for (const item of annotated[type]) {
        const keys = item.split('|').map(surfaceKey);
        const match = [...unmatched].find((e) => [e.name, ...e.aliases].some((n) => keys.includes(surfaceKey(n))));
        if (match) {
          unmatched.delete(match);
          scores[type].truePositives++;
        } else {
          scores[type].falseNegatives++;
          scores[type].missed.push(`${article.file}: ${item}`);
        }
      }
      scores[type].falsePositives += unmatched.size;
      scores[type].spurious.push(...[...unmatched].map((e) => `${article.file}: ${e.name}`));
    }
  }
  for (const score of Object.values(scores)) {
    const predicted = score.truePositives + score.falsePositives;
    const actual = score.truePositives + score.falseNegatives;
    score.precision = predicted === 0 ? 1 : score.truePositives / predicted;
    score.recall = actual === 0 ? 1 : score.truePositives / actual;
  }
  return scores;
}
