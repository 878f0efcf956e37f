import { describe, expect, test } from 'vitest';
import { findHedges } from '../../src/pipeline/claims/index.ts';
import { extractFigures, figureKey, readNumber } from '../../src/pipeline/figures.ts';

describe('extractFigures', () => {
  test.each([
    ['killed 11 civilians, including seven children', [[11, 'civilians killed', null], [7, 'children killed', null]]],
    ['The explosion also killed at least 169 Afghans.', [[169, 'Afghans killed', 'at least']]],
    ['roughly 1000 civilians were waiting for planes', [[1000, 'civilians', 'roughly']]],
    ['two U.S. officials said', [[2, 'U.S. officials', null]]],
    ['Multiple reports claimed the strike', [[null, 'reports', null]]],
    ['Ten civilian deaths are an “astronomically high” number.', [[10, 'civilian deaths', null]]],
    ['nearly 100,000 people have passed through', [[100000, 'people', 'nearly']]],
    ['the Pentagon said it killed two of the IS-K planners', [[2, 'IS-K planners killed', null]]],
    ['an emergency loan of 1.5 million', []],
  ])('%j', (text, expected) => {
    expect(extractFigures(text).map((f) => [f.value, f.what, f.qualifier])).toEqual(expected);
  });

  test.each([
    ['two officials who had seen surveillance images of the strike that killed them', 'officials', null],
    ['the strike killed 10 civilians', 'civilians killed', 'killed'],
    ['11 civilians were killed in the strike', 'civilians killed', 'killed'],
    ['at least 13 dead', 'dead', 'killed'],
    ['injuring 18 people', 'people wounded', 'wounded'],
  ])('counts people affected only when its own phrase says so: %j', (text, what, outcome) => {
    expect(extractFigures(text).map((f) => [f.what, f.outcome])).toEqual([[what, outcome]]);
  });

  test.each([
    ['several suicide bombers', null, 'several suicide bombers', 'vague'],
    ['dozens of people were hurt', null, 'dozens of people', 'vague'],
    ['at least 169 Afghans', 169, 'at least 169 Afghans', 'approximate'],
    ['only 3 survivors', 3, 'only 3 survivors', 'exact'],
  ])('keeps a vague quantity vague: %j', (text, value, written, precision) => {
    expect(extractFigures(text).map((f) => [f.value, f.text, f.precision])).toEqual([[value, written, precision]]);
  });

  test.each([
    ['a date', 'The Department of Defense revealed on September 17 that it erred.'],
    ['a year', 'IS-K was established in 2014.'],
    ['an age', 'a 43-year-old electrical engineer'],
    ['a duration', 'within the next six to 36 months'],
    ['a pronoun count', 'seven of them were youngsters'],
  ])('reads no figure in %s', (_case, text) => {
    expect(extractFigures(text)).toEqual([]);
  });
});

describe('readNumber', () => {
  test.each([
    ['11', 11],
    ['100,000', 100000],
    ['seven', 7],
    ['twenty-five', 25],
    ['Ten', 10],
    ['civilians', null],
  ])('%j → %j', (word, value) => {
    expect(readNumber(word)).toBe(value);
  });
});

describe('figureKey', () => {
  test('one count described in other words has one key: modifiers that only describe it are dropped', () => {
    const keys = ['suicide bombers killed', 'would-be suicide attackers killed', 'Islamic State suicide bombers killed'].map(figureKey);
    expect(new Set(keys).size).toBe(1);
    expect(figureKey('civilian deaths')).toBe(figureKey('civilians killed'));
  });

  test('whose count it is stays in the key: Afghan and US troops, civilians and children are counts apart', () => {
    expect(figureKey('Afghan troops killed')).not.toBe(figureKey('US troops killed'));
    expect(figureKey('U.S. troops killed')).toBe(figureKey('US troops killed'));
    expect(figureKey('civilians killed')).not.toBe(figureKey('children killed'));
    expect(figureKey('civilians killed')).not.toBe(figureKey('civilians wounded'));
  });
});

describe('findHedges', () => {
  test.each([
    ['Initial indications are that we killed the target.', ['initial indications']],
    ['The strike appears to have killed at least ten civilians.', ['appears to', 'at least']],
    ['alleged ISIS-K fighters', ['alleged']],
    ['They were concerned about the strike.', []],
    ['roughly 1000 civilians', ['roughly']],
    // Inside a noun phrase a hedge qualifies the noun: admitting a strike on suspected militants was a mistake is no hedged admission.
    ['a lethal drone strike against suspected ISIS-K members was a mistake', []],
    ['the alleged attacker was arrested', []],
    ['two suspected bombers died', []],
    ['Police said he was suspected of planning the attack.', ['suspected']],
  ])('%j → %j', (text, expected) => {
    expect(findHedges(text)).toEqual(expected);
  });
});
