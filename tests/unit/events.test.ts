import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildDocument } from '../../src/pipeline/document/index.ts';
import { addStatementEvents, buildEvents, findEventTriggers } from '../../src/pipeline/events/index.ts';
import { buildCorpus, runPipeline } from '../../src/pipeline/index.ts';
import { EditorialSchema, type Corpus } from '../../src/schema/index.ts';
import { article, claim, event, source } from '../support/records.ts';

const root = path.resolve(import.meta.dirname, '../..');

/** Builds a corpus from small articles, each with a publication date. */
function corpusOf(articles: Record<string, { text: string; published: string }>): Corpus {
  const editorial = EditorialSchema.parse({ articles: Object.fromEntries(Object.entries(articles).map(([file, a]) => [file, { published: a.published, title: file }])) });
  const inputs = Object.entries(articles).map(([file, a]) => ({ file, text: a.text, digest: a.text }));
  return buildCorpus(inputs, editorial).corpus;
}

describe('findEventTriggers', () => {
  const mentions = (text: string) => {
    const corpus = corpusOf({ 'a.txt': { text, published: '2021-08-30' } });
    return findEventTriggers(buildDocument(text), corpus.articles[0]!.dates).map((m) => [m.kind.type, text.slice(m.start, m.end), m.date?.text ?? null]);
  };

  test.each([
    ['a strike dated in its sentence', 'The strike hit a vehicle in Kabul on Sunday.', [['strike', 'strike', 'on Sunday']]],
    ['a planned attack is no event', 'The bombers were planning an attack on the airport.', []],
    ['a verb is no event', 'Generals were told to strike the group.', []],
    ['each date goes to the trigger nearest it', 'In a separate drone operation on Saturday, the Pentagon said it killed two of the attack’s planners.', [['strike', 'drone operation', 'on Saturday'], ['attack', 'attack', null]]],
    ['a date in a clause of its own does not date the trigger', 'The ministry revealed on September 17 that a drone strike was a mistake.', [['strike', 'drone strike', null]]],
    ['"was established" founds; "deeply established" does not', 'The group was established in 2014. Deeply established doubts remain.', [['founding', 'established', '2014']]],
  ])('%s', (_case, text, expected) => {
    expect(mentions(text), text).toEqual(expected);
  });

  test.each([
    ['a happening outside the vocabulary is titled by its clause', 'On Tuesday, Assange took refuge in the Ecuadorean embassy.', 'Assange took refuge in the Ecuadorean embassy'],
    ['the date dates the verb nearest it, not the first one', 'Officials drove to the border, and Russia annexed Crimea in 2014.', 'Russia annexed Crimea'],
    ['a passive with an irregular participle reports a happening', 'In 2016, three workers were hurt when scaffolding gave way at the depot.', 'Three workers were hurt'],
    ['a gerund after a word of time reports a happening', 'The singer has lived in Lisbon ever since moving to the city in 2015.', 'Moving to the city'],
    ['its title stops before the date, never mid-phrase', 'Despite the fact that US military forces left the country at the end of August, officials said more strikes would come.', 'US military forces left the country'],
  ])('%s', (_case, text, title) => {
    const summaries = findEventTriggers(buildDocument(text), corpusOf({ 'a.txt': { text, published: '2021-09-30' } }).articles[0]!.dates).map((m) => m.summary);
    expect(summaries, text).toContain(title);
  });

  test.each([
    'By Friday afternoon, the government appeared to be courting the rebels.',
    'On Monday, prices remained high across the region.',
  ])('a verb of seeming or lasting reports no happening: %s', (text) => {
    const dates = corpusOf({ 'a.txt': { text, published: '2021-09-30' } }).articles[0]!.dates;
    expect(dates.length).toBeGreaterThan(0);
    expect(findEventTriggers(buildDocument(text), dates)).toEqual([]);
  });
});

describe('buildEvents', () => {
  test('threads "the strike" to the last strike named in the article', () => {
    const corpus = corpusOf({ 'a.txt': { text: 'A drone strike hit Kabul on Sunday. The strike killed nine civilians.', published: '2021-08-30' } });
    expect(corpus.events).toHaveLength(1);
    expect(corpus.events[0]!.mentions).toHaveLength(2);
  });

  test('merges accounts of one day from different articles, and keeps different days apart', () => {
    const corpus = corpusOf({
      'a.txt': { text: 'A drone strike hit a vehicle in Kabul on Sunday.', published: '2021-08-30' },
      'b.txt': { text: 'The strike in Kabul on Sunday killed civilians.', published: '2021-08-31' },
      'c.txt': { text: 'A drone strike in Nangarhar on Saturday killed a planner.', published: '2021-08-29' },
    });
    expect(corpus.events.map((e) => [e.date.start, e.articleIds.length])).toEqual([
      ['2021-08-28', 1],
      ['2021-08-29', 2],
    ]);
  });

  test('drops happenings the text never dates', () => {
    const corpus = corpusOf({ 'a.txt': { text: 'The attack enraged Americans. The agreement is interesting.', published: '2021-08-30' } });
    expect(corpus.events).toEqual([]);
  });

  test('titles an event by its kind and the place its accounts name most', () => {
    const corpus = corpusOf({ 'a.txt': { text: 'A drone strike hit a residential area of Kabul on Sunday. The strike in Kabul killed nine.', published: '2021-08-30' } });
    expect(corpus.events[0]!.title).toBe('Drone strike in Kabul');
  });

  test('links claims to the events of their sentences', () => {
    const corpus = corpusOf({ 'a.txt': { text: 'According to officials, the strike hit a vehicle in Kabul on Sunday.', published: '2021-08-30' } });
    const [claim] = corpus.claims;
    expect(claim!.eventIds).toEqual([corpus.events[0]!.id]);
    const triggers = corpus.articles.map((a) => findEventTriggers(buildDocument(a.text), a.dates));
    expect(buildEvents(corpus.articles, triggers, corpus.entities, corpus.claims).claimEventIds.get(claim!.id)).toEqual([corpus.events[0]!.id]);
  });
});

