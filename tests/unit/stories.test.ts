/**
 * Syndication: copies and near-copies of one text become one story, with what each copy changed, and the copies'
 * word-for-word claims fold into one permalink that lists every article carrying the statement.
 */
import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/pipeline/index.ts';
import { copyChanges } from '../../src/pipeline/stories/changes.ts';
import { estimatedJaccard, shingles, signature } from '../../src/pipeline/stories/fingerprint.ts';
import { EditorialSchema } from '../../src/schema/index.ts';

const story = [
  'Flood waters rose across the delta on Tuesday, forcing thousands of families from their homes.',
  'The regional governor, Maria Okafor, said 4,000 people had been evacuated and that schools would stay shut.',
  '“We have never seen the river this high,” Okafor told reporters at a shelter in the capital.',
  'Forecasters said more rain was expected on Thursday, and the army has been sent to reinforce the dykes.',
  'Aid groups said they were short of clean water and blankets for the families in the shelters.',
].join('\n\n');

const corpusOf = (files: Record<string, string>) =>
  buildCorpus(
    Object.entries(files).map(([file, text]) => ({ file, text, digest: text })),
    EditorialSchema.parse({ articles: Object.fromEntries(Object.keys(files).map((file, i) => [file, { published: `2024-03-0${i + 1}`, outlet: `Paper ${i + 1}` }])) }),
  ).corpus;

describe('stories', () => {
  test('three copies of one article under different names are one story, with one permalink per statement carried by all three', () => {
    const corpus = corpusOf({ 'a.txt': story, 'b.txt': story, 'c.txt': story });
    expect(corpus.stories).toHaveLength(1);
    expect(corpus.stories[0]!.articleIds).toHaveLength(3);
    const okafor = corpus.claims.filter((c) => c.text.includes('4,000 people'));
    expect(okafor).toHaveLength(1);
    expect(okafor[0]!.carriedIn).toHaveLength(3);
    expect(okafor[0]!.aliasIds).toHaveLength(2);
    expect(new Set(corpus.articles.map((a) => a.storyId))).toEqual(new Set([corpus.stories[0]!.id]));
  });

  test('an anonymous source is one source across the copies of a story, so its statements fold too', () => {
    const corpus = corpusOf({ 'a.txt': story, 'b.txt': story });
    const aid = corpus.claims.filter((c) => c.text.includes('short of clean water'));
    expect(aid).toHaveLength(1);
    expect(aid[0]!.carriedIn).toHaveLength(2);
    expect(corpus.sources.filter((s) => s.label === 'Aid groups')).toHaveLength(1);
  });

  test('a near-copy with a new headline, a cut ending and a local paragraph is the same story, its changes listed', () => {
    const paragraphs = story.split('\n\n');
    const copy = ['Delta families flee rising river', ...paragraphs.slice(0, 3), 'In Port Lamu, the town council opened its hall to 200 people.', paragraphs[3]!].join('\n\n');
    const corpus = corpusOf({ 'a.txt': story, 'b.txt': copy });
    expect(corpus.stories).toHaveLength(1);
    const changes = corpus.stories[0]!.copies[0]!;
    const copyArticle = corpus.articles.find((a) => a.id === changes.articleId)!;
    expect(changes.added.map((i) => copyArticle.text.slice(copyArticle.paragraphs[i]!.start, copyArticle.paragraphs[i]!.end))).toEqual(['In Port Lamu, the town council opened its hall to 200 people.']);
    expect(changes.cut).toHaveLength(1);
    // The copy opens with a new headline, so its statements stand elsewhere than in the first copy: each is found at its own offsets.
    const carried = corpus.claims.filter((c) => c.carriedIn.length === 2);
    expect(carried.length).toBeGreaterThan(0);
    const textOf = new Map(corpus.articles.map((a) => [a.id, a.text]));
    for (const claim of carried) {
      const [first, second] = claim.carriedIn.map((copy) => textOf.get(copy.articleId)!.slice(copy.start, copy.end));
      expect(second, claim.id).toBe(first);
      expect(new Set(claim.carriedIn.map((copy) => copy.start)).size, claim.id).toBe(2);
    }
  });

  test('two stories about one event, written apart, are not copies', () => {
    const other = [
      'Thousands of people left their homes in the delta as the river burst its banks this week.',
      'Officials put the number of evacuees at about 4,000, and the army was deployed to shore up defences.',
      'Residents described water reaching the rooftops of single-storey houses overnight.',
    ].join('\n\n');
    expect(corpusOf({ 'a.txt': story, 'b.txt': other }).stories).toEqual([]);
  });
});

describe('fingerprints', () => {
  test('the signature estimate of a copy is near 1 and of an unrelated text near 0', () => {
    const a = signature(shingles(story));
    expect(estimatedJaccard(a, signature(shingles(story)))).toBe(1);
    expect(estimatedJaccard(a, signature(shingles('An entirely different text about football and the weekend results in the league.')))).toBeLessThan(0.1);
  });
});

describe('copyChanges', () => {
  test.each([
    ['a reworded paragraph', ['The mayor said the bridge would reopen on Monday.'], ['The mayor said the bridge would reopen next Monday.'], { added: [], cut: [], reworded: [{ canonical: 0, copy: 0 }] }],
    ['an added paragraph', ['One.'], ['One.', 'A local paragraph about the town hall.'], { added: [1], cut: [], reworded: [] }],
    ['a cut ending', ['One.', 'Two more words here.'], ['One.'], { added: [], cut: [1], reworded: [] }],
  ])('%s', (_case, canonical, copy, expected) => {
    const paragraphs = (list: string[]) => list.map((text, index) => ({ index, text }));
    expect(copyChanges(paragraphs(canonical), paragraphs(copy))).toEqual(expected);
  });
});
