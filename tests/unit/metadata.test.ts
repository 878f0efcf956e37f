import { describe, expect, test } from 'vitest';
import { resolveMetadata } from '../../src/pipeline/metadata.ts';
import { datelineOf, segmentArticle } from '../../src/pipeline/document/index.ts';

const resolve = (text: string, editorial?: Parameters<typeof resolveMetadata>[2], file = 'seeds/a.txt') => {
  const paragraphs = segmentArticle(text);
  return resolveMetadata({ file, text }, paragraphs, editorial, 'seeds/editorial.yaml', datelineOf(text, paragraphs));
};

describe('resolveMetadata', () => {
  test('takes the title from the headline line, whole: a headline is not cut at a full stop inside it', () => {
    const { metadata } = resolve('Biden promised that ISIS-K would “pay.” Not having troops makes it harder\n\nBody text here. More body.\n\nAnother paragraph.');
    expect(metadata.title).toBe('Biden promised that ISIS-K would “pay.” Not having troops makes it harder');
    expect(metadata.provenance.title.from).toBe('text');
  });

  test('takes the title from a header block before any line of the page', () => {
    const text = '---\ndate: \'2022-03-01\'\ntitle: "FACT SHEET: Addressing Addiction and the Overdose\u00a0Epidemic"\n---\n\nSouth Court Auditorium\n\nDrug overdose deaths have reached a historic high, officials said.';
    expect(resolve(text).metadata).toMatchObject({ title: 'FACT SHEET: Addressing Addiction and the Overdose Epidemic', published: '2022-03-01' });
  });

  test('takes the publication date from a dateline and records the phrase', () => {
    const { metadata } = resolve(' date 2021-10-24 A caption - Closely aligned. Associated Press\n\nCNN reported on Saturday that talks began.');
    expect(metadata.published).toBe('2021-10-24');
    expect(metadata.provenance.published).toEqual({ from: 'text', detail: 'the dateline "date 2021-10-24"' });
  });

  test('fills what the text lacks from the editorial file, saying so', () => {
    const { metadata } = resolve('Officials said it happened.\n\nMore text.', { title: 'Given title', outlet: 'Dawn', published: '2021-08-29', note: 'from the print edition' });
    expect(metadata).toMatchObject({ title: 'Given title', outlet: 'Dawn', published: '2021-08-29' });
    expect(metadata.provenance.outlet).toEqual({ from: 'editorial', detail: 'stated in seeds/editorial.yaml', note: 'from the print edition' });
  });

  test('warns when the editorial file contradicts the text, and keeps the text', () => {
    const { metadata, problems } = resolve(' date 2021-10-24 A caption. Associated Press\n\nBody.', { published: '2021-10-25' });
    expect(metadata.published).toBe('2021-10-24');
    expect(problems).toEqual([{ file: 'seeds/a.txt', severity: 'warning', message: expect.stringMatching(/published "2021-10-25".*"2021-10-24"/) }]);
  });

  test('without headline or editorial title, uses the opening words of the first sentence and says how', () => {
    const { metadata } = resolve('The navy said on Tuesday that it had recovered the last of the fourteen missing fishermen off the coast.');
    expect(metadata.title).toBe('The navy said on Tuesday that it had recovered the last of the fourteen…');
    expect(metadata.provenance.title.detail).toMatch(/first body sentence/);
    expect(metadata.published).toBeNull();
    expect(metadata.provenance.published.from).toBe('none');
  });

  test.each([
    ['a Wikinews date line', 'Team honored at robotics competition\n\nFriday, July 21, 2017\n\nA group of Afghan teenagers was awarded a silver medal on Tuesday.', 'seeds/a.txt', '2017-07-21'],
    ['a State Department date line under the title', 'Kenyan General Elections\n\nPress Statement\n\nAugust 3, 2022\n\nThe United States supports the people of Kenya, the Secretary said.', 'seeds/a.txt', '2022-08-03'],
    ['a stamp in parentheses', 'A girl was rescued by police, officials said.\n\n(Published Monday, Nov. 18, 2019)\n\nThe suspect was convicted last Thursday.', 'seeds/a.txt', '2019-11-18'],
    ['a 1987 dateline with the year from the file name', 'COCOA REVIEW\n    SALVADOR, Feb 26 - Showers continued throughout the week in\nthe Bahia cocoa zone, the review said.\n    The dry period means the harvest will be\nlate this year, it said.', 'seeds/reuters-1987-cocoa.txt', '1987-02-26'],
  ])('reads the publication date from %s', (_case, text, file, date) => {
    const { metadata, problems } = resolve(text, undefined, file);
    expect(metadata.published).toBe(date);
    expect(metadata.provenance.published.from).toBe('text');
    expect(problems).toEqual([]);
  });

  test('with no date in the text or the editorial file, the date is unknown and the build is told, naming the file', () => {
    const { metadata, problems } = resolve('The ministry said on Saturday that the bridge would close.\n\nMore text.', undefined, 'seeds/undated.txt');
    expect(metadata.published).toBeNull();
    expect(problems).toEqual([{ file: 'seeds/undated.txt', severity: 'warning', message: expect.stringMatching(/no publication date.*left undated/) }]);
  });
});
