import { describe, expect, test } from 'vitest';
import { indexCorpus } from '../../src/lib/corpus-index.ts';
import { eventFigureGroups } from '../../src/lib/figures-view.ts';
import { claimRedirects } from '../../src/lib/view/claim.ts';
import { articleView } from '../../src/lib/view/article.ts';
import { comparablePairs, pairView } from '../../src/lib/view/compare.ts';
import { sourceRedirects } from '../../src/lib/view/entity.ts';
import { orderedStatements, statementsPages } from '../../src/lib/view/statements.ts';
import type { Event } from '../../src/schema/index.ts';
import { article, claim, corpusOf, entity, event, figure, source, story } from '../support/records.ts';

const corpus = corpusOf({
  articles: [
    article({ id: 'dawn', outlet: 'Dawn', published: '2021-08-29' }),
    article({ id: 'herald', outlet: 'Herald', published: '2021-08-30' }),
    article({ id: 'wire-1', outlet: 'Wire One', published: '2021-08-31', storyId: 'story-w' }),
    article({ id: 'wire-2', outlet: 'Wire Two', published: '2021-08-31', storyId: 'story-w' }),
  ],
  entities: [entity({ id: 'john-kirby', name: 'John Kirby' })],
  sources: [source({ id: 'john-kirby', label: 'John Kirby', entityId: 'john-kirby' }), source({ id: 'witness', label: 'a witness', type: 'anonymous' })],
  claims: [
    claim({ id: 'k1', articleId: 'dawn', sourceId: 'john-kirby', text: 'We retain all authorities.', clusterId: 'cluster-k', eventIds: ['strike'], figures: [figure({ text: 'three civilians', value: 3, key: 'civilian kill' })] }),
    claim({ id: 'k2', articleId: 'herald', sourceId: 'john-kirby', text: 'We have all the authorities we need.', clusterId: 'cluster-k', eventIds: ['strike'], figures: [figure({ text: '10 civilians', value: 10, key: 'civilian kill' })] }),
    claim({ id: 'w1', articleId: 'dawn', sourceId: 'witness', text: 'Only Dawn has this.' }),
    claim({ id: 'wire', articleId: 'wire-1', sourceId: 'witness', text: 'Both wires carry this.', carriedIn: [{ articleId: 'wire-1', start: 0, end: 21 }, { articleId: 'wire-2', start: 0, end: 21 }], aliasIds: ['wire-copy'] }),
  ],
  events: [event({ id: 'strike', title: 'Drone strike', articleIds: ['dawn', 'herald', 'wire-1', 'wire-2'], claimIds: ['k1', 'k2'] })],
  stories: [story({ id: 'story-w', canonicalArticleId: 'wire-1', articleIds: ['wire-1', 'wire-2'], copies: [{ articleId: 'wire-2', added: [], cut: [], reworded: [] }] })],
});
const index = indexCorpus(corpus);
const figures = (e: Event) => eventFigureGroups(e, index);

describe('comparablePairs', () => {
  test('pairs articles that share an event or a statement, never two copies of one story', () => {
    const pairs = comparablePairs(corpus);
    expect(pairs).toContainEqual(['dawn', 'herald']);
    expect(pairs).not.toContainEqual(['wire-1', 'wire-2']);
    expect(pairs.every(([a, b]) => a !== b)).toBe(true);
  });

  test('compares a story by its canonical copy alone, so the pages grow with stories, not with copies', () => {
    const pairs = comparablePairs(corpus);
    expect(pairs).toContainEqual(['dawn', 'wire-1']);
    expect(pairs.flat()).not.toContain('wire-2');
    expect(articleView(index.articlesById.get('wire-2')!, index, pairs).compare.map((c) => c.href)).toEqual(['/compare/dawn/wire-1/', '/compare/herald/wire-1/']);
  });
});

describe('pairView', () => {
  test('shows only what both articles carry or disagree on: the shared statement with its diff, the count they disagree on', () => {
    const view = pairView(index.articlesById.get('dawn')!, index.articlesById.get('herald')!, index, figures);
    expect(view.statements.map((s) => [s.a.id, s.b.id])).toEqual([['k1', 'k2']]);
    expect(view.statements[0]!.diff.some((p) => p.kind === 'added')).toBe(true);
    expect(view.figures.map((f) => [f.a.map((r) => r.display), f.b.map((r) => r.display)])).toEqual([[['3'], ['10']]]);
    expect(view.sources.map((s) => s.label)).toEqual(['John Kirby']);
    expect(view.only).toEqual({ a: 1, b: 0 });
  });
});

describe('statements by coverage', () => {
  test('ranks statements by how many articles carry them, renditions together, and pages the list', () => {
    const groups = orderedStatements(corpus.claims, index, 'coverage');
    expect(groups.map((g) => [g.lead.id, g.articles, g.outlets])).toEqual([
      ['k1', 2, 2],
      ['wire', 2, 2],
      ['w1', 1, 1],
    ]);
    const pages = statementsPages(corpus.claims, index, 'coverage');
    expect(pages).toHaveLength(1);
    expect(pages[0]).toMatchObject({ shared: 2, range: '3 statements', previous: null, next: null });
  });
});

describe('redirect pages', () => {
  test('each copy’s claim id sends readers to the one statement page', () => {
    expect(claimRedirects(corpus)).toEqual([{ id: 'wire-copy', view: expect.objectContaining({ to: '/claims/wire/' }) }]);
  });

  test('a named source’s old page sends readers to its person’s page; an anonymous source keeps its own', () => {
    expect(sourceRedirects(corpus)).toEqual([{ id: 'john-kirby', view: expect.objectContaining({ to: '/entities/john-kirby/' }) }]);
  });
});
