/**
 * Claims and sources: the attributions of every article, with the resolved entities → `sources[]` and
 * `claims[]` records. Named speakers become the source of their entity, shared across articles; anonymous
 * speakers, documents and unnamed institutions are sources of their article, labelled in its own words.
 */
import type { Article, Claim, Entity, Source, Story } from '../../schema/index.ts';
import type { Attribution } from '../attribution/index.ts';
import { extractFigures } from '../figures.ts';
import { assignUniqueSlugs, slugify } from '../ids.ts';
import { approximators, attributiveHedges, hedgePhrases, nounPhraseOpeners } from '../rules/attribution.ts';
import { numberWords } from '../rules/figures.ts';
import type { SourceRuleId } from '../rules/sources.ts';
import { statedOnOf } from '../rules/stated-on.ts';
import { SourceBook, type SourceDraft } from './sources.ts';

/** The attributions found in one article. */
export interface ArticleAttributions {
  article: Article;
  attributions: readonly Attribution[];
}

const numberPattern = `(?:\\d[\\d,.]*|${[...numberWords.keys()].join('|')})`;
const attributive = `(?<!\\b(?:${nounPhraseOpeners.join('|')}|\\d[\\d,]*)\\s+)`;
const hedgeMatchers = [
  ...hedgePhrases.map((phrase) => ({ phrase, pattern: new RegExp(`${attributiveHedges.has(phrase) ? attributive : ''}\\b${phrase.replace(/ /g, '\\s+')}\\b`, 'iu') })),
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

/** The paragraph of an article that holds an offset, by its start; -1 when none does. */
const paragraphAt = (article: Article, offset: number): number => article.paragraphs.find((p) => offset >= p.start && offset < p.end)?.start ?? -1;

/**
 * When each attribution was stated (`rules/stated-on.ts`), in the order given (each article's attributions in text
 * order): an attribution that goes on with the one just before it, by the same source in the same paragraph, is
 * told how that one was dated.
 */
function datesStated(pending: ReadonlyArray<{ article: Article; attribution: Attribution; source: SourceDraft }>): Claim['statedOn'][] {
  const out: Claim['statedOn'][] = [];
  pending.forEach(({ article, attribution, source }, i) => {
    const before = pending[i - 1];
    const continues =
      before && before.article === article && before.source === source && before.attribution.end <= attribution.start && paragraphAt(article, before.attribution.start) === paragraphAt(article, attribution.start) ? out[i - 1]! : null;
    out.push(statedOnOf({ text: article.text, sentence: firstSentenceOf(article, attribution.start), cueAt: attribution.cueAt, first: attribution.first, dates: article.dates, published: article.published, continues }));
  });
  return out;
}

/**
 * A statement's words for comparison: names become their entity ("IS-K" and "ISIS-K" are one word), the
 * speaker's own name is left out, every other word is its lemma.
 */
function statementLemmas(articleId: string, words: Attribution['lemmas'], entityAt: ReadonlyMap<string, { entity: Entity; end: number }>, speakerEntityId: string | null): string[] {
  const out: string[] = [];
  let inside = -1;
  for (const word of words) {
    if (word.start < inside) continue;
    const named = entityAt.get(`${articleId}:${word.start}`);
    if (named) {
      inside = named.end;
      if (named.entity.id !== speakerEntityId) out.push(`entity:${named.entity.id}`);
      continue;
    }
    out.push(word.lemma);
  }
  return out;
}

/**
 * Builds sources and claims: takes each article's attributions and the resolved entities, returns the source and
 * claim records (claims without events or clusters yet), sorted by id, and each claim's lemmas for comparison.
 */
export function buildClaims(
  articles: readonly ArticleAttributions[],
  entities: readonly Entity[],
  aliasGroups: ReadonlyArray<readonly string[]> = [],
  stories: readonly Story[] = [],
): { sources: Source[]; claims: Claim[]; lemmas: ReadonlyMap<string, readonly string[]> } {
  const canonicalOf = new Map(stories.map((s) => [s.id, s.canonicalArticleId]));
  const book = new SourceBook(entities, aliasGroups, (article) => (article.storyId && canonicalOf.get(article.storyId)) || article.id);
  const sourceFor = (article: Article, speaker: Attribution['speaker']) => book.sourceFor(article, speaker);

  const pending: Array<{ article: Article; attribution: Attribution; source: SourceDraft; sourceRule: SourceRuleId; via: SourceDraft | null }> = [];
  for (const { article, attributions } of articles) {
    for (const attribution of attributions) {
      const found = sourceFor(article, attribution.speaker);
      if (!found) continue;
      const via = attribution.via ? sourceFor(article, attribution.via)?.draft ?? null : null;
      pending.push({ article, attribution, source: found.draft, sourceRule: found.rule, via: via === found.draft ? null : via });
    }
  }

  const { sources, idOf } = book.records();

  const claimIds = assignUniqueSlugs(
    pending,
    // "john-kirby-we-have-all-required-authority-to": who, then the first words of what they said.
    (p) => {
      const words = p.attribution.mode === 'direct' && p.attribution.quote ? p.article.text.slice(p.attribution.quote.start, p.attribution.quote.end) : p.article.text.slice(p.attribution.start, p.attribution.end);
      return `${slugify(p.source.label.replace(/^(?:the|a|an)\s+/iu, ''), 2)}-${slugify(words, 6)}`;
    },
    (p) => `${p.article.file}:${String(p.attribution.start).padStart(9, '0')}`,
  );
  const statedOn = datesStated(pending);
  const claims: Claim[] = pending.map(({ article, attribution, source, sourceRule, via }, i) => {
    const text = article.text.slice(attribution.start, attribution.end);
    const hedges = findHedges(text);
    const stance = attribution.cueStance === 'denied' ? 'denied' : attribution.cueStance === 'hedged' || hedges.length > 0 ? 'hedged' : 'asserted';
    return {
      id: claimIds[i]!,
      articleId: article.id,
      sourceId: idOf(source),
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
      viaSourceId: via ? idOf(via) : null,
      rule: attribution.rule,
      speakerRule: attribution.speaker.rule,
      sourceRule,
      carriedIn: [{ articleId: article.id, start: attribution.start, end: attribution.end }],
      aliasIds: [],
      statedOn: statedOn[i]!,
    };
  });
  const entityAt = new Map(entities.flatMap((e) => e.mentions.map((m) => [`${m.articleId}:${m.start}`, { entity: e, end: m.end }] as const)));
  const lemmas = new Map(pending.map((p, i) => [claimIds[i]!, statementLemmas(p.article.id, p.attribution.lemmas, entityAt, p.source.entityId)] as const));
  return { sources, claims: claims.sort((a, b) => (a.id < b.id ? -1 : 1)), lemmas };
}