describe('events of the seeds', () => {
  let corpus: Corpus;
  beforeAll(async () => {
    corpus = (await runPipeline(path.join(root, 'seeds'), root)).corpus;
  });

  test('the Sunday drone strike in Kabul is one event reported by three articles', () => {
    const strike = corpus.events.find((e) => e.type === 'strike' && e.date.start === '2021-08-29')!;
    expect(strike.title).toBe('Drone strike in Kabul');
    expect(strike.articleIds).toHaveLength(3);
  });

  test('the Thursday airport bombing is one event reported by three articles', () => {
    const attack = corpus.events.find((e) => e.type === 'attack' && e.date.start === '2021-08-26')!;
    expect(attack.articleIds).toHaveLength(3);
  });

  test('no event lies after every report of it unless the text looks ahead', () => {
    const published = new Map(corpus.articles.map((a) => [a.id, a.published!]));
    for (const event of corpus.events.filter((e) => e.date.start !== null && e.articleIds.every((id) => published.get(id)! < e.date.start!))) {
      expect(event.future, event.id).toBe(true);
    }
  });
});

describe('addStatementEvents', () => {
  test('a date by the cue that falls before the event the statement speaks of dates something else: the statement was made by publication', () => {
    const strike = event({ id: 'strike', title: 'Drone strike', day: '2021-08-29' });
    const early = claim({ id: 'early', articleId: 'a', sourceId: 'dod', text: 'Last week the Pentagon said the strike killed militants.', said: '2021-08-20', eventIds: ['strike'] });
    const onTime = claim({ id: 'on-time', articleId: 'a', sourceId: 'dod', text: 'On Monday the Pentagon said the strike killed militants.', said: '2021-08-30', eventIds: ['strike'] });
    const { claims } = addStatementEvents([strike], [early, onTime], [source({ id: 'dod', label: 'the Pentagon', type: 'organization' })], [article({ id: 'a', published: '2021-09-02' })]);
    expect(claims.find((c) => c.id === 'early')!.statedOn).toMatchObject({ rule: 'by-publication', date: { start: '2021-09-02' } });
    expect(claims.find((c) => c.id === 'on-time')!.statedOn).toMatchObject({ rule: 'date-governs-cue', date: { start: '2021-08-30' } });
  });
});

describe('a statement that goes on with the account before it', () => {
  const statedOf = (text: string) => {
    const corpus = corpusOf({ 'a.txt': { text, published: '2023-05-20' } });
    return (words: RegExp) => corpus.claims.find((c) => words.test(c.text))!.statedOn;
  };

  test('the next statement by the same source in the same paragraph belongs to the first account', () => {
    const stated = statedOf('Fire crews battled the blaze for hours.\n\nThe county fire department initially said that the fire had destroyed twelve homes. According to the county fire department, two firefighters were hurt.\n\nThe mayor said the town would rebuild.\n');
    expect(stated(/initially said/u).rule).toBe('first-account');
    expect(stated(/two firefighters/u).rule).toBe('continues-first-account');
    expect(stated(/would rebuild/u).rule).toBe('by-publication');
  });

  test('an undated statement after a dated one by the same source shares its date; another source does not', () => {
    const stated = statedOf('The storm hit the coast overnight.\n\nThe governor said on Tuesday that the shelters were full. The governor added that more buses were coming. A spokesman for the utility said power would return within days.\n');
    expect(stated(/shelters were full/u)).toMatchObject({ rule: 'date-governs-cue', date: { start: '2023-05-16' } });
    expect(stated(/more buses/u)).toMatchObject({ rule: 'continues-dated-account', date: { start: '2023-05-16' } });
    expect(stated(/power would return/u).rule).toBe('by-publication');
  });
});


describe('an event placed by the calendar and by words counted from publication', () => {
  test('"mid-March" names the calendar; "last week" only counts from publication, so it does not narrow the date', () => {
    const corpus = corpusOf({
      'a.txt': { text: 'Residents fled after rebels took over Mosul last week.\n\nSince the fall of Mosul in mid-March, thousands have crossed the border, aid groups said.\n', published: '2023-03-25' },
    });
    const takeover = corpus.events.find((e) => e.type === 'takeover')!;
    expect(takeover.date).toEqual({ start: '2023-03-10', end: '2023-03-20', precision: 'approximate' });
  });
});
