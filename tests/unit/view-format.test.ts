import { describe, expect, test } from 'vitest';
import { formatCount, formatEventDate, formatList, formatRange, quietDate, shorten } from '../../src/lib/format.ts';
import type { EventDate } from '../../src/schema/index.ts';

const day = (d: string): EventDate => ({ start: d, end: d, precision: 'day' });

describe('formatRange', () => {
  test.each<[EventDate, string]>([
    [day('2021-08-29'), '29 Aug 2021'],
    [{ start: '2021-08-23', end: '2021-08-29', precision: 'approximate' }, '23–29 Aug 2021'],
    [{ start: '2021-08-29', end: '2021-09-30', precision: 'approximate' }, '29 Aug – 30 Sep 2021'],
    [{ start: '2021-08-01', end: '2021-08-31', precision: 'month' }, 'Aug 2021'],
    [{ start: '2014-01-01', end: '2014-12-31', precision: 'year' }, '2014'],
    [{ start: null, end: null, precision: 'unknown' }, 'undated'],
  ])('%j reads "%s"', (date, expected) => {
    expect(formatRange(date)).toBe(expected);
  });
});

describe('formatEventDate', () => {
  test('a day gets its weekday; a rough span says "about"; an unknown date says so', () => {
    expect(formatEventDate(day('2021-08-29'))).toBe('Sunday 29 August 2021');
    expect(formatEventDate({ start: '2021-08-16', end: '2021-08-20', precision: 'approximate' })).toBe('about 16–20 August 2021');
    expect(formatEventDate({ start: null, end: null, precision: 'unknown' })).toBe('Undated');
  });
});

describe('quietDate: the resolved date beside a date expression', () => {
  test.each<[string, EventDate, string | null, string | null]>([
    ['Wednesday', day('2021-09-01'), '2021-09-02', '1 Sep'],
    ['on Saturday', day('2021-08-28'), '2021-08-29', '28 Aug'],
    ['last week', { start: '2021-08-23', end: '2021-08-29', precision: 'approximate' }, '2021-09-02', '23–29 Aug'],
    ['last month', { start: '2021-09-01', end: '2021-09-30', precision: 'month' }, '2021-10-24', 'Sep 2021'],
    ['September 17', day('2021-09-17'), '2021-09-30', null],
    ['September 11, 2001', day('2001-09-11'), '2021-09-02', null],
    ['in 2014', { start: '2014-01-01', end: '2014-12-31', precision: 'year' }, '2021-09-02', null],
    ['February 2020', { start: '2020-02-01', end: '2020-02-29', precision: 'month' }, '2021-09-02', null],
    ['last year', { start: '2020-01-01', end: '2020-12-31', precision: 'year' }, '2021-09-02', '2020'],
    ['on Monday', day('2020-12-28'), '2021-01-02', '28 Dec 2020'],
    ['someday', { start: null, end: null, precision: 'unknown' }, null, null],
  ])('"%s" → %s', (text, date, published, expected) => {
    expect(quietDate(text, date, published)).toBe(expected);
  });
});

describe('lists and counts', () => {
  test('formatCount agrees in number; formatList joins as prose; shorten cuts at a word', () => {
    expect(formatCount(1, 'article')).toBe('1 article');
    expect(formatCount(1563, 'word')).toBe('1,563 words');
    expect(formatList(['A'])).toBe('A');
    expect(formatList(['A', 'B', 'C'])).toBe('A, B and C');
    expect(shorten('Drone strike in Nangarhar province', 20)).toBe('Drone strike in…');
    expect(shorten('Short', 20)).toBe('Short');
  });
});
