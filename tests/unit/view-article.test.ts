import { toHtml } from 'hast-util-to-html';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { indexCorpus } from '../../src/lib/corpus-index.ts';
import { aboutTheCopy, articleView, statementSpans } from '../../src/lib/view/article.ts';
import { runPipeline } from '../../src/pipeline/index.ts';
import type { Article, Corpus } from '../../src/schema/index.ts';
import { article, claim, corpusOf, source, story } from '../support/records.ts';

describe('aboutTheCopy', () => {
  test('says once, in plain words, which details the editors supplied, with their note and without the file’s name', () => {
    const given = { from: 'editorial', detail: 'stated in seeds/editorial.yaml', note: 'the strike "on Saturday" is 28 August 2021' } as const;
    const lines = aboutTheCopy({
      provenance: { title: given, outlet: given, published: given },
      notes: ['the text stops mid-sentence: the copy looks truncated'],
    });
    expect(lines).toEqual([
      'Headline, outlet and publication date are not printed in this copy: Crosscheck’s editors supplied them. Their note: “the strike "on Saturday" is 28 August 2021”.',
      'The text stops mid-sentence: the copy looks truncated.',
    ]);
    expect(lines.join(' ')).not.toMatch(/seeds\/|\.ya?ml|\.txt/u);
  });

  test('says when the copy names no outlet, and says nothing about details the text itself gives', () => {
    expect(aboutTheCopy({ provenance: { title: { from: 'text', detail: 'the headline line' }, outlet: { from: 'none', detail: 'no outlet' }, published: { from: 'text', detail: 'the dateline' } }, notes: [] })).toEqual([
      'This copy does not name the outlet that published it.',
    ]);
  });
});

describe('statementSpans', () => {
  test('highlights a carried statement at the copy’s own offsets, which differ from the first copy’s', () => {
    const words = 'The mayor said the bridge would reopen.';
    const corpus = corpusOf({
      articles: [article({ id: 'first', text: words, storyId: 'story-x' }), article({ id: 'copy', text: `Local news first. ${words}`, storyId: 'story-x' })],
      sources: [source({ id: 'mayor', label: 'the mayor', type: 'anonymous' })],
      claims: [claim({ id: 'mayor-bridge', articleId: 'first', sourceId: 'mayor', text: words, carriedIn: [{ articleId: 'copy', start: 18, end: 18 + words.length }, { articleId: 'first', start: 0, end: words.length }], aliasIds: ['mayor-bridge-2'] })],
      stories: [story({ id: 'story-x', canonicalArticleId: 'first', articleIds: ['first', 'copy'], copies: [{ articleId: 'copy', added: [], cut: [], reworded: [] }] })],
    });
    const index = indexCorpus(corpus);
    const copy = corpus.articles.find((a) => a.id === 'copy')!;
    expect(statementSpans(copy, index)).toEqual([expect.objectContaining({ start: 18, end: 18 + words.length, href: '/claims/mayor-bridge/' })]);
    expect(articleView(copy, index, []).story).toMatchObject({ href: '/stories/story-x/', articles: 2 });
  });
});

describe('the reader of a seed article', () => {
  let corpus: Corpus;
  let biden: Article;
  beforeAll(async () => {
    const root = path.resolve(import.meta.dirname, '../..');
    corpus = (await runPipeline(path.join(root, 'seeds'), root)).corpus;
    biden = corpus.articles.find((a) => a.title.startsWith('US drone strike targets ISIS-K planner'))!;
  }, 300_000);

  test('names the speaker of a claim attributed by a pronoun beside its words, in plain text', () => {
    const index = indexCorpus(corpus);
    const byPronoun = corpus.claims.find((c) => c.articleId === biden.id && c.speakerRule.startsWith('he-she'))!;
    const speaker = corpus.sources.find((s) => s.id === byPronoun.sourceId)!;
    const html = toHtml(articleView(biden, index, []).body);
    const link = new RegExp(`<a class="speaker source-${speaker.type}" href="/claims/${byPronoun.id}/"[^>]*><span class="speaker-name">${speaker.label}</span>`, 'u');
    expect(html).toMatch(link);
  });

  test('puts each resolved date in quiet brackets after its words, only where the words do not say it', () => {
    const html = toHtml(articleView(biden, indexCorpus(corpus), []).body);
    expect(html).toMatch(/<time datetime="2021-08-28">on Saturday<span class="quiet-date" data-pagefind-ignore=""> \[28 Aug\]<\/span><\/time>/u);
  });

  test('a possessive stays with the words it follows: the bracket comes after "last week’s", not inside it', () => {
    const vow = corpus.articles.find((a) => a.text.includes('for last week’s attack'))!;
    const html = toHtml(articleView(vow, indexCorpus(corpus), []).body);
    expect(html).toMatch(/last week’s<span class="quiet-date" data-pagefind-ignore=""> \[[^\]]+\]<\/span><\/time> attack/u);
  });

  test('counts the statements by kind of source for the legend, and shows no file name anywhere in the view', () => {
    const view = articleView(biden, indexCorpus(corpus), []);
    expect(view.sources.total).toBe(corpus.claims.filter((c) => c.articleId === biden.id).length);
    expect(view.sources.parts.map((p) => p.label)).toContain('Named person');
    expect(JSON.stringify({ ...view, body: null })).not.toMatch(/seeds\/|\.txt/u);
  });
});
