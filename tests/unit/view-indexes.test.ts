import { describe, expect, test } from 'vitest';
import { indexCorpus } from '../../src/lib/corpus-index.ts';
import { entitiesIndexView, sourcesIndexView } from '../../src/lib/view/indexes.ts';
import { article, claim, corpusOf, entity, source } from '../support/records.ts';

const corpus = corpusOf({
  articles: [article({ id: 'dawn', outlet: 'Dawn' }), article({ id: 'herald', outlet: null })],
  entities: [entity({ id: 'joe-biden', name: 'Joe Biden', mentions: [{ articleId: 'dawn', start: 0, end: 3, link: 'full-name' }] }), entity({ id: 'associated-press', name: 'Associated Press', type: 'organization', media: true })],
  sources: [
    source({ id: 'joe-biden', label: 'Joe Biden', entityId: 'joe-biden', articleIds: ['dawn'] }),
    source({ id: 'associated-press', label: 'Associated Press', type: 'media', entityId: 'associated-press', articleIds: ['dawn'] }),
    source({ id: 'official-dawn', label: 'a U.S. official', type: 'anonymous', articleIds: ['dawn'] }),
    source({ id: 'official-herald', label: 'a U.S. official', type: 'anonymous', articleIds: ['herald'] }),
  ],
  claims: [
    claim({ id: 'b1', articleId: 'dawn', sourceId: 'joe-biden', text: 'We will not forgive.', viaSourceId: 'associated-press' }),
    claim({ id: 'o1', articleId: 'dawn', sourceId: 'official-dawn', text: 'One.' }),
    claim({ id: 'o2', articleId: 'herald', sourceId: 'official-herald', text: 'Two.' }),
  ],
});

describe('sourcesIndexView', () => {
  const view = sourcesIndexView(corpus, indexCorpus(corpus));

  test('lists named sources by kind, linking to their people’s and organisations’ pages, and leaves out mere channels', () => {
    expect(view.named).toEqual([{ id: 'people', title: 'Named people', entries: [expect.objectContaining({ name: 'Joe Biden', href: '/entities/joe-biden/', counts: '1 statement · 1 article' })] }]);
  });

  test('keeps anonymous sources apart, article by article, in the article’s words', () => {
    expect(view.unnamed.map((g) => [g.article.outlet, g.entries.map((e) => [e.name, e.href])])).toEqual([
      ['Dawn', [['A U.S. official', '/sources/official-dawn/']]],
      ['Outlet not named', [['A U.S. official', '/sources/official-herald/']]],
    ]);
    expect(view.unnamedCount).toBe(2);
  });
});

describe('entitiesIndexView', () => {
  test('sorts each kind by mentions and marks news outlets', () => {
    const view = entitiesIndexView(corpus);
    expect(view.sections.map((s) => [s.title, s.entries.map((e) => [e.name, e.badge])])).toEqual([
      ['People', [['Joe Biden', null]]],
      ['Organisations', [['Associated Press', 'news outlet']]],
      ['Places', []],
    ]);
  });
});
