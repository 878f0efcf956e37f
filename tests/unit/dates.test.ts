import { describe, expect, test } from 'vitest';
import { resolveArticleDates, resolveDates, resolveWeekday } from '../../src/pipeline/dates/index.ts';
import { statedOnOf } from '../../src/pipeline/rules/stated-on.ts';
import { buildDocument } from '../../src/pipeline/document/index.ts';
import { analyseArticle } from '../../src/pipeline/index.ts';
import { EditorialSchema } from '../../src/schema/index.ts';

const resolve = (sentence: string, published: string | null) =>
  resolveDates(sentence, { start: 0, end: sentence.length }, published, buildDocument(sentence).sentences.flatMap((s) => s.tokens));
const one = (sentence: string, published: string) => {
  const [date] = resolve(sentence, published);
  return date ? [date.text, date.date.start, date.date.end, date.date.precision] : null;
};

describe('resolveDates', () => {
  test.each([
    ['a weekday is the last one before publication', 'It carried out a drone strike on Saturday.', '2021-08-29', ['on Saturday', '2021-08-28', '2021-08-28', 'day']],
    ['a possessive weekday', 'It avenged Thursday’s terrorist attack.', '2021-08-29', ['Thursday', '2021-08-26', '2021-08-26', 'day']],
    ['a weekday with a part of the day', 'The last flights left by Sunday evening, officials were told.', '2021-08-30', ['Sunday evening', '2021-08-29', '2021-08-29', 'day']],
    ['"by" a weekday in a present-perfect sentence is a deadline ahead', 'Biden has ordered all troops out by Tuesday.', '2021-08-30', ['Tuesday', '2021-08-31', '2021-08-31', 'day']],
    ['"by" a weekday in a past-tense sentence stays behind', 'By Friday afternoon, the administration appeared to be targeting militants.', '2021-08-29', ['Friday afternoon', '2021-08-27', '2021-08-27', 'day']],
    ['a weekday in a future-tense sentence lies ahead', 'Raab will advocate for engagement at a meeting on Wednesday.', '2021-08-30', ['on Wednesday', '2021-09-01', '2021-09-01', 'day']],
    ['a month and day take the year of publication', 'On August 15, ISIS launched attacks.', '2021-10-24', ['August 15', '2021-08-15', '2021-08-15', 'day']],
    ['a full date', 'the attacks of September 11, 2001.', '2021-08-29', ['September 11, 2001', '2001-09-11', '2001-09-11', 'day']],
    ['a past month later in the year than publication is last year’s', 'The two presidents met virtually in November.', '2022-03-14', ['November', '2021-11-01', '2021-11-30', 'month']],
    ['a past day later in the year than publication is last year’s', 'The storm struck on December 3.', '2022-03-14', ['December 3', '2021-12-03', '2021-12-03', 'day']],
    ['a past-tense deadline days after publication stays in its year', 'US forces completed the withdrawal by August 31.', '2021-08-29', ['August 31', '2021-08-31', '2021-08-31', 'day']],
    ['a month ahead stays in the year of publication', 'The leaders will meet in November.', '2022-03-14', ['November', '2022-11-01', '2022-11-30', 'month']],
    ['a month and year', 'The agreement in February 2020 required it.', '2021-09-02', ['February 2020', '2020-02-01', '2020-02-29', 'month']],
    ['last month', 'The spokesman last month called it crucial.', '2021-10-24', ['last month', '2021-09-01', '2021-09-30', 'month']],
    ['mid-month is approximate', 'Since the fall of Kabul in mid-August, many have left.', '2021-08-29', ['August', '2021-08-10', '2021-08-20', 'approximate']],
    ['the end of a month is approximate', 'US forces left at the end of August.', '2021-09-30', ['end of August', '2021-08-21', '2021-08-31', 'approximate']],
    ['last week is the week before the week of publication', 'It followed Kabul’s collapse last week.', '2021-08-29', ['last week', '2021-08-16', '2021-08-22', 'approximate']],
    ['a year on its own', 'The faction was established in 2014.', '2021-08-30', ['2014', '2014-01-01', '2014-12-31', 'year']],
    ['a year before the noun it dates', 'Officials recalled the 2011 flood.', '2021-08-30', ['2011', '2011-01-01', '2011-12-31', 'year']],
    ['a year counted from publication', 'Last year, the council closed the library.', '2021-08-30', ['Last year', '2020-01-01', '2020-12-31', 'year']],
    ['years ago', 'The mill shut down four years ago.', '2021-08-30', ['four years ago', '2017-01-01', '2017-12-31', 'year']],
    ['an anniversary: years ago today is that day, years back', 'Ten years ago today, the dam burst.', '2021-08-30', ['Ten years ago today', '2011-08-30', '2011-08-30', 'day']],
    ['months ago', 'Two months ago the mayor resigned.', '2021-08-30', ['Two months ago', '2021-06-01', '2021-06-30', 'month']],
  ])('%s', (_case, sentence, published, expected) => {
    expect(one(sentence, published), sentence).toEqual(expected);
  });

  test.each([
    ['"now"', 'The Pentagon said it is now investigating.'],
    ['"the last hours"', 'The image built in the last hours before the strike.'],
    ['a percentage', 'Prices rose by 2014 percent.'],
    ['a count before a plural noun', 'The army sent the 2000 soldiers home.'],
    ['a year inside a name', 'Fans filled the 2018 World Cup stadium.'],
  ])('reads no date in %s', (_case, sentence) => {
    expect(resolve(sentence, '2021-09-02')).toEqual([]);
  });

  test('without a publication date, a weekday is kept unresolved (precision unknown) and a full date still resolves', () => {
    expect(resolve('It happened on Saturday, as on September 11, 2001.', null).map((d) => [d.text, d.date.start, d.date.precision, d.rule])).toEqual([
      ['on Saturday', null, 'unknown', 'undated-article'],
      ['September 11, 2001', '2001-09-11', 'day', 'day-of-month'],
    ]);
  });

  test('a year joined to a dated year is a year too: "in 2008 and 2012"', () => {
    expect(resolve('She ran for the seat in 2008 and 2012.', '2021-09-02').map((d) => d.text)).toEqual(['2008', '2012']);
  });

  test('keeps the reasoning in words', () => {
    expect(resolve('a drone strike on Saturday', '2021-08-29')[0]!.reasoning).toBe('Saturday → 2021-08-28, the Saturday before publication');
  });
});

