import fc from 'fast-check';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildCorpus, runPipeline, type AnalysisCache, type ArticleResult } from '../../src/pipeline/index.ts';
import { segmentArticle } from '../../src/pipeline/document/index.ts';
import { CorpusSchema, EditorialSchema } from '../../src/schema/index.ts';

const root = path.resolve(import.meta.dirname, '../..');
const noEditorial = EditorialSchema.parse({});

describe('runPipeline on the seeds', () => {
  test('returns five valid articles with body and furniture set apart, and no problems', async () => {
    const { corpus, problems } = await runPipeline(path.join(root, 'seeds'), root);
    expect(problems).toEqual([]);
    expect(CorpusSchema.safeParse(corpus).success).toBe(true);
    expect(corpus.articles.map((a) => a.file)).toEqual([
      'seeds/000_d9d98ab03fb78f62.txt',
      'seeds/001_7999bad3e4a4883b.txt',
      'seeds/002_e89b3c2d54e9788f.txt',
      'seeds/003_9b1a2fffc024e419.txt',
      'seeds/004_89ddbcb7d91a0613.txt',
    ]);
    for (const article of corpus.articles) {
      expect(article.paragraphs.some((p) => p.kind === 'body'), article.file).toBe(true);
      // Offsets always point into the text and paragraphs do not overlap.
      let cursor = 0;
      for (const p of article.paragraphs) {
        expect(p.start).toBeGreaterThanOrEqual(cursor);
        expect(p.end).toBeLessThanOrEqual(article.text.length);
        cursor = p.end;
      }
    }
    expect(new Set(corpus.articles.map((a) => a.id)).size).toBe(5);
  });
});

describe('buildCorpus', () => {
  const input = (file: string, text: string, digest = text) => ({ file, text, digest });

  test('does not analyse an article again when its digest is cached', () => {
    const store = new Map<string, ArticleResult>();
    let misses = 0;
    const cache: AnalysisCache = {
      get: (key) => store.get(key),
      set: (key, value) => {
        misses++;
        store.set(key, value);
      },
    };
    const first = [input('a.txt', 'One story here.'), input('b.txt', 'Another story here.')];
    buildCorpus(first, noEditorial, { cache });
    expect(misses).toBe(2);
    const { corpus } = buildCorpus([first[0]!, input('b.txt', 'Changed story here.')], noEditorial, { cache });
    expect(misses).toBe(3);
    expect(corpus.articles[1]!.title).toBe('Changed story here.');
  });

  test('a cached analysis names the editorial file of the folder it was made for, not another folder’s with the same text', () => {
    const store = new Map<string, ArticleResult>();
    const cache: AnalysisCache = { get: (key) => store.get(key), set: (key, value) => void store.set(key, value) };
    const editorial = EditorialSchema.parse({ articles: { 'a.txt': { published: '2021-08-29' } } });
    const text = [input('a.txt', 'One story here, told in full.')];
    buildCorpus(text, editorial, { cache, editorialFile: 'other-folder/editorial.yaml' });
    const { corpus } = buildCorpus(text, editorial, { cache, editorialFile: 'seeds/editorial.yaml' });
    expect(corpus.articles[0]!.provenance.published.detail).toBe('stated in seeds/editorial.yaml');
  });

  test('gives two articles with the same title distinct ids', () => {
    const { corpus } = buildCorpus([input('a.txt', 'Same words.'), input('b.txt', 'Same words.')], noEditorial);
    expect(corpus.articles.map((a) => a.id)).toEqual(['same-words', 'same-words-2']);
  });
});

describe('segmentArticle on arbitrary text', () => {
  test('never throws, and keeps every span inside the text', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'B', '.', ' ', '\n', '“', '”', '"', '-', '1', ',', 'U.S.', '\r\n', '…') , maxLength: 400 }), (text) => {
        for (const p of segmentArticle(text)) {
          if (p.start < 0 || p.end > text.length || p.start >= p.end) return false;
          if (p.sentences.some((s) => s.start < p.start || s.end > p.end)) return false;
        }
        return true;
      }),
      { seed: 20211023, numRuns: 500 },
    );
  });
});
