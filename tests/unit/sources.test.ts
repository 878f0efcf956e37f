import { describe, expect, test } from 'vitest';
import { buildCorpus } from '../../src/pipeline/index.ts';
import { EditorialSchema, type Corpus } from '../../src/schema/index.ts';

/** Builds a corpus from small articles with the given alias groups. */
function corpusOf(articles: Record<string, string>, aliases: string[][] = []): Corpus {
  const editorial = EditorialSchema.parse({ articles: Object.fromEntries(Object.keys(articles).map((file) => [file, { title: file, published: '2021-08-30' }])), aliases });
  return buildCorpus(Object.entries(articles).map(([file, text]) => ({ file, text, digest: text })), editorial).corpus;
}

/** The source of the claim whose text contains `words`. */
function sourceOf(corpus: Corpus, words: string) {
  const claim = corpus.claims.find((c) => c.text.includes(words));
  if (!claim) throw new Error(`no claim contains "${words}"`);
  return corpus.sources.find((s) => s.id === claim.sourceId)!;
}

/** The source row that decided the claim whose text contains `words`, as the claim's own wording met it. */
function decidedBy(corpus: Corpus, words: string): string {
  const claim = corpus.claims.find((c) => c.text.includes(words))!;
  return claim.sourceRule;
}

const defenceAliases = [['Department of Defense', 'DOD', 'Pentagon', 'US military']];

describe('sources: an institution is one source however it is worded', () => {
  const corpus = corpusOf(
    {
      'a.txt': 'The Department of Defense said on Friday that the strike was a mistake.\n\nDOD officials said the target had been tracked for hours.',
      'b.txt': 'Officials from the Department of Defense said the vehicle carried explosives.\n\nAccording to American military authorities, the strike in Kabul on Sunday hit its target.',
      'c.txt': 'The US military said the strike had killed two planners.',
    },
    defenceAliases,
  );

  test.each([
    ['The Department of Defense said', 'named-entity'],
    ['DOD officials said', 'officials-of-institution'],
    ['Officials from the Department of Defense', 'officials-of-institution'],
    ['According to American military authorities', 'country-institution'],
    ['The US military said', 'country-institution'],
  ])('"%s" is the Department of Defense', (words, rule) => {
    expect(sourceOf(corpus, words).entityId, words).toBe('department-of-defense');
    expect(decidedBy(corpus, words), words).toBe(rule);
  });

  test('the five wordings make one source that lists them as variants', () => {
    const defence = corpus.sources.filter((s) => s.entityId === 'department-of-defense');
    expect(defence).toHaveLength(1);
    expect(defence[0]!.variants).toEqual(expect.arrayContaining(['DOD officials', 'Officials from the Department of Defense', 'The US military']));
    expect(defence[0]!.articleIds).toHaveLength(3);
  });
});

describe('sources: individuals and shared voices stay apart from the institution', () => {
  const corpus = corpusOf(
    {
      'a.txt': 'Two DOD officials said the target had been tracked for hours.\n\nAccording to US and Taliban officials, the strike hit a vehicle in Kabul.',
      'b.txt': 'A senior official said the strike was lawful.',
      'c.txt': 'Talks in Doha broke down on Monday. A senior official said the envoys would fly home within a week.',
    },
    defenceAliases,
  );

  test('counted officials are individuals of their article, not the institution', () => {
    const source = sourceOf(corpus, 'Two DOD officials');
    expect(source).toMatchObject({ entityId: null, type: 'anonymous', rule: 'article-source' });
  });

  test('officials of two bodies are not the officials of either', () => {
    const source = sourceOf(corpus, 'US and Taliban officials');
    expect(source.entityId).toBeNull();
    expect(source.label).toBe('US and Taliban officials');
  });

  test('"a senior official" in two articles is two sources', () => {
    expect(sourceOf(corpus, 'was lawful').id).not.toBe(sourceOf(corpus, 'fly home').id);
  });
});

describe('sources: a country\'s institution without an editorial alias', () => {
  test('"the US military" and "American military authorities" in two articles are one source', () => {
    const corpus = corpusOf({
      'a.txt': 'The US military said the strike had killed two planners.',
      'b.txt': 'According to American military authorities, the strike hit its target.',
    });
    const first = sourceOf(corpus, 'The US military');
    expect(first).toMatchObject({ label: 'US military', rule: 'country-institution', type: 'organization' });
    expect(sourceOf(corpus, 'American military authorities').id).toBe(first.id);
  });
});
