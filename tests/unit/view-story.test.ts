import { describe, expect, test } from 'vitest';
import { indexCorpus } from '../../src/lib/corpus-index.ts';
import { changeSummary, storyView } from '../../src/lib/view/story.ts';
import { buildCorpus } from '../../src/pipeline/index.ts';
import { EditorialSchema } from '../../src/schema/index.ts';

const paragraphs = [
  'Flood waters rose across the delta on Tuesday, forcing thousands of families from their homes.',
  'The regional governor, Maria Okafor, said 4,000 people had been evacuated and that schools would stay shut.',
  '“We have never seen the river this high,” Okafor told reporters at a shelter in the capital.',
  'Forecasters said more rain was expected on Thursday, and the army has been sent to reinforce the dykes.',
  'Aid groups said they were short of clean water and blankets for the families in the shelters.',
];

describe('changeSummary', () => {
  test.each([
    [0, 0, 0, 'the same text, word for word'],
    [1, 0, 0, '1 paragraph added'],
    [1, 2, 0, '1 paragraph added and 2 cut'],
    [0, 0, 3, '3 paragraphs reworded'],
  ])('%i added, %i cut, %i reworded: "%s"', (added, cut, reworded, expected) => {
    expect(changeSummary(added, cut, reworded)).toBe(expected);
  });
});

describe('storyView', () => {
  test('lists each copy with its headline, outlet and date, and what it added and cut, against the first copy', () => {
    const copy = ['Delta families flee rising river', ...paragraphs.slice(0, 3), 'In Port Lamu, the town council opened its hall to 200 people.', paragraphs[3]!].join('\n\n');
    const files = { 'a.txt': paragraphs.join('\n\n'), 'b.txt': copy };
    const corpus = buildCorpus(
      Object.entries(files).map(([file, text]) => ({ file, text, digest: text })),
      EditorialSchema.parse({ articles: { 'a.txt': { published: '2024-03-01', outlet: 'Paper 1', title: 'Floods force thousands from homes' }, 'b.txt': { published: '2024-03-02', outlet: 'Paper 2' } } }),
    ).corpus;
    const view = storyView(corpus.stories[0]!, indexCorpus(corpus));
    expect(view.carried).toBe('Carried by 2 articles from 2 outlets');
    expect(view.first).toMatchObject({ outlet: 'Paper 1', date: '1 Mar 2024' });
    expect(view.copies).toHaveLength(1);
    expect(view.copies[0]).toMatchObject({ article: { outlet: 'Paper 2', date: '2 Mar 2024' }, newHeadline: true, added: ['In Port Lamu, the town council opened its hall to 200 people.'], cut: [paragraphs[4]] });
    expect(view.copies[0]!.summary).toBe('1 paragraph added and 1 cut');
  });
});
