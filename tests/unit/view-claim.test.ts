import { describe, expect, test } from 'vitest';
import { indexCorpus } from '../../src/lib/corpus-index.ts';
import { eventFigureGroups } from '../../src/lib/figures-view.ts';
import { claimView, howWeKnowWhen, paragraphContext, renditionsShown } from '../../src/lib/view/claim.ts';
import { article, claim, corpusOf, event, figure, source } from '../support/records.ts';

const text = 'The Pentagon revealed on September 17 that the strike killed 11 civilians. The White House said nothing.\n\nA witness said nine died.';
const first = text.indexOf(' The White');
const corpus = corpusOf({
  articles: [
    article({
      id: 'a',
      text,
      published: '2021-09-30',
      dates: [{ start: 22, end: 37, text: 'on September 17', date: { start: '2021-09-17', end: '2021-09-17', precision: 'day' }, reasoning: '', future: false, ahead: false, rule: 'day-of-month' }],
    }),
  ],
  sources: [source({ id: 'dod', label: 'the Pentagon', type: 'organization' }), source({ id: 'witness', label: 'A witness', type: 'anonymous' })],
  claims: [
    claim({ id: 'admission', articleId: 'a', sourceId: 'dod', text: text.slice(0, first), start: 0, end: first, said: '2021-09-17', eventIds: ['strike'], figures: [figure({ text: '11 civilians', value: 11, key: 'civilian kill', what: 'civilians killed' })] }),
    claim({ id: 'witness', articleId: 'a', sourceId: 'witness', text: 'A witness said nine died.', start: 106, end: 131, eventIds: ['strike'], figures: [figure({ text: 'nine', value: 9, key: 'civilian kill', what: 'civilians killed' })] }),
  ],
  events: [event({ id: 'strike', title: 'Drone strike', articleIds: ['a'], claimIds: ['admission', 'witness'] })],
});
const index = indexCorpus(corpus);
const figures = (e: (typeof corpus.events)[number]) => eventFigureGroups(e, index);

describe('howWeKnowWhen', () => {
  test('quotes the words that date a statement, or says it was made by publication', () => {
    const a = corpus.articles[0]!;
    expect(howWeKnowWhen(index.claimsById.get('admission')!, a)).toBe('The article dates it: “on September 17”.');
    expect(howWeKnowWhen(index.claimsById.get('witness')!, a)).toBe('The article does not say when; it appeared on 30 Sep 2021, so no later than that.');
  });
});

describe('paragraphContext', () => {
  test('gives the rest of the paragraph around a statement, and nothing when the statement is the whole paragraph', () => {
    const a = corpus.articles[0]!;
    expect(paragraphContext(a, { start: 0, end: first })).toEqual({ before: '', after: 'The White House said nothing.' });
    expect(paragraphContext(a, { start: 106, end: 131 })).toBeNull();
  });
});

describe('claimView', () => {
  test('sets the statement’s figure beside the other sources’ figures for the same count of the same event', () => {
    const view = claimView(index.claimsById.get('admission')!, index, figures);
    expect(view.figures).toEqual([{ display: '11', vague: false, what: 'civilians killed', others: [{ event: expect.objectContaining({ title: 'Drone strike' }), rows: [expect.objectContaining({ display: '9', source: expect.objectContaining({ label: 'A witness' }) })] }] }]);
    expect(view.kind).toBe('Reported statement');
    expect(view.said).toMatchObject({ label: '17 Sep 2021', iso: '2021-09-17' });
    expect(view.carried).toMatchObject({ articles: [expect.objectContaining({ title: 'Headline of a' })], words: '1 article from one outlet' });
    // A search result shows who said it, the outlet and when, under the statement cut short.
    expect(view.search.meta).toEqual({ title: 'The Pentagon revealed on September 17 that the strike killed 11 civilians.', kind: 'Reported', speaker: 'the Pentagon', outlet: 'The Daily', date: 'Said 17 Sep 2021' });
    expect(view.search.filters).toMatchObject({ type: 'Statement', speaker: 'the Pentagon', 'kind of source': 'Organisation', wording: 'Reported' });
    // The title names the speaker, capitalised, and cuts the words at a word boundary.
    expect(view.meta.title).toBe('The Pentagon: “The Pentagon revealed on September 17 that the strike killed 11…”');
  });
});

describe('renditions on a statement’s page', () => {
  test('shows the first few beside it and sends readers to the speaker’s page for the rest, so pages do not grow with the square of a statement’s renditions', () => {
    const many = Array.from({ length: 12 }, (_, i) => `p${i}`);
    const repeated = corpusOf({
      articles: many.map((id) => article({ id, text: `Kirby said the strike was righteous, number ${id}.` })),
      sources: [source({ id: 'kirby', label: 'John Kirby', type: 'person' })],
      claims: many.map((id) => claim({ id: `k-${id}`, articleId: id, sourceId: 'kirby', text: `Kirby said the strike was righteous, number ${id}.`, clusterId: 'cluster-k' })),
    });
    const view = claimView(repeated.claims[0]!, indexCorpus(repeated), () => []);
    expect(view.renditions).toHaveLength(renditionsShown);
    expect(view.moreRenditions).toEqual({ lead: `${11 - renditionsShown} more renditions are listed on`, link: 'John Kirby’s page', href: '/sources/kirby/' });
    expect(claimView(corpus.claims[0]!, index, figures).moreRenditions).toBeNull();
  });
});
