import { describe, expect, test } from 'vitest';
import { indexCorpus } from '../../src/lib/corpus-index.ts';
import { entityView, sourceView } from '../../src/lib/view/entity.ts';
import { article, claim, corpusOf, entity, source } from '../support/records.ts';

const text = 'Pentagon spokesperson John Kirby said the strike was lawful. Kirby added more.';
const corpus = corpusOf({
  articles: [article({ id: 'a', text }), article({ id: 'b', text })],
  entities: [
    entity({
      id: 'department-of-defense',
      name: 'Department of Defense',
      type: 'organization',
      aliases: ['Pentagon', 'DOD'],
      articleIds: ['a'],
      mentions: [{ articleId: 'a', start: 0, end: 8, link: 'editorial-alias' }],
    }),
    entity({
      id: 'john-kirby',
      name: 'John Kirby',
      articleIds: ['a', 'b'],
      roles: [
        { label: 'Pentagon spokesperson', articleId: 'a', start: 0, end: 21 },
        // A shorter wording of the same role ("spokesperson" beside "Pentagon spokesperson") is said once.
        { label: 'spokesperson', articleId: 'b', start: 9, end: 21 },
      ],
      mentions: [
        { articleId: 'a', start: 22, end: 32, link: 'full-name' },
        { articleId: 'a', start: 61, end: 66, link: 'full-name' },
        { articleId: 'b', start: 22, end: 32, link: 'full-name' },
      ],
    }),
  ],
  sources: [
    source({ id: 'department-of-defense', label: 'Department of Defense', type: 'organization', entityId: 'department-of-defense', variants: ['The Pentagon', 'the Pentagon', 'DOD officials', 'dod officials', 'The Department of Defense'] }),
    source({ id: 'john-kirby', label: 'John Kirby', entityId: 'john-kirby' }),
    source({ id: 'witness-a', label: 'a witness', type: 'anonymous', articleIds: ['a'] }),
  ],
  claims: [
    claim({ id: 'k1', articleId: 'a', sourceId: 'john-kirby', text: 'Pentagon spokesperson John Kirby said the strike was lawful.', said: '2021-09-01', clusterId: 'c' }),
    claim({ id: 'k2', articleId: 'b', sourceId: 'john-kirby', text: 'Pentagon spokesperson John Kirby said the strike was lawful.', said: '2021-09-02', clusterId: 'c' }),
    claim({ id: 'w1', articleId: 'a', sourceId: 'witness-a', text: 'Kirby added more.', start: 61, end: 78 }),
  ],
});
const index = indexCorpus(corpus);

describe('entityView', () => {
  test('says each wording the articles cite an organisation by once, leaving out its name and aliases', () => {
    expect(entityView(index.entitiesById.get('department-of-defense')!, index, new Set()).citedAs).toEqual(['DOD officials']);
  });

  test('lists a role once with every article that gives it, and a statement carried in two renditions as one entry', () => {
    const view = entityView(index.entitiesById.get('john-kirby')!, index, new Set(['john-kirby']));
    expect(view.roles).toEqual([{ label: 'Pentagon spokesperson', articles: [expect.objectContaining({ href: '/articles/a/#p0-s0' }), expect.objectContaining({ href: '/articles/b/#p0-s0' })] }]);
    expect(view.statements.total).toBe(1);
    expect(view.statements.shown[0]!.renditions.map((r) => r.id)).toEqual(['k2']);
    expect(view.summary).toBe('1 statement in 2 articles · named 3 times in 2 articles');
    expect(view.timelineHref).toBe('/timeline/john-kirby/');
    expect(view.mentions.articles.shown.map((m) => m.count)).toEqual([2, 1]);
  });
});

describe('sourceView', () => {
  test('an anonymous source’s page keeps the article’s words and says why it stands alone', () => {
    const view = sourceView(index.sourcesById.get('witness-a')!, index);
    expect(view).toMatchObject({ label: 'A witness', kind: 'Anonymous source' });
    expect(view.note).toMatch(/The same words in another article may mean someone else/u);
    expect(view.statements.shown.map((g) => g.lead.id)).toEqual(['w1']);
  });
});
