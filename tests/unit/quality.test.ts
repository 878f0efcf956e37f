import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { runPipeline } from '../../src/pipeline/index.ts';
import { readClaimGold, scoreClaims, scoreClusters } from '../quality/claims.ts';
import { readEntityGold, scoreEntities } from '../quality/entities.ts';
import { readEventGold, scoreEvents } from '../quality/events.ts';

const root = path.resolve(import.meta.dirname, '../..');
const gold = readEntityGold();

// The targets of the entities issue; the measured figures are in the README (`npm run quality`).
describe('entity extraction against the hand annotations', () => {
  test('people on the seeds: precision and recall at least 0.97', async () => {
    const { corpus } = await runPipeline(path.join(root, 'seeds'), root);
    const { person } = scoreEntities(corpus, gold);
    expect(person.precision, person.spurious.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(person.recall, person.missed.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  test('people on the unseen articles: precision and recall at least 0.9', async () => {
    const { corpus } = await runPipeline(path.join(root, 'tests/fixtures/unseen'), root);
    const { person } = scoreEntities(corpus, gold);
    expect(person.precision, person.spurious.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(person.recall, person.missed.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  test('organisations and places on the seeds: precision and recall at least 0.9', async () => {
    const { corpus } = await runPipeline(path.join(root, 'seeds'), root);
    const scores = scoreEntities(corpus, gold);
    for (const type of ['organization', 'place'] as const) {
      expect(scores[type].precision, scores[type].spurious.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(scores[type].recall, scores[type].missed.join('\n')).toBeGreaterThanOrEqual(0.9);
    }
  });
});

// The targets of the claims issue.
describe('claim extraction against the hand annotations', () => {
  const claimGold = readClaimGold();

  test('seeds: recall with the right source and precision at least 0.9; every cluster annotated', async () => {
    const { corpus } = await runPipeline(path.join(root, 'seeds'), root);
    const score = scoreClaims(corpus, claimGold);
    expect(score.recall, score.missed.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(score.precision, score.wrong.join('\n')).toBeGreaterThanOrEqual(0.9);
    const clusters = scoreClusters(corpus, claimGold);
    expect(clusters.correctPairs).toBe(clusters.clusteredPairs);
    expect(clusters.foundPairs).toBeGreaterThanOrEqual(2);
  });

  test('unseen articles: recall with the right source and precision at least 0.8', async () => {
    const { corpus } = await runPipeline(path.join(root, 'tests/fixtures/unseen'), root);
    const score = scoreClaims(corpus, claimGold);
    expect(score.recall, score.missed.join('\n')).toBeGreaterThanOrEqual(0.8);
    expect(score.precision, score.wrong.join('\n')).toBeGreaterThanOrEqual(0.8);
  });
});

// The targets of the events issue.
describe('events against the hand annotations', () => {
  test('seeds: every annotated event on the right day and linked to every article reporting it', async () => {
    const { corpus } = await runPipeline(path.join(root, 'seeds'), root);
    const score = scoreEvents(corpus, readEventGold('seeds'));
    expect(score.onRightDateAndLinked, JSON.stringify(score.rows.filter((r) => !r.linked))).toBe(score.annotated);
    expect(score.afterReports.every((e) => e.flaggedFuture)).toBe(true);
  });
});
