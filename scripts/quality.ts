/**
 * `npm run quality`: runs the pipeline over annotated article sets and prints extraction quality against the
 * hand annotations. Sets: `seeds` and `unseen` (annotations in tests/fixtures/gold/), the real corpus `batch-1`
 * and `batch-2` (tests/fixtures/real/, blind annotations in tests/fixtures/real/gold/, and GUM's own entities for
 * the Wikinews texts), `local` (restored by `npm run corpus:local`) and `held-back` (scored only when named).
 *
 *   npm run quality                      seeds, unseen, batch-1, batch-2, and local when restored
 *   npm run quality -- batch-1 --verbose one set, with every miss listed
 *   npm run quality -- --json            the figures as JSON
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { runPipeline } from '../src/pipeline/index.ts';
import { readClaimGold, scoreClaims, scoreClusters } from '../tests/quality/claims.ts';
import { entityTypes, readEntityGold, scoreEntities } from '../tests/quality/entities.ts';
import { readEventGold, scoreEvents } from '../tests/quality/events.ts';
import { readGumGold, scoreGum } from '../tests/quality/gum.ts';
import { rates, readRealGold, scoreReal, summarise } from '../tests/quality/real.ts';

const root = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const verbose = args.includes('--verbose');
const asJson = args.includes('--json');
const named = args.filter((a) => !a.startsWith('--'));
const localDir = path.join(root, 'tests/fixtures/local');
const sets = named.length > 0 ? named : ['seeds', 'unseen', 'batch-1', 'batch-2', ...(existsSync(localDir) ? ['local'] : [])];
const results: Record<string, unknown> = {};
const log = (...line: unknown[]) => {
  if (!asJson) console.log(...line);
};

for (const set of sets) {
  if (set === 'seeds' || set === 'unseen') {
    const { corpus } = await runPipeline(path.join(root, set === 'seeds' ? 'seeds' : 'tests/fixtures/unseen'), root);
    const entities = scoreEntities(corpus, readEntityGold());
    const claims = scoreClaims(corpus, readClaimGold());
    const events = scoreEvents(corpus, readEventGold(set));
    const clusters = scoreClusters(corpus, readClaimGold());
    results[set] = {
      entities: Object.fromEntries(entityTypes.map((t) => [t, { precision: entities[t].precision, recall: entities[t].recall }])),
      claims: { annotated: claims.annotated, recall: claims.recall, recallAnySource: claims.recallAnySource, precision: claims.precision },
      events: { annotated: events.annotated, onRightDate: events.onRightDate, linked: events.onRightDateAndLinked, extracted: events.extracted },
      clusters,
    };
    log(`\n${set} (${corpus.articles.length} articles)`);
    log(JSON.stringify(results[set]));
    if (verbose) {
      for (const type of entityTypes) for (const line of [...entities[type].missed.map((m) => `missed ${type}: ${m}`), ...entities[type].spurious.map((m) => `spurious ${type}: ${m}`)]) log(`  ${line}`);
      for (const line of [...claims.missed.map((m) => `missed claim: ${m}`), ...claims.wrong.map((m) => `wrong claim: ${m}`)]) log(`  ${line}`);
      for (const row of events.rows) if (!row.found || !row.linked) log(`  event ${row.found ? 'not linked to all its articles' : 'missed'}: ${row.name}`);
    }
    continue;
  }
  const dir = set === 'local' ? localDir : path.join(root, 'tests/fixtures/real', set);
  if (!existsSync(dir)) {
    log(`\n${set}: ${path.relative(root, dir)} is missing${set === 'local' ? ' (npm run corpus:local restores it)' : ''}`);
    continue;
  }
  const { corpus } = await runPipeline(dir, root);
  const score = scoreReal(corpus, readRealGold(set));
  const gum = scoreGum(corpus, readGumGold());
  results[set] = {
    ...summarise(score),
    ...(gum.articles > 0 ? { gum: { articles: gum.articles, ...Object.fromEntries(entityTypes.map((t) => [t, { recall: Number(rates(gum.tallies[t]).recall.toFixed(3)), precisionFloor: Number(rates(gum.tallies[t]).precision.toFixed(3)) }])) } } : {}),
  };
  log(`\n${set} (${score.articles} annotated articles)`);
  if (!asJson) console.table(results[set]);
  if (verbose) for (const miss of [...score.misses, ...gum.missed.map((m) => `not found (GUM): ${m}`)]) log(`  ${miss}`);
}
if (asJson) console.log(JSON.stringify(results, null, 2));
