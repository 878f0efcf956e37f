/**
 * Scores our entities against an outside gold: GUM's hand-checked entity annotation of the Wikinews texts
 * (`tests/fixtures/real/gum-entities.json`, derived from amir-zeldes/gum, CC BY 4.0). GUM links only some names to
 * Wikipedia, so recall is the measure; precision counts our names that GUM did not link as errors and is a floor.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { surfaceKey } from '../../src/pipeline/identity/index.ts';
import type { Corpus, EntityType } from '../../src/schema/index.ts';
import type { Tally } from './real.ts';

type GumGold = Record<string, Record<EntityType, Array<{ identity: string; mentions: string[] }>>>;

const root = path.resolve(import.meta.dirname, '../..');

/** Reads GUM's entities per article. */
export function readGumGold(): GumGold {
  const raw = JSON.parse(readFileSync(path.join(root, 'tests/fixtures/real/gum-entities.json'), 'utf8')) as Record<string, unknown>;
  return Object.fromEntries(Object.entries(raw).filter(([key]) => !key.startsWith('$'))) as GumGold;
}

/** Scores the entities of a corpus's Wikinews articles against GUM, per type. */
export function scoreGum(corpus: Corpus, gold: GumGold): { articles: number; tallies: Record<EntityType, Tally>; missed: string[] } {
  const tallies: Record<EntityType, Tally> = {
    person: { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
    organization: { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
    place: { truePositives: 0, falsePositives: 0, falseNegatives: 0 },
  };
  const missed: string[] = [];
  let articles = 0;
  for (const article of corpus.articles) {
    const key = Object.keys(gold).find((k) => article.file.endsWith(`/${k}`));
    if (!key) continue;
    articles++;
    for (const type of ['person', 'organization', 'place'] as const) {
      const ours = new Set(corpus.entities.filter((e) => e.type === type && e.articleIds.includes(article.id)));
      for (const entity of gold[key]![type]) {
        const keys = new Set([entity.identity.replace(/\s*\(.*\)$/u, ''), ...entity.mentions].map(surfaceKey));
        const match = [...ours].find((e) => [e.name, ...e.aliases].some((n) => keys.has(surfaceKey(n))));
        if (match) {
          ours.delete(match);
          tallies[type].truePositives++;
        } else {
          tallies[type].falseNegatives++;
          missed.push(`${key}: ${type} ${entity.identity}`);
        }
      }
      tallies[type].falsePositives += ours.size;
    }
  }
  return { articles, tallies, missed };
}
