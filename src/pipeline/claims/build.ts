/**
 * Claims and sources: the attributions of every article, with the resolved entities → `sources[]` and
 * `claims[]` records. Named speakers become the source of their entity, shared across articles; anonymous
 * speakers, documents and unnamed institutions are sources of their article, labelled in its own words.
 */
import type { Article, Claim, Entity, Source } from '../../schema/index.ts';
import type { Attribution } from '../attribution/index.ts';
import { extractFigures } from '../figures.ts';
import { assignUniqueSlugs, slugify } from '../ids.ts';
import { approximators, hedgePhrases } from '../rules/attribution.ts';
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

/**
 * Builds sources and claims: takes each article's attributions and the resolved entities, returns the source and
 * claim records (claims without events or clusters yet), sorted by id.
 */
export function buildClaims(articles: readonly ArticleAttributions[], entities: readonly Entity[], aliasGroups: ReadonlyArray<readonly string[]> = []): { sources: Source[]; claims: Claim[] } {
  const book = new SourceBook(entities, aliasGroups);
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
      carriedIn: [article.id],
      aliasIds: [],
      statedOn: statedOnOf({ text: article.text, sentence: firstSentenceOf(article, attribution.start), cueAt: attribution.cueAt, first: attribution.first, dates: article.dates, published: article.published }),
    };
  });
  return { sources, claims: claims.sort((a, b) => (a.id < b.id ? -1 : 1)) };
}
