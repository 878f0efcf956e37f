import { describe, expect, test } from 'vitest';
import { resolveMetadata } from '../../src/pipeline/metadata.ts';
import { segmentArticle } from '../../src/pipeline/document/index.ts';

const resolve = (text: string, editorial?: Parameters<typeof resolveMetadata>[2]) =>
  resolveMetadata({ file: 'seeds/a.txt', text }, segmentArticle(text), editorial, 'seeds/editorial.yaml');

describe('resolveMetadata', () => {
  test('takes the title from a headline line, its first sentence only', () => {
    const { metadata } = resolve('Biden promised that ISIS-K would “pay.” Not having troops makes it harder\n\nBody text here. More body.\n\nAnother paragraph.');
    expect(metadata.title).toBe('Biden promised that ISIS-K would “pay.”');
    expect(metadata.provenance.title.from).toBe('text');
  });

  test('takes the publication date from a dateline and records the phrase', () => {
    const { metadata } = resolve(' date 2021-10-24 A caption - Closely aligned. Associated Press\n\nCNN reported on Saturday that talks began.');
    expect(metadata.published).toBe('2021-10-24');
    expect(metadata.provenance.published).toEqual({ from: 'text', detail: 'dateline "date 2021-10-24"' });
  });

  test('fills what the text lacks from the editorial file, saying so', () => {
    const { metadata } = resolve('Officials said it happened.\n\nMore text.', { title: 'Given title', outlet: 'Dawn', published: '2021-08-29', note: 'from the print edition' });
    expect(metadata).toMatchObject({ title: 'Given title', outlet: 'Dawn', published: '2021-08-29' });
    expect(metadata.provenance.outlet).toEqual({ from: 'editorial', detail: 'stated in seeds/editorial.yaml: from the print edition' });
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
});
