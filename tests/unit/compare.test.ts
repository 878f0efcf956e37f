import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { clusterClaims, contentWords, sameStatement, stem } from '../../src/pipeline/compare.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import type { Claim, Source } from '../../src/schema/index.ts';

const root = path.resolve(import.meta.dirname, '../..');

const claim = (id: string, articleId: string, sourceId: string, quote: string): Claim => ({
  id, articleId, sourceId, speakerEntityId: null, text: quote, quote, mode: 'direct', cue: 'say', start: 0, end: quote.length,
  hedges: [], figures: [], eventIds: [], clusterId: null, stance: 'asserted', viaSourceId: null, rule: 'speaker-before-cue', speakerRule: 'person-head', sourceRule: 'named-entity', statedOn: { date: { start: null, end: null, precision: 'unknown' }, reasoning: '', rule: 'undated' }, carriedIn: [articleId], aliasIds: [],
});
const source = (id: string, entityId: string | null, type: Source['type'] = 'person'): Source => ({ id, label: id, type, entityId, articleIds: [], variants: [], rule: 'named-entity' });

describe('stem and contentWords', () => {
  test.each([
    ['authorities', 'authority'],
    ['strikes', 'strik'],
    ['strike', 'strik'],
    ['killed', 'kill'],
  ])('%s → %s', (word, expected) => {
    expect(stem(word)).toBe(expected);
  });

  test('leaves out function words and the source’s own name', () => {
    expect([...contentWords(claim('c', 'a', 's', 'Kirby said there is no obligation to clear airspace'), 'John Kirby')]).toEqual(['obligation', 'clear', 'airspac']);
  });
});

describe('clusterClaims', () => {
  const a = 'Without addressing specific rules of engagement involving airstrikes, there is currently no obligation to clear airspace with the Taliban.';
  const b = 'Without speaking to specific rules of engagement surrounding airstrikes, there is no requirement to clear airspace with the Taliban.';
  const other = 'We remain confident in our capabilities to strike terrorists anywhere they hide in the world.';

  test('clusters two renditions of one statement from different articles', () => {
    const claims = clusterClaims([claim('x', 'one', 'kirby', a), claim('y', 'two', 'kirby', b)], [source('kirby', 'john-kirby')]);
    expect(claims[0]!.clusterId).toBe('cluster-x');
    expect(claims[1]!.clusterId).toBe('cluster-x');
  });

  test('keeps different statements by the same speaker apart', () => {
    const claims = clusterClaims([claim('x', 'one', 'kirby', a), claim('y', 'two', 'kirby', other)], [source('kirby', 'john-kirby')]);
    expect(claims.map((c) => c.clusterId)).toEqual([null, null]);
  });

  test('keeps the same words from two different named speakers apart', () => {
    const claims = clusterClaims([claim('x', 'one', 'kirby', a), claim('y', 'two', 'milley', b)], [source('kirby', 'john-kirby'), source('milley', 'mark-milley')]);
    expect(claims.map((c) => c.clusterId)).toEqual([null, null]);
  });

  test('never clusters two claims of one article', () => {
    const claims = clusterClaims([claim('x', 'one', 'kirby', a), claim('y', 'one', 'kirby', b)], [source('kirby', 'john-kirby')]);
    expect(claims.map((c) => c.clusterId)).toEqual([null, null]);
  });

  test('sameStatement needs shared words, not a short claim inside a long one', () => {
    expect(sameStatement(new Set(['strike', 'fair']), new Set(['strike', 'fair', 'justified', 'military', 'language']))).toBe(false);
  });

  test('on the seeds, clusters the Pentagon’s airspace statement reported by two articles', async () => {
    const { corpus } = await runPipeline(path.join(root, 'seeds'), root);
    const airspace = corpus.claims.filter((c) => /clear airspace with the Taliban/.test(c.text));
    expect(new Set(airspace.map((c) => c.articleId)).size).toBe(2);
    expect(airspace[0]!.clusterId).not.toBeNull();
    expect(new Set(airspace.map((c) => c.clusterId)).size).toBe(1);
  });
});
