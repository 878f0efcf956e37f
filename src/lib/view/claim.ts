/**
 * A statement's permalink page, as a view model: the words and who said them, when and where, every article that
 * carries it word for word, its figures beside the other sources' figures for the same count, and its renditions
 * in other articles with the words that differ. Also the redirect pages of the copies' permalinks.
 */
import { firstAccountRules, type Article, type Claim, type Corpus, type Event } from '../../schema/index.ts';
import type { CorpusIndex } from '../corpus-index.ts';
import { sentenceAt } from '../corpus-index.ts';
import type { FigureGroupView, FigureRowView } from '../figures-view.ts';
import { figureDisplay } from '../figures-view.ts';
import { capitalise, formatCount, formatDate, shorten } from '../format.ts';
import { articleRef, eventRef, sourcePageHref, speakerView, type ArticleRef, type EventRef, type SpeakerView } from '../refs.ts';
import { claimSearch, type SearchAttributes } from '../search-meta.ts';
import { carriedInWords, carryingArticles, saidLabel, stanceNote, statementItem, type StatementItem } from '../statements.ts';
import { claimJsonLd } from '../structured-data.ts';
import { articleHref, claimHref, sentenceHref } from '../urls.ts';
import { wordDiff, type DiffPart, type PageMeta } from './shared.ts';

/** Everything a statement's page renders. */
export interface ClaimView {
  /** Title, description and structured data of the page. */
  meta: PageMeta;
  /** What the page tells the search index. */
  search: SearchAttributes;
  /** "Quoted statement" or "Reported statement". */
  kind: string;
  /** Who said it, with the first role the articles give them. */
  speaker: SpeakerView & { role: string | null };
  /** The sentence or sentences of the statement. */
  words: string;
  /** The quoted words, when the statement says more than them. */
  quote: string | null;
  /** A note on how it is put ("hedged (“may”)", "a denial"), or null. */
  stance: string | null;
  /** When it was said, and how the article lets us know. */
  said: { label: string; iso: string | null; how: string };
  /** The outlet or channel the speaker told ("told CNN"), or null. */
  via: { label: string; href: string } | null;
  /** The article it appears in, and the sentence's place in the reader. */
  article: ArticleRef & { sentenceHref: string };
  /** The rest of the paragraph around it, or null when the statement is its whole paragraph. */
  context: { before: string; after: string } | null;
  /** Every article carrying it word for word. */
  carried: { articles: ArticleRef[]; words: string };
  /** Its figures, each with what other sources give for the same count of the same event. */
  figures: Array<{ display: string; vague: boolean; what: string; others: Array<{ event: EventRef; rows: FigureRowView[] }> }>;
  /** Events it is about. */
  events: EventRef[];
  /** The same statement in other articles, in other words, with the words that differ: the first `renditionsShown`. */
  renditions: Array<{ item: StatementItem; diff: DiffPart[] }>;
  /** When there are more renditions than the page shows: a sentence saying how many, ending in a link to the speaker's page, which lists them all. */
  moreRenditions: { lead: string; link: string; href: string } | null;
}

/**
 * How many renditions a statement's page sets beside it. A statement repeated across a large corpus has hundreds,
 * and each page listing all the others would make the pages grow with the square of the renditions.
 */
export const renditionsShown = 8;

/** How the article lets us know when a statement was made, in words. */
export function howWeKnowWhen(claim: Claim, article: Article): string {
  const { date, rule } = claim.statedOn;
  if (date.start === null) return article.published ? 'The article does not say when.' : 'The article does not say when, and its own date is unknown.';
  if (rule === 'by-publication') return `The article does not say when; it appeared on ${formatDate(article.published)}, so no later than that.`;
  if (rule === 'continues-first-account') return `It goes on with the first account just before it, by the same source, before the later ones: between ${formatDate(date.start)} and ${formatDate(date.end)}.`;
  if (firstAccountRules.has(rule)) return `The article gives it as the first account, before the later ones: between ${formatDate(date.start)} and ${formatDate(date.end)}.`;
  if (rule === 'continues-dated-account') return 'It goes on with the account just before it, by the same source, which the article dates.';
  const expression = article.dates.find((d) => d.start >= claim.start && d.end <= claim.end && d.date.start === date.start && d.date.end === date.end);
  return expression ? `The article dates it: “${expression.text}”.` : 'The article dates it.';
}

/** The paragraph around a statement, or null when the statement is the whole paragraph. */
export function paragraphContext(article: Article, claim: Pick<Claim, 'start' | 'end'>): { before: string; after: string } | null {
  const paragraphs = article.paragraphs.filter((p) => p.start < claim.end && claim.start < p.end);
  const start = paragraphs[0]?.start ?? claim.start;
  const end = paragraphs.at(-1)?.end ?? claim.end;
  const before = article.text.slice(start, claim.start).replace(/\s+/gu, ' ').trim();
  const after = article.text.slice(claim.end, end).replace(/\s+/gu, ' ').trim();
  return before === '' && after === '' ? null : { before, after };
}

