import { describe, expect, test } from 'vitest';
import { indexCorpus } from '../../src/lib/corpus-index.ts';
import { eventFigureGroups } from '../../src/lib/figures-view.ts';
import { outletsInWords, storySummary, titleInSentence } from '../../src/lib/view/home.ts';
import type { Event } from '../../src/schema/index.ts';
import { article, claim, corpusOf, entity, event, figure, source } from '../support/records.ts';

describe('titleInSentence', () => {
  test.each([
    ['Drone strike in Kabul', 'drone strike in Kabul'],
    ['Suicide attack in Kabul', 'suicide attack in Kabul'],
    ['US military forces left the country', 'US military forces left the country'],
    ['ISIS-K founding', 'ISIS-K founding'],
    ['Joe Biden’s visit', 'Joe Biden’s visit'],
  ])('"%s" reads "%s" inside a sentence', (title, expected) => {
    expect(titleInSentence(title, ['Joe Biden'])).toBe(expected);
  });
});

describe('outletsInWords', () => {
  test('names the outlets and counts the copies that name none', () => {
    expect(outletsInWords([article({ id: 'a', outlet: 'Dawn' }), article({ id: 'b', outlet: null }), article({ id: 'c', outlet: 'CNN' }), article({ id: 'd', outlet: null })])).toBe('Dawn, CNN and 2 that do not name their outlet');
    expect(outletsInWords([article({ id: 'a', outlet: null })])).toBe('1 that does not name its outlet');
  });
});

describe('storySummary', () => {
  const corpus = corpusOf({
    articles: [article({ id: 'a', outlet: 'Dawn', published: '2021-08-29' }), article({ id: 'b', outlet: null, published: '2021-09-30' })],
    entities: [entity({ id: 'kabul', name: 'Kabul', type: 'place' })],
    sources: [source({ id: 'dod', label: 'the Department of Defense', type: 'organization' }), source({ id: 'witness', label: 'a witness', type: 'anonymous' })],
    claims: [
      claim({ id: 'c1', articleId: 'a', sourceId: 'witness', text: 'Nine killed.', eventIds: ['strike'], figures: [figure({ text: 'nine civilians', value: 9, key: 'civilian kill', what: 'civilians killed' })] }),
      claim({ id: 'c2', articleId: 'b', sourceId: 'dod', text: 'Eleven killed.', eventIds: ['strike'], figures: [figure({ text: '11 civilians', value: 11, key: 'civilian kill', what: 'civilians killed' })] }),
      claim({ id: 'c3', articleId: 'b', sourceId: 'dod', text: 'Another thing.' }),
    ],
    events: [
      event({ id: 'strike', title: 'Drone strike in Kabul', day: '2021-08-29', articleIds: ['a', 'b'], claimIds: ['c1', 'c2'] }),
      event({ id: 'attack', title: 'Suicide attack in Kabul', day: '2021-08-26', type: 'attack', articleIds: ['a'] }),
      event({ id: 'admission', title: 'Admission by Department of Defense', day: '2021-09-17', type: 'admission', kind: 'statement', articleIds: ['b'], relatedEventIds: ['strike'] }),
    ],
  });
  const index = indexCorpus(corpus);
  const figures = (e: Event) => eventFigureGroups(e, index);

  test('says in two sentences who reported what, the events most reported, the figure in dispute and who is cited most', () => {
    expect(storySummary(corpus, index, figures)).toEqual([
      '2 articles, from Dawn and 1 that does not name its outlet, published between 29 Aug and 30 Sep 2021, report 2 dated events; the most reported are drone strike in Kabul (29 Aug 2021) and suicide attack in Kabul (26 Aug 2021).',
      'The sources disagree on civilians killed in the drone strike in Kabul, from 9 to 11; the most cited are the Department of Defense (2 statements) and a witness (1).',
    ]);
  });

  test('without a dispute, names the most cited sources alone', () => {
    const calm = corpusOf({ ...corpus, claims: corpus.claims.map((c) => ({ ...c, figures: [] })) });
    expect(storySummary(calm, indexCorpus(calm), (e) => eventFigureGroups(e, indexCorpus(calm)))[1]).toBe('The most cited sources are the Department of Defense (2 statements) and a witness (1).');
  });
});
