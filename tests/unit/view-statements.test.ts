import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { indexCorpus } from '../../src/lib/corpus-index.ts';
import { byWhenSaid, carriedInWords, countStatements, groupStatements, saidLabel, saidPhrase, stanceNote } from '../../src/lib/statements.ts';
import { eventView } from '../../src/lib/view/event.ts';
import { eventFigureGroups } from '../../src/lib/figures-view.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import type { Claim, Corpus } from '../../src/schema/index.ts';
import { article, claim, corpusOf, source } from '../support/records.ts';

describe('when a statement was said', () => {
  test.each<[Claim['statedOn'], string, string]>([
    [{ date: { start: '2021-09-17', end: '2021-09-17', precision: 'day' }, reasoning: '', rule: 'date-governs-cue' }, '17 Sep 2021', 'Said 17 Sep 2021'],
    [{ date: { start: '2021-08-30', end: '2021-08-30', precision: 'approximate' }, reasoning: '', rule: 'by-publication' }, 'by 30 Aug 2021', 'Said by 30 Aug 2021'],
    [{ date: { start: '2021-08-29', end: '2021-09-30', precision: 'approximate' }, reasoning: '', rule: 'first-account' }, 'first account, 29 Aug – 30 Sep 2021', 'First account, 29 Aug – 30 Sep 2021'],
    [{ date: { start: '2021-08-16', end: '2021-08-22', precision: 'approximate' }, reasoning: '', rule: 'date-governs-cue' }, '16–22 Aug 2021', 'Said 16–22 Aug 2021'],
    [{ date: { start: null, end: null, precision: 'unknown' }, reasoning: '', rule: 'undated' }, 'undated', 'Undated'],
  ])('%j reads "%s"', (statedOn, label, phrase) => {
    expect(saidLabel({ statedOn })).toBe(label);
    expect(saidPhrase({ statedOn })).toBe(phrase);
  });

  test('statements sort by the first day they may have been made: a first account before a later dated admission, undated last', () => {
    const a = claim({ id: 'admission', articleId: 'x', sourceId: 's', text: 'a', said: '2021-09-17' });
    const first = claim({ id: 'first', articleId: 'x', sourceId: 's', text: 'b', statedOn: { date: { start: '2021-08-29', end: '2021-09-30', precision: 'approximate' }, reasoning: '', rule: 'first-account' } });
    const undated = claim({ id: 'undated', articleId: 'x', sourceId: 's', text: 'c', statedOn: { date: { start: null, end: null, precision: 'unknown' }, reasoning: '', rule: 'undated' } });
    expect([undated, a, first].sort(byWhenSaid).map((c) => c.id)).toEqual(['first', 'admission', 'undated']);
  });

  test('a stance note says hedged (with its words) or a denial; a plain assertion has none', () => {
    expect(stanceNote({ stance: 'hedged', hedges: ['appears to'] })).toBe('hedged (“appears to”)');
    expect(stanceNote({ stance: 'denied', hedges: [] })).toBe('a denial');
    expect(stanceNote({ stance: 'asserted', hedges: [] })).toBeNull();
  });
});