/** What a claim's words amount to, for comparing renditions: its quote when it is direct speech, else its text. */
export const claimWords = (claim: Claim) => (claim.mode === 'direct' && claim.quote ? claim.quote : claim.text);

/** The view model of one statement's page; `figureGroups` gives an event's figure tables (computed once per event). */
export function claimView(claim: Claim, index: CorpusIndex, figureGroups: (event: Event) => FigureGroupView[]): ClaimView {
  const article = index.articlesById.get(claim.articleId)!;
  const source = index.sourcesById.get(claim.sourceId)!;
  const entity = source.entityId ? index.entitiesById.get(source.entityId) : undefined;
  const via = claim.viaSourceId ? index.sourcesById.get(claim.viaSourceId) : undefined;
  const anchor = sentenceAt(article, claim.start)?.anchor;
  const events = claim.eventIds.map((id) => index.eventsById.get(id)).filter((e): e is Event => e !== undefined);
  const carrying = carryingArticles([claim], index);
  const here = claimHref(claim.id);
  const renditions = claim.clusterId ? (index.claimsByCluster.get(claim.clusterId) ?? []).filter((c) => c.id !== claim.id) : [];
  const strip = (text: string) => text.replace(/[“”"]/gu, '').trim();
  const summary = claimWords(claim);
  const speaker = { ...speakerView(source), role: entity?.roles[0]?.label ?? null };
  return {
    meta: {
      title: `${capitalise(source.label)}: “${shorten(summary, 70)}”`,
      description: `${claim.mode === 'direct' ? 'Quoted' : 'Reported'} statement by ${source.label} in ${article.title}${carrying.length > 1 ? `, carried by ${formatCount(carrying.length, 'article')}` : ''}.`,
      jsonLd: claimJsonLd(claim, here, source, article, articleHref(article.id)),
    },
    search: claimSearch(claim, source, article),
    kind: claim.mode === 'direct' ? 'Quoted statement' : 'Reported statement',
    speaker,
    words: claim.text,
    quote: claim.quote !== null && strip(claim.text) !== strip(claim.quote) ? claim.quote : null,
    stance: stanceNote(claim),
    said: { label: saidLabel(claim), iso: claim.statedOn.date.start, how: howWeKnowWhen(claim, article) },
    via: via ? { label: via.label, href: sourcePageHref(via) } : null,
    article: { ...articleRef(article), sentenceHref: anchor ? sentenceHref(article.id, anchor) : articleHref(article.id) },
    context: paragraphContext(article, claim),
    carried: { articles: carrying.map(articleRef), words: carriedInWords(carrying) },
    figures: claim.figures.map((figure) => ({
      display: figureDisplay(figure),
      vague: figure.precision === 'vague' || figure.value === null,
      what: figure.what,
      others:
        figure.outcome === null
          ? []
          : events
              .map((event) => ({ event: eventRef(event), rows: (figureGroups(event).find((g) => g.key === figure.key)?.rows ?? []).filter((r) => r.href !== here).slice(0, 12) }))
              .filter((o) => o.rows.length > 0),
    })),
    events: events.map(eventRef),
    renditions: renditions.slice(0, renditionsShown).map((other) => ({ item: statementItem(other, index), diff: wordDiff(claimWords(claim), claimWords(other)) })),
    moreRenditions:
      renditions.length > renditionsShown
        ? { lead: `${formatCount(renditions.length - renditionsShown, 'more rendition')} ${renditions.length - renditionsShown === 1 ? 'is' : 'are'} listed on`, link: `${capitalise(source.label)}’s page`, href: sourcePageHref(source) }
        : null,
  };
}

/** A page that sends readers to another address: a copy's permalink, a named source's old page. */
export interface RedirectView {
  /** The page title. */
  title: string;
  /** Where it sends readers (a site path). */
  to: string;
  /** What is there, in words: "the statement", "Joe Biden’s page". */
  label: string;
}

/** The redirect pages of statement permalinks: each id a copy's rendition would have had sends readers to the canonical claim. */
export function claimRedirects(corpus: Pick<Corpus, 'claims'>): Array<{ id: string; view: RedirectView }> {
  const ids = new Set(corpus.claims.map((c) => c.id));
  return corpus.claims.flatMap((claim) =>
    claim.aliasIds
      .filter((alias) => !ids.has(alias))
      .map((alias) => ({ id: alias, view: { title: 'This statement has moved', to: claimHref(claim.id), label: `the statement, as every outlet that carries it word for word shares one page` } })),
  );
}