describe('resolveWeekday', () => {
  test('never moves a weekday after publication unless asked to look ahead', () => {
    for (let weekday = 0; weekday < 7; weekday++) {
      expect(resolveWeekday(weekday, '2021-08-29', false).date <= '2021-08-29').toBe(true);
      expect(resolveWeekday(weekday, '2021-08-29', true).date >= '2021-08-29').toBe(true);
    }
  });
});

describe('dates that contradict the publication date', () => {
  test('are reported as a warning naming the article and the phrase', () => {
    // A bare "October 30" in a past-tense sentence would be last year's; with its year it contradicts the date.
    const text = 'The ministry said on October 30, 2021 that the strike was a mistake.\n\nMore text here.';
    const editorial = EditorialSchema.parse({ articles: { 'late.txt': { published: '2021-09-02' } } });
    const { problems } = analyseArticle({ file: 'seeds/late.txt', text, digest: 'd' }, editorial, 'seeds/editorial.yaml');
    expect(problems).toEqual([
      { file: 'seeds/late.txt', severity: 'warning', message: '"October 30, 2021" resolves to 2021-10-30, after the publication date 2021-09-02 (from the editorial file)' },
    ]);
  });
});

describe('statedOnOf', () => {
  const statedOn = (text: string, cue: string, published: string) => {
    const dates = resolveDates(text, { start: 0, end: text.length }, published, buildDocument(text).sentences.flatMap((s) => s.tokens));
    const at = text.indexOf(cue);
    return statedOnOf({ text, sentence: { start: 0, end: text.length }, cueAt: { start: at, end: at + cue.length }, first: false, dates, published, continues: null });
  };

  test('a date next to the cue dates the statement', () => {
    expect(statedOn('The Department of Defense revealed on September 17 that the strike was a mistake.', 'revealed', '2021-09-30')).toMatchObject({ rule: 'date-governs-cue', date: { start: '2021-09-17' } });
  });

  test('a date inside a clause of its own dates that clause, not the statement', () => {
    expect(statedOn('Despite the fact that US forces left the country at the end of August, DOD officials have promised to continue airstrikes.', 'promised', '2021-09-30').rule).toBe('by-publication');
    expect(statedOn('Although contacts started soon after the fall of Kabul last week, officials said little about them.', 'said', '2021-08-30').rule).toBe('by-publication');
  });
});

describe('resolveArticleDates: days counted from speech inside a quotation', () => {
  test('"today" and "a year ago" inside a quotation stay unknown; the same words outside it count from publication', () => {
    const text = 'The garrison was quiet.\n\n“We struck the camp today, and we are stronger than a year ago,” the captain said on Sunday. Officials met today.\n';
    const dates = resolveArticleDates(buildDocument(text), '2021-08-30').map((d) => [d.text, d.date.start, d.rule]);
    expect(dates).toEqual([
      ['today', null, 'quoted-speech-day'],
      ['a year ago', null, 'quoted-speech-day'],
      ['on Sunday', '2021-08-29', 'weekday'],
      ['today', '2021-08-30', 'day-of-month'],
    ]);
  });
});