describe('groupStatements', () => {
  test('keeps the renditions of one statement together, where the first was said, and counts the articles and outlets carrying it', () => {
    const corpus = corpusOf({
      articles: [article({ id: 'a', outlet: 'Dawn' }), article({ id: 'b', outlet: null }), article({ id: 'c', outlet: 'Dawn' })],
      sources: [source({ id: 'kirby', label: 'John Kirby' }), source({ id: 'witness', label: 'a witness', type: 'anonymous' })],
      claims: [
        claim({ id: 'later', articleId: 'a', sourceId: 'witness', text: 'Later words.', said: '2021-09-01' }),
        claim({ id: 'first', articleId: 'a', sourceId: 'kirby', text: 'We retain all authorities.', said: '2021-08-20', clusterId: 'cluster-k' }),
        claim({ id: 'again', articleId: 'b', sourceId: 'kirby', text: 'We have all required authorities.', said: '2021-09-30', clusterId: 'cluster-k', carriedIn: [{ articleId: 'b', start: 0, end: 33 }, { articleId: 'c', start: 0, end: 33 }] }),
      ],
    });
    const groups = groupStatements(corpus.claims, indexCorpus(corpus));
    expect(groups.map((g) => [g.lead.id, g.renditions.map((r) => r.id)])).toEqual([
      ['first', ['again']],
      ['later', []],
    ]);
    // Dawn twice and a copy that names no outlet: one outlet, not two.
    expect(groups[0]).toMatchObject({ articles: 3, outlets: 1, carried: '3 articles: 2 from one outlet, 1 naming none' });
    expect(groups[0]!.lead).toMatchObject({ said: '20 Aug 2021', speaker: { label: 'John Kirby', type: 'person', typeLabel: 'person' }, article: { outlet: 'Dawn' } });
    expect(groups[0]!.renditions[0]).toMatchObject({ carriedBy: 2, article: { outlet: 'Outlet not named', outletKnown: false } });
  });
});

describe('the seeds: the Kabul drone strike, told in the order it was said', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    corpus = (await runPipeline(path.join(root, 'seeds'), root)).corpus;
  }, 300_000);

  test('the first account ("first claimed … several suicide bombers") comes before the 17 September admission, which comes before the articles of 30 September', () => {
    const index = indexCorpus(corpus);
    const strike = corpus.events.find((e) => e.title === 'Drone strike in Kabul')!;
    const view = eventView(strike, index, eventFigureGroups(strike, index));
    const order = [...view.accounts.shown, ...view.accounts.more].map((g) => g.lead.words);
    const first = order.findIndex((w) => /first claimed/u.test(w));
    const admission = order.findIndex((w) => /revealed on September 17/u.test(w));
    expect(first).toBeGreaterThanOrEqual(0);
    expect(admission).toBeGreaterThan(first);
    const saidDays = [...view.accounts.shown, ...view.accounts.more].map((g) => g.lead.saidIso ?? '9999');
    expect(saidDays).toEqual([...saidDays].sort());
  });

  test('the figure table gives the first account\'s three civilians before the eleven of 17 September', () => {
    const index = indexCorpus(corpus);
    const strike = corpus.events.find((e) => e.title === 'Drone strike in Kabul')!;
    const civilians = eventFigureGroups(strike, index).find((g) => g.rows.some((r) => r.display === '11'))!;
    const displays = civilians.rows.map((r) => r.display);
    expect(displays.indexOf('3')).toBeGreaterThanOrEqual(0);
    expect(displays.indexOf('3')).toBeLessThan(displays.indexOf('11'));
  });
});

describe('carriedInWords', () => {
  test.each([
    [['Dawn', 'CNN', 'Reuters'], '3 articles from 3 outlets'],
    [['Dawn', 'Dawn'], '2 articles from one outlet'],
    [[null, null, null], '3 articles, none naming their outlet'],
    [['Dawn', null, 'CNN', null], '4 articles: 2 from 2 outlets, 2 naming none'],
    [['Dawn', 'Dawn', null], '3 articles: 2 from one outlet, 1 naming none'],
  ])('%j → %s: copies that name no outlet are never counted as outlets', (outlets, words) => {
    expect(carriedInWords(outlets.map((outlet, i) => article({ id: `a${i}`, outlet })))).toBe(words);
  });
});

describe('countStatements', () => {
  test('counts the renditions of one statement once, as the statements list groups them', () => {
    const claims = [claim({ id: 'a', articleId: 'x', sourceId: 's', text: 'One.', clusterId: 'c' }), claim({ id: 'b', articleId: 'y', sourceId: 's', text: 'One again.', clusterId: 'c' }), claim({ id: 'c', articleId: 'x', sourceId: 's', text: 'Two.' })];
    expect(countStatements(claims)).toBe(2);
  });
});
