import { toHtml } from 'hast-util-to-html';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { coOccurring, indexCorpus, sentenceAt } from '../../src/lib/corpus-index.ts';
import { mentionMarks } from '../../src/lib/marks.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import { articleBody } from '../../src/render/reader.ts';
import type { Corpus } from '../../src/schema/index.ts';

const root = path.resolve(import.meta.dirname, '../..');
let corpus: Corpus;
beforeAll(async () => {
  corpus = (await runPipeline(path.join(root, 'seeds'), root)).corpus;
});

describe('indexCorpus', () => {
  test('places every mention in the sentence that holds it', () => {
    const { mentionsByEntity } = indexCorpus(corpus);
    for (const entity of corpus.entities) {
      const placed = mentionsByEntity.get(entity.id) ?? [];
      expect(placed, entity.name).toHaveLength(entity.mentions.length);
      for (const { article, mention, sentence } of placed) {
        expect(mention.start).toBeGreaterThanOrEqual(sentence.start);
        expect(mention.end).toBeLessThanOrEqual(sentence.end);
        expect(article.text.slice(mention.start, mention.end).length).toBeGreaterThan(0);
      }
    }
  });

  test('sentenceAt returns null outside the sentences (in furniture)', () => {
    const article = corpus.articles.find((a) => a.file.includes('001_'))!;
    const teaser = article.paragraphs.find((p) => p.furniture)!;
    expect(sentenceAt(article, teaser.start)).toBeNull();
  });

  test('finds who is named in the same sentences', () => {
    const { mentionsByArticle } = indexCorpus(corpus);
    const kirby = corpus.entities.find((e) => e.name === 'John Kirby')!;
    const names = coOccurring(kirby, mentionsByArticle).map((c) => c.entity.name);
    expect(names).toContain('Military Times');
    expect(names).not.toContain('John Kirby');
  });
});

describe('mentionMarks in the reader', () => {
  test('links each mention to its entity, inside its sentence', () => {
    const { mentionsByArticle } = indexCorpus(corpus);
    const article = corpus.articles.find((a) => a.file.includes('000_'))!;
    const html = toHtml(articleBody(article, mentionMarks(mentionsByArticle.get(article.id) ?? [], (id) => `/entities/${id}/`)));
    expect(html).toContain('<a class="mention" href="/entities/john-kirby/">John Kirby</a>');
    expect(html.match(/class="mention"/g)!.length).toBe(mentionsByArticle.get(article.id)!.length);
  });
});
