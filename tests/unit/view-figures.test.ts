import { describe, expect, test } from 'vitest';
import { indexCorpus } from '../../src/lib/corpus-index.ts';
import { eventFigureGroups, figureDisplay } from '../../src/lib/figures-view.ts';
import { article, claim, corpusOf, event, figure, source } from '../support/records.ts';

describe('figureDisplay', () => {
  test.each([
    [figure({ text: '11 civilians', value: 11, key: 'civilian kill' }), '11'],
    [figure({ text: 'at least 169 Afghans', value: 169, key: 'afghan kill', qualifier: 'at least', precision: 'approximate' }), 'at least 169'],
    [figure({ text: 'several suicide bombers', value: null, key: 'bomber kill' }), 'several suicide bombers'],
    [figure({ text: 'several" would-be suicide attackers', value: null, key: 'attack kill' }), 'several would-be suicide attackers'],
  ])('%j is shown as "%s": a vague quantity in its words, never a number', (f, shown) => {
    expect(figureDisplay(f)).toBe(shown);
  });
});

describe('eventFigureGroups', () => {
  const corpus = corpusOf({
    articles: [article({ id: 'early', outlet: null, published: '2021-08-30', text: 'The strike killed 5 bombers.' }), article({ id: 'late', outlet: 'Dawn', published: '2021-09-30' })],
    sources: [source({ id: 'dod', label: 'Department of Defense', type: 'organization' }), source({ id: 'witness', label: 'A witness', type: 'anonymous' })],
    claims: [
      claim({ id: 'admission', articleId: 'late', sourceId: 'dod', text: 'It killed 11 civilians.', said: '2021-09-17', eventIds: ['strike'], figures: [figure({ text: '11 civilians', value: 11, key: 'civilian kill', what: 'civilians killed' })] }),
      claim({ id: 'witness', articleId: 'early', sourceId: 'witness', text: 'It killed nine civilians.', eventIds: ['strike'], statedOn: { date: { start: '2021-08-30', end: '2021-08-30', precision: 'approximate' }, reasoning: '', rule: 'by-publication' }, figures: [figure({ text: 'nine civilians', value: 9, key: 'civilian kill', what: 'civilians killed' })] }),
      claim({ id: 'first', articleId: 'late', sourceId: 'dod', text: 'It killed several bombers.', eventIds: ['strike'], said: '2021-08-29', figures: [figure({ text: 'several suicide bombers', value: null, key: 'bomber kill' })] }),
      // "two officials who had seen the images" counts people who saw something: no outcome, so not in the table.
      claim({ id: 'seen', articleId: 'late', sourceId: 'witness', text: 'Two officials who had seen images said so.', eventIds: ['strike'], figures: [figure({ text: 'two officials', value: 2, key: 'official', outcome: null })] }),
    ],
    events: [event({ id: 'strike', title: 'Drone strike in Kabul', day: '2021-08-29', claimIds: ['admission', 'witness', 'first', 'seen'], reportedFigures: [{ articleId: 'early', start: 0, end: 27, figure: figure({ text: '5 bombers', value: 5, key: 'bomber kill' }) }] })],
  });
  const index = indexCorpus(corpus);
  const groups = eventFigureGroups(corpus.events[0]!, index);

  test('puts the figures of one count side by side in the order given, with the range and a disagreement', () => {
    const civilians = groups.find((g) => g.key === 'civilian kill')!;
    expect(civilians.rows.map((r) => [r.display, r.source.label, r.said])).toEqual([
      ['9', 'A witness', 'by 30 Aug 2021'],
      ['11', 'Department of Defense', '17 Sep 2021'],
    ]);
    expect(civilians).toMatchObject({ range: '9–11', disagree: true });
  });

  test('lists an outlet’s own figure with the outlet as its source, and keeps a vague quantity out of the range', () => {
    const bombers = groups.find((g) => g.key === 'bomber kill')!;
    expect(bombers.rows.map((r) => [r.display, r.vague, r.source.label, r.ownVoice])).toEqual([
      ['several suicide bombers', true, 'Department of Defense', false],
      ['5', false, 'The article’s own reporting', true],
    ]);
    expect(bombers).toMatchObject({ range: '5', min: 5, max: 5, disagree: false });
  });

  test('leaves out numbers that count no one affected (people who saw or said something)', () => {
    expect(groups.map((g) => g.key).sort()).toEqual(['bomber kill', 'civilian kill']);
  });
});
