import { describe, expect, test } from 'vitest';
import { clusterClaims, contentWords, loadLexicon, statementOverlap, statementWords, stem, wordWeights } from '../../src/pipeline/compare/index.ts';
import { buildDocument } from '../../src/pipeline/document/index.ts';
import type { Claim, Source } from '../../src/schema/index.ts';
import { pipelineOf } from './support/corpora.ts';


const claim = (id: string, articleId: string, sourceId: string, quote: string): Claim => ({
  id, articleId, sourceId, speakerEntityId: null, text: quote, quote, mode: 'direct', cue: 'say', start: 0, end: quote.length,
  hedges: [], figures: [], eventIds: [], clusterId: null, stance: 'asserted', viaSourceId: null, rule: 'speaker-before-cue', speakerRule: 'person-head', sourceRule: 'named-entity', statedOn: { date: { start: null, end: null, precision: 'unknown' }, reasoning: '', rule: 'undated' }, carriedIn: [{ articleId, start: 0, end: 0 }], aliasIds: [],
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

/** The lemmas of a text, as the document stage tags them. */
const lemmas = (text: string) => buildDocument(text).sentences.flatMap((s) => s.tokens.map((t) => t.lemma));
const lemmasOf = (c: Claim) => lemmas(c.quote ?? c.text);

describe('loadLexicon (WordNet)', () => {
  const lexicon = loadLexicon(['kill', 'slay', 'strike', 'attack', 'vehicle', 'car', 'automobile', 'airport']);

  test.each([
    ['kill', 'slay', true],
    ['strike', 'attack', true],
    ['car', 'automobile', true],
    ['kill', 'strike', false],
    ['airport', 'vehicle', false],
  ])('%s and %s related: %s', (a, b, expected) => {
    expect(lexicon.related(a, b)).toBe(expected);
  });

  test('a word WordNet does not know has no senses and no relatives but itself', () => {
    expect(lexicon.senses('entity:isis-k')).toEqual([]);
    expect(lexicon.related('entity:isis-k', 'attack')).toBe(false);
    expect(lexicon.related('entity:isis-k', 'entity:isis-k')).toBe(true);
  });
});

describe('statementOverlap', () => {
  const lexicon = loadLexicon(['kill', 'slay', 'planner', 'attack', 'strike', 'two', 'drone']);
  const weights = new Map<string, number>();

  test('counts a WordNet relative as shared when the same word is missing', () => {
    const plain = statementOverlap(['kill', 'two', 'planner'], ['slay', 'two', 'planner'], weights, lexicon);
    expect(plain.shared).toBe(3);
    expect(plain.score).toBe(1);
  });

  test('prefers the identical word to a relative, and never uses one word twice', () => {
    expect(statementOverlap(['strike', 'attack'], ['attack'], weights, lexicon).shared).toBe(1);
  });

  test('rarer words weigh more', () => {
    const weighted = wordWeights([['drone', 'planner'], ['drone', 'strike'], ['drone', 'attack'], ['drone', 'kill']]);
    expect(weighted.get('planner')!).toBeGreaterThan(weighted.get('drone')!);
  });

  test('statementWords leaves out function words and the words the source is cited by', () => {
    expect(statementWords(['the', 'official', 'say', 'entity:isis-k', 'planner', 'military'], ['DOD officials', 'The US military'])).toEqual(['entity:isis-k', 'planner']);
  });
});

describe('clusterClaims', () => {
  const a = 'Without addressing specific rules of engagement involving airstrikes, there is currently no obligation to clear airspace with the Taliban.';
  const b = 'Without speaking to specific rules of engagement surrounding airstrikes, there is no requirement to clear airspace with the Taliban.';
  const other = 'We remain confident in our capabilities to strike terrorists anywhere they hide in the world.';

  test('clusters two renditions of one statement from different articles', () => {
    const claims = clusterClaims([claim('x', 'one', 'kirby', a), claim('y', 'two', 'kirby', b)], [source('kirby', 'john-kirby')], lemmasOf);
    expect(claims[0]!.clusterId).toBe('cluster-x');
    expect(claims[1]!.clusterId).toBe('cluster-x');
  });

  test('keeps different statements by the same speaker apart', () => {
    const claims = clusterClaims([claim('x', 'one', 'kirby', a), claim('y', 'two', 'kirby', other)], [source('kirby', 'john-kirby')], lemmasOf);
    expect(claims.map((c) => c.clusterId)).toEqual([null, null]);
  });

  test('keeps the same words from two different named speakers apart', () => {
    const claims = clusterClaims([claim('x', 'one', 'kirby', a), claim('y', 'two', 'milley', b)], [source('kirby', 'john-kirby'), source('milley', 'mark-milley')], lemmasOf);
    expect(claims.map((c) => c.clusterId)).toEqual([null, null]);
  });

  test('never clusters two claims of one article', () => {
    const claims = clusterClaims([claim('x', 'one', 'kirby', a), claim('y', 'one', 'kirby', b)], [source('kirby', 'john-kirby')], lemmasOf);
    expect(claims.map((c) => c.clusterId)).toEqual([null, null]);
  });

  test('a short claim inside a long one is not the same statement', () => {
    const claims = clusterClaims([claim('x', 'one', 'kirby', 'The strike was fair.'), claim('y', 'two', 'kirby', 'The strike was fair, justified and within military rules of engagement.')], [source('kirby', 'john-kirby')], lemmasOf);
    expect(claims.map((c) => c.clusterId)).toEqual([null, null]);
  });

  test('clusters a paraphrase that shares few words but synonyms and the speaker', () => {
    const x = claim('x', 'one', 'pentagon', 'The Pentagon said it killed two planners of the attack in a drone strike on Saturday.');
    const y = claim('y', 'two', 'pentagon', 'In a drone operation on Saturday, the Pentagon said it slew two of the attack planners.');
    const claims = clusterClaims([x, y], [source('pentagon', 'department-of-defense', 'organization')], lemmasOf);
    expect(claims.map((c) => c.clusterId)).toEqual(['cluster-x', 'cluster-x']);
  });

  test('on the seeds, clusters every annotated pair of renditions and nothing else', async () => {
    const { corpus } = await pipelineOf('seeds');
    const clustered = corpus.claims.filter((c) => c.clusterId);
    const sizes = new Map<string, number>();
    for (const c of clustered) sizes.set(c.clusterId!, (sizes.get(c.clusterId!) ?? 0) + 1);
    expect([...sizes.values()]).toEqual([2, 2, 2]);
    const first = (words: string) => corpus.claims.find((c) => c.text.includes(words))!;
    for (const [a, b] of [
      ['In a separate drone operation on Saturday', 'The US military has said that it carried out'],
      ['According to American military authorities', 'Officials from the Department of Defense first claimed'],
    ]) expect(first(a!).clusterId, a).toBe(first(b!).clusterId);
  }, 60_000);

  test('on the seeds, clusters the Pentagon’s airspace statement reported by two articles', async () => {
    const { corpus } = await pipelineOf('seeds');
    const airspace = corpus.claims.filter((c) => /clear airspace with the Taliban/.test(c.text));
    expect(new Set(airspace.map((c) => c.articleId)).size).toBe(2);
    expect(airspace[0]!.clusterId).not.toBeNull();
    expect(new Set(airspace.map((c) => c.clusterId)).size).toBe(1);
  });
});
