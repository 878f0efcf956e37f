/**
 * `npm run quality`: runs the pipeline over the seeds and over the unseen fixture articles and prints
 * extraction precision and recall against the hand annotations, with every miss and false alarm.
 */
import path from 'node:path';
import { runPipeline } from '../src/pipeline/index.ts';
import { entityTypes, readEntityGold, scoreEntities } from '../tests/quality/entities.ts';

const root = path.resolve(import.meta.dirname, '..');
const gold = readEntityGold();
const verbose = process.argv.includes('--verbose');

for (const [label, dir] of [['seeds', 'seeds'], ['unseen', 'tests/fixtures/unseen']] as const) {
  const { corpus } = await runPipeline(path.join(root, dir), root);
  const scores = scoreEntities(corpus, gold);
  console.log(`\nEntities, ${label} (${corpus.articles.length} articles)`);
  console.table(
    Object.fromEntries(entityTypes.map((type) => {
      const s = scores[type];
      return [type, { precision: s.precision.toFixed(3), recall: s.recall.toFixed(3), tp: s.truePositives, fp: s.falsePositives, fn: s.falseNegatives }];
    })),
  );
  if (verbose) {
    for (const type of entityTypes) {
      for (const miss of scores[type].missed) console.log(`  missed ${type}: ${miss}`);
      for (const extra of scores[type].spurious) console.log(`  spurious ${type}: ${extra}`);
    }
  }
}
