import { describe, expect, test } from 'vitest';
import { readClaimGold, scoreClaims, scoreClusters } from '../quality/claims.ts';
import { readEntityGold, scoreEntities } from '../quality/entities.ts';
import { readEventGold, scoreEvents } from '../quality/events.ts';
import { pipelineOf } from './support/corpora.ts';

const gold = readEntityGold();

// The targets of the entities issue; the measured figures are in the README (`npm run quality`).
describe('entity extraction against the hand annotations', () => {
  test('people on the seeds: precision and recall at least 0.97', async () => {
    const { corpus } = await pipelineOf('seeds');
    const { person } = scoreEntities(corpus, gold);
    expect(person.precision, person.spurious.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(person.recall, person.missed.join('\n')).toBeGreaterThanOrEqual(0.97);
  });

  test('people on the unseen articles: precision and recall at least 0.9', async () => {
    const { corpus } = await pipelineOf('tests/fixtures/unseen');
    const { person } = scoreEntities(corpus, gold);
    expect(person.precision, person.spurious.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(person.recall, person.missed.join('\n')).toBeGreaterThanOrEqual(0.9);
  });

  test('organisations and places on the seeds: precision and recall at least 0.9', async () => {
    const { corpus } = await pipelineOf('seeds');
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

  test('seeds: claims with the right speaker and precision at least 0.97; every annotated pair clustered, no other', async () => {
    const { corpus } = await pipelineOf('seeds');
    const score = scoreClaims(corpus, claimGold);
    expect(score.recall, score.missed.join('\n')).toBeGreaterThanOrEqual(0.97);
    expect(score.precision, score.wrong.join('\n')).toBeGreaterThanOrEqual(0.97);
    const clusters = scoreClusters(corpus, claimGold);
    expect(clusters.correctPairs).toBe(clusters.clusteredPairs);
    expect(clusters.foundPairs).toBe(clusters.annotatedPairs);
  });

  test('seeds: one institution is one source, whatever its wording', async () => {
    const { corpus } = await pipelineOf('seeds');
    const defence = corpus.sources.filter((s) => s.entityId === 'department-of-defense');
    expect(defence).toHaveLength(1);
    expect(defence[0]!.variants).toEqual(expect.arrayContaining(['DOD officials', 'Officials from the Department of Defense', 'The US military', 'American military authorities']));
    expect(corpus.sources.filter((s) => /military|pentagon|department of defen[cs]e|\bdod\b/iu.test(s.label) && s.type === 'organization')).toHaveLength(1);
  });

  test('unseen articles: recall with the right source and precision at least 0.8', async () => {
    const { corpus } = await pipelineOf('tests/fixtures/unseen');
    const score = scoreClaims(corpus, claimGold);
    expect(score.recall, score.missed.join('\n')).toBeGreaterThanOrEqual(0.8);
    expect(score.precision, score.wrong.join('\n')).toBeGreaterThanOrEqual(0.8);
  });
});

// The targets of the events issue.
describe('events against the hand annotations', () => {
  test('seeds: every annotated event on the right day and linked to every article reporting it', async () => {
    const { corpus } = await pipelineOf('seeds');
    const score = scoreEvents(corpus, readEventGold('seeds'));
    expect(score.onRightDateAndLinked, JSON.stringify(score.rows.filter((r) => !r.linked))).toBe(score.annotated);
    expect(score.afterReports.every((e) => e.flaggedFuture)).toBe(true);
  });
});
