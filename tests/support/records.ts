/**
 * Small, valid records for the view models' unit tests: each factory fills every field with a plain default and
 * takes the fields a test cares about. `corpusOf` validates the result against the schema, so a test never runs
 * on a record the pipeline could not make.
 */
import { CorpusSchema, inCanonicalOrder, type Article, type Claim, type Corpus, type Entity, type Event, type Figure, type Source, type Story } from '../../src/schema/index.ts';

/** An article whose text is `text`, one paragraph per blank-line-separated block, one sentence per full stop. */
export function article(fields: Partial<Article> & { id: string; text?: string }): Article {
  const text = fields.text ?? 'Nothing happened today.';
  const paragraphs: Article['paragraphs'] = [];
  let offset = 0;
  text.split('\n\n').forEach((block, index) => {
    const start = text.indexOf(block, offset);
    const sentences = [...block.matchAll(/[^.!?]+[.!?]+[”"]?/gu)].map((m) => ({ start: start + m.index + (m[0].length - m[0].trimStart().length), end: start + m.index + m[0].length }));
    paragraphs.push({ index, start, end: start + block.length, kind: 'body', furniture: false, furnitureKind: null, rule: 'body-text', sentences, turn: null });
    offset = start + block.length;
  });
  return {
    file: `seeds/${fields.id}.txt`,
    title: `Headline of ${fields.id}`,
    outlet: 'The Daily',
    published: '2024-03-01',
    provenance: { title: { from: 'text', detail: 'the headline line above the story' }, outlet: { from: 'text', detail: 'the dateline' }, published: { from: 'text', detail: 'the dateline' } },
    wordCount: text.split(/\s+/u).length,
    paragraphs,
    dateline: null,
    storyId: null,
    form: 'story',
    notes: [],
    dates: [],
    ...fields,
    text,
  };
}

/** A named person, organisation or place. */
export function entity(fields: Partial<Entity> & { id: string; name: string }): Entity {
  return { type: 'person', aliases: [], roles: [], media: false, typeRule: 'lone-name', articleIds: [], mentions: [], ...fields } as Entity;
}

/** A source: a named one when `entityId` is given. */
export function source(fields: Partial<Source> & { id: string; label: string }): Source {
  return { type: 'person', entityId: null, articleIds: [], variants: [], rule: 'named-entity', ...fields } as Source;
}

/** A statement of `articleId` at `start`–`end`, said on `said` (an ISO day) or, without it, by publication. */
export function claim(fields: Partial<Claim> & { id: string; articleId: string; sourceId: string; text: string; said?: string }): Claim {
  const { said, ...rest } = fields;
  return {
    speakerEntityId: null,
    quote: null,
    mode: 'indirect',
    cue: 'say',
    start: 0,
    end: fields.text.length,
    hedges: [],
    figures: [],
    eventIds: [],
    clusterId: null,
    stance: 'asserted',
    viaSourceId: null,
    rule: 'speaker-before-cue',
    speakerRule: 'person-head',
    sourceRule: 'named-entity',
    carriedIn: [{ articleId: fields.articleId, start: 0, end: fields.text.length }],
    aliasIds: [],
    statedOn: said
      ? { date: { start: said, end: said, precision: 'day' }, reasoning: 'dated in the text', rule: 'date-governs-cue' }
      : { date: { start: '2024-03-01', end: '2024-03-01', precision: 'approximate' }, reasoning: 'not dated in the text', rule: 'by-publication' },
    ...rest,
  } as Claim;
}

/** A figure: exact when `value` is a number, vague when it is null. */
export function figure(fields: Partial<Figure> & { text: string; value: number | null; key: string }): Figure {
  return { what: fields.key, qualifier: null, precision: fields.value === null ? 'vague' : 'exact', outcome: 'killed', ...fields };
}

/** An event on one day. */
export function event(fields: Partial<Event> & { id: string; title: string; day?: string }): Event {
  const { day = '2024-02-28', ...rest } = fields;
  return { date: { start: day, end: day, precision: 'day' }, articleIds: [], claimIds: [], entityIds: [], type: 'strike', kind: 'happening', placeIds: [], mentions: [], future: false, relatedEventIds: [], reportedFigures: [], ...rest };
}

/** A story. */
export function story(fields: Partial<Story> & { id: string; canonicalArticleId: string; articleIds: string[] }): Story {
  return { title: 'A story', copies: [], ...fields };
}

/** A corpus of the records given, validated, in canonical order. */
export function corpusOf(records: Partial<Omit<Corpus, 'version'>>): Corpus {
  return CorpusSchema.parse(inCanonicalOrder({ version: 1, articles: [], entities: [], sources: [], claims: [], events: [], stories: [], ...records }));
}
