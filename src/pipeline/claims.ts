/**
 * Claims and sources: the attributions of every article, with the resolved entities → `sources[]` and
 * `claims[]` records. Named speakers become the source of their entity, shared across articles; anonymous
 * speakers, documents and unnamed institutions are sources of their article, labelled in its own words.
 */
import type { Article, Claim, Entity, Source, SourceType } from '../schema/index.ts';
import type { Attribution, SpeakerRef } from './attribution/index.ts';
import { extractFigures } from './figures.ts';
import { assignUniqueSlugs, slugify } from './ids.ts';
import { approximators, hedgePhrases } from './rules/attribution.ts';
import { numberWords } from './rules/figures.ts';
import { statedOnOf } from './rules/stated-on.ts';

/** The attributions found in one article. */
export interface ArticleAttributions {
  article: Article;
  attributions: readonly Attribution[];
}

const numberPattern = `(?:\\d[\\d,.]*|${[...numberWords.keys()].join('|')})`;
const hedgeMatchers = [
  ...hedgePhrases.map((phrase) => ({ phrase, pattern: new RegExp(`\\b${phrase.replace(/ /g, '\\s+')}\\b`, 'iu') })),
  ...approximators.map((phrase) => ({ phrase, pattern: new RegExp(`\\b${phrase.replace(/ /g, '\\s+')}\\s+${numberPattern}\\b`, 'iu') })),
];

/** The hedges in a claim's text, in the order of the table. */
export function findHedges(text: string): string[] {
  return hedgeMatchers.filter(({ pattern }) => pattern.test(text)).map(({ phrase }) => phrase);
}

/** The sentence of an article that holds an offset (a claim's start), or the offset's paragraph. */
function firstSentenceOf(article: Article, offset: number): { start: number; end: number } {
  for (const p of article.paragraphs) {
    for (const s of p.sentences) if (offset >= s.start && offset < s.end) return s;
    if (offset >= p.start && offset < p.end) return p;
  }
  return { start: offset, end: offset };
}

/** A short, readable key for an article, used to tell apart its anonymous sources from another's. */
const articleKey = (article: Article) => article.id.split('-').slice(0, 3).join('-');

/** A speaker label as a source label: surrounding punctuation and a dangling parenthesis removed. */
const cleanLabel = (label: string) => label.replace(/\s*\([^)]*$/u, '').replace(/^[\s“"'(]+|[\s,.;:”"')]+$/gu, '');

interface SourceDraft {
  key: string;
  label: string;
  type: SourceType;
  entityId: string | null;
  articleIds: Set<string>;
  /** The slug it is named by before collisions are settled. */
  slug: string;
}

/**
 * Builds sources and claims: takes each article's attributions and the resolved entities, returns the source and
 * claim records (claims without events or clusters yet), sorted by id.
 */
export function buildClaims(articles: readonly ArticleAttributions[], entities: readonly Entity[]): { sources: Source[]; claims: Claim[] } {
  // Which entity each mention offset belongs to, per article.
  const entityAt = new Map<string, Entity>();
  for (const entity of entities) for (const m of entity.mentions) entityAt.set(`${m.articleId}:${m.start}`, entity);

  const drafts = new Map<string, SourceDraft>();
  const sourceFor = (article: Article, speaker: SpeakerRef): SourceDraft | null => {
    let draft: Omit<SourceDraft, 'articleIds'>;
    if (speaker.kind === 'named') {
      const entity = speaker.candidate ? entityAt.get(`${article.id}:${speaker.candidate.start}`) : undefined;
      if (!entity) return null;
      const type: SourceType = entity.type === 'person' ? 'person' : entity.media ? 'media' : 'organization';
      draft = { key: `entity:${entity.id}`, label: entity.name, type, entityId: entity.id, slug: entity.id };
    } else {
      const label = cleanLabel(speaker.label);
      const type: SourceType = speaker.kind === 'anonymous' ? 'anonymous' : speaker.kind === 'document' ? 'document' : 'organization';
      const slug = `${slugify(label.replace(/^(?:the|a|an)\s+/iu, ''), 6)}-${articleKey(article)}`;
      draft = { key: `${article.id}:${type}:${label.toLowerCase()}`, label, type, entityId: null, slug };
    }
    const existing = drafts.get(draft.key) ?? { ...draft, articleIds: new Set<string>() };
    existing.articleIds.add(article.id);
    drafts.set(draft.key, existing);
    return existing;
  };

  const pending: Array<{ article: Article; attribution: Attribution; source: SourceDraft; via: SourceDraft | null }> = [];
  for (const { article, attributions } of articles) {
    for (const attribution of attributions) {
      const source = sourceFor(article, attribution.speaker);
      if (!source) continue;
      const via = attribution.via ? sourceFor(article, attribution.via) : null;
      pending.push({ article, attribution, source, via: via === source ? null : via });
    }
  }

  const draftList = [...drafts.values()];
  const sourceIds = assignUniqueSlugs(draftList, (d) => d.slug, (d) => d.key);
  const idOf = new Map(draftList.map((d, i) => [d, sourceIds[i]!]));
  const sources: Source[] = draftList
    .map((d) => ({ id: idOf.get(d)!, label: d.label, type: d.type, entityId: d.entityId, articleIds: [...d.articleIds].sort() }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));

  const claimIds = assignUniqueSlugs(
    pending,
    // "john-kirby-we-have-all-required-authority-to": who, then the first words of what they said.
    (p) => {
      const words = p.attribution.mode === 'direct' && p.attribution.quote ? p.article.text.slice(p.attribution.quote.start, p.attribution.quote.end) : p.article.text.slice(p.attribution.start, p.attribution.end);
      return `${slugify(p.source.label.replace(/^(?:the|a|an)\s+/iu, ''), 2)}-${slugify(words, 6)}`;
    },
    (p) => `${p.article.file}:${String(p.attribution.start).padStart(9, '0')}`,
  );
  const claims: Claim[] = pending.map(({ article, attribution, source, via }, i) => {
    const text = article.text.slice(attribution.start, attribution.end);
    const hedges = findHedges(text);
    const stance = attribution.cueStance === 'denied' ? 'denied' : attribution.cueStance === 'hedged' || hedges.length > 0 ? 'hedged' : 'asserted';
    return {
      id: claimIds[i]!,
      articleId: article.id,
      sourceId: idOf.get(source)!,
      speakerEntityId: source.type === 'person' ? source.entityId : null,
      text,
      quote: attribution.quote ? article.text.slice(attribution.quote.start, attribution.quote.end) : null,
      mode: attribution.mode,
      cue: attribution.cue,
      start: attribution.start,
      end: attribution.end,
      hedges,
      figures: extractFigures(text),
      eventIds: [],
      clusterId: null,
      stance,
      viaSourceId: via ? idOf.get(via)! : null,
      rule: attribution.rule,
      speakerRule: attribution.speaker.rule,
      carriedIn: [article.id],
      aliasIds: [],
      statedOn: statedOnOf({ text: article.text, sentence: firstSentenceOf(article, attribution.start), cueAt: attribution.cueAt, first: attribution.first, dates: article.dates, published: article.published }),
    };
  });
  return { sources, claims: claims.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}
