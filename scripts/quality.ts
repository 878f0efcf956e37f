/**
 * `npm run quality`: runs the pipeline over the seeds and over the unseen fixture articles and prints
 * extraction precision and recall against the hand annotations, with every miss and false alarm.
 */
import path from 'node:path';
import { runPipeline } from '../src/pipeline/index.ts';
import { readClaimGold, scoreClaims, scoreClusters } from '../tests/quality/claims.ts';
import { entityTypes, readEntityGold, scoreEntities } from '../tests/quality/entities.ts';
import { readEventGold, scoreEvents } from '../tests/quality/events.ts';

const root = path.resolve(import.meta.dirname, '..');
const gold = readEntityGold();
const claimGold = readClaimGold();
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
  const claims = scoreClaims(corpus, claimGold);
  console.log(`\nClaims, ${label}: ${claims.annotated} annotated, ${claims.extracted} extracted`);
  console.table({
    'recall, right source': claims.recall.toFixed(3),
    'recall, any source': claims.recallAnySource.toFixed(3),
    precision: claims.precision.toFixed(3),
  });
  if (verbose) {
    for (const miss of claims.missed) console.log(`  missed claim: ${miss}`);
    for (const wrong of claims.wrong) console.log(`  wrong claim: ${wrong}`);
  }
  const events = scoreEvents(corpus, readEventGold(label));
  console.log(`\nEvents, ${label}: ${events.onRightDate}/${events.annotated} annotated events found on the right date, ${events.onRightDateAndLinked}/${events.annotated} also linked to every article reporting them; ${events.extracted} events extracted`);
  for (const e of events.afterReports) console.log(`  after its reports: ${e.id}${e.flaggedFuture ? ' (flagged as ahead of the article)' : ' (NOT flagged)'}`);
  if (verbose) for (const row of events.rows) if (!row.found || !row.linked) console.log(`  event ${row.found ? 'not linked to all its articles' : 'missed'}: ${row.name}`);
  const clusters = scoreClusters(corpus, claimGold);
  if (clusters.annotatedPairs > 0) {
    console.log(`Clusters, ${label}: ${clusters.foundPairs}/${clusters.annotatedPairs} annotated pairs clustered; ${clusters.correctPairs}/${clusters.clusteredPairs} clustered pairs annotated`);
  }
}
