/**
 * The Crosscheck pipeline: a folder of article files in, a validated corpus of records out.
 *
 * Per article (cached by the text's digest, so copies of one text are analysed once):
 *   1. document   text → paragraphs → sentences → tagged tokens, furniture set apart  (document/)
 *   2. metadata   title, outlet, publication date, each with its provenance          (metadata.ts)
 *   3. dates      date expressions → dates with precision, from publication           (dates/)
 *   4. entities   candidate people, organisations and places, with roles             (entities/)
 *   5. attribute  who said what: cue, speaker, quote, mode                            (attribution/)
 *   6. triggers   words that report a happening, dated                                (events/triggers.ts)
 * Across the corpus:
 *   7. ids        readable, collision-free article slugs                              (ids.ts)
 *   8. stories    copies of one text across articles → stories                        (stories/)
 *   9. identity   candidates → entities: surnames, acronyms, aliases linked          (identity/)
 *  10. claims     attributions → sources and claims, with hedges, figures, statedOn  (claims/, figures.ts)
 *  11. fold       a copy's word-for-word claims folded into the canonical copy's     (stories/)
 *  12. compare    renditions of one statement across articles share a cluster:
 *                 lemmas and WordNet relatives, rare words weighted                 (compare/)
 *  13. events     happenings threaded per article, merged across articles; dated
 *                 statements and transcripts as events of their own                 (events/)
 *  14. validate   every record against the zod schemas in src/schema/
 *
 * Every decision is a row of a table in `rules/`, and the record it made names the row.
 *
 * Pure TypeScript: nothing here imports Astro. `read.ts`, `cache.ts` and `compare/lexicon.ts` (WordNet) are the only
 * modules that touch the file system.
 */
import path from 'node:path';
import { CorpusSchema, inCanonicalOrder, type Article, type Corpus, type Editorial } from '../schema/index.ts';
import { attributeClaims, markSpeakingCandidates, type Attribution } from './attribution/index.ts';
import { buildClaims } from './claims/index.ts';
import { clusterClaims } from './compare/index.ts';
import { resolveArticleDates } from './dates/index.ts';
import { buildDocument, countWords, datelineOf, endsLikeProse } from './document/index.ts';
import { recogniseEntities, type Candidate } from './entities/index.ts';
import { addStatementEvents, buildEvents, findEventTriggers, type EventTrigger } from './events/index.ts';
import { resolveEntities } from './identity/index.ts';
import { assignUniqueSlugs, slugify } from './ids.ts';
import { resolveMetadata } from './metadata.ts';
import { buildStories, foldCopiedClaims } from './stories/index.ts';
import type { Problem } from './problems.ts';
import { editorialFileName, readSeedFolder, type ArticleInput } from './read.ts';

export { fingerprintCode, openFileCache } from './cache.ts';
export { formatProblem, type Problem } from './problems.ts';
export type { ArticleInput } from './read.ts';

/** An article after the per-article stages, before it has an id. */
export type ArticleAnalysis = Omit<Article, 'id' | 'storyId'>;

/** An article's analysis, the entity candidates found in it, and the problems met while making them. */
export interface ArticleResult {
  analysis: ArticleAnalysis;
  candidates: Candidate[];
  attributions: Attribution[];
  triggers: EventTrigger[];
  problems: Problem[];
}

/** A store of per-article results keyed by digest, so an unchanged article is not parsed again. */
export interface AnalysisCache {
  get(key: string): ArticleResult | undefined;
  set(key: string, result: ArticleResult): void;
}

/** What a pipeline run returns: the corpus and every problem met on the way. */
export interface PipelineResult {
  corpus: Corpus;
  problems: Problem[];
}

/** Runs the per-article stages on one decoded file. */
export function analyseArticle(input: ArticleInput, editorial: Editorial, editorialFile: string): ArticleResult {
  const document = buildDocument(input.text);
  const { paragraphs } = document;
  const dateline = datelineOf(input.text, paragraphs);
  const { metadata, problems } = resolveMetadata(input, paragraphs, editorial.articles[path.basename(input.file)], editorialFile, dateline);
  const story = paragraphs.filter((p) => !p.furniture);
  const last = story.at(-1);
  const notes = last && !endsLikeProse(input.text.slice(last.start, last.end)) && last.kind === 'body' ? ['the text stops mid-sentence: the copy looks truncated'] : [];
  const analysis: ArticleAnalysis = {
    file: input.file,
    ...metadata,
    wordCount: story.reduce((sum, p) => sum + countWords(input.text.slice(p.start, p.end)), 0),
    text: input.text,
    paragraphs,
    dateline,
    form: paragraphs.some((p) => p.turn !== null) ? 'transcript' : 'story',
    notes,
    dates: resolveArticleDates(document, metadata.published),
  };
  problems.push(...contradictoryDates(input.file, analysis));
  const recognised = recogniseEntities(document);
  const attributions = attributeClaims(document, recognised);
  const candidates = markSpeakingCandidates(document, recognised, attributions);
  const triggers = findEventTriggers(document, analysis.dates);
  return { analysis, candidates, attributions, triggers, problems };
}

/** A date more than this many days after publication, in a sentence that does not look ahead, contradicts the publication date. */
const contradictionDays = 7;

/** Warns about dates the text places well after the article's publication date: one of the two is wrong. */
function contradictoryDates(file: string, article: ArticleAnalysis): Problem[] {
  if (!article.published) return [];
  const limit = new Date(Date.parse(`${article.published}T12:00:00Z`) + contradictionDays * 86_400_000).toISOString().slice(0, 10);
  return article.dates
    .filter((d) => d.date.start !== null && d.date.start > limit && !d.ahead)
    .map((d) => ({ file, severity: 'warning' as const, message: `"${d.text}" resolves to ${d.date.start}, after the publication date ${article.published} (${article.provenance.published.from === 'editorial' ? 'from the editorial file' : 'stated in the text'})` }));
}

/**
 * The key an analysis is cached under: the text's digest and everything else it was computed from — the editorial
 * entry and the editorial file it is named by in provenance, and a year the file's name may lend a dateline — but
 * not the file's name itself, so that copies of one text (a syndicated story under many names) are analysed once.
 */
function cacheKey(input: ArticleInput, editorial: Editorial, editorialFile: string): string {
  const fileYear = /(?:^|[^\d])((?:19|20)\d\d)(?:[^\d]|$)/u.exec(path.basename(input.file))?.[1] ?? '';
  const entry = editorial.articles[path.basename(input.file)] ?? null;
  return `${input.digest}\0${fileYear}\0${JSON.stringify(entry)}\0${entry ? editorialFile : ''}`;
}

/** An analysis made for one file, as the analysis of another file with the same text. */
function forFile(result: ArticleResult, file: string): ArticleResult {
  if (result.analysis.file === file) return result;
  return { ...result, analysis: { ...result.analysis, file }, problems: result.problems.map((p) => ({ ...p, file })) };
}

/** Runs every stage over decoded inputs; returns the validated corpus and the problems met. */
export function buildCorpus(
  inputs: readonly ArticleInput[],
  editorial: Editorial,
  options: { cache?: AnalysisCache; editorialFile?: string } = {},
): PipelineResult {
  const editorialFile = options.editorialFile ?? `seeds/${editorialFileName}`;
  const problems: Problem[] = [];
  const seen = new Map<string, ArticleResult>();
  const results = inputs.map((input) => {
    const key = cacheKey(input, editorial, editorialFile);
    let result = seen.get(key) ?? options.cache?.get(key);
    if (!result) {
      result = analyseArticle(input, editorial, editorialFile);
      options.cache?.set(key, result);
    }
    seen.set(key, result);
    result = forFile(result, input.file);
    problems.push(...result.problems);
    return result;
  });

  const articleIds = assignUniqueSlugs(results, (r) => slugify(r.analysis.title), (r) => r.analysis.file);
  const analysed: Article[] = results.map((result, i) => ({ id: articleIds[i]!, ...result.analysis, storyId: null }));
  const stories = buildStories(analysed);
  const storyOf = new Map(stories.flatMap((story) => story.articleIds.map((id) => [id, story.id] as const)));
  const articles = analysed.map((article) => ({ ...article, storyId: storyOf.get(article.id) ?? null }));
  const entities = resolveEntities(
    results.map((result, i) => ({ articleId: articleIds[i]!, candidates: result.candidates })),
    editorial.aliases,
  );

  const built = buildClaims(
    results.map((result, i) => ({ article: articles[i]!, attributions: result.attributions })),
    entities,
    editorial.aliases,
    stories,
  );
  const clustered = clusterClaims(foldCopiedClaims(built.claims, stories), built.sources, (claim) => built.lemmas.get(claim.id) ?? []);
  const { events: happenings, claimEventIds } = buildEvents(articles, results.map((r) => r.triggers), entities, clustered);
  const linked = clustered.map((claim) => ({ ...claim, eventIds: claimEventIds.get(claim.id) ?? [] }));
  const { events, claims } = addStatementEvents(happenings, linked, built.sources, articles);

  const corpus = CorpusSchema.safeParse(inCanonicalOrder({ version: 1, articles, entities, sources: built.sources, claims, events, stories }));
  if (!corpus.success) {
    // A record that fails its schema is a pipeline bug, not bad input: say which record and field.
    const where = corpus.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`The pipeline produced records that do not match the schema: ${where}`);
  }
  return { corpus: corpus.data, problems };
}

/** Reads a seeds folder and runs the pipeline on it. `root` is the folder file paths are reported relative to. */
export async function runPipeline(seedsDir: string, root: string, options: { cache?: AnalysisCache } = {}): Promise<PipelineResult> {
  const folder = await readSeedFolder(seedsDir, root);
  const editorialFile = path.relative(root, path.join(seedsDir, editorialFileName)).split(path.sep).join('/');
  const result = buildCorpus(folder.inputs, folder.editorial, { ...options, editorialFile });
  return { corpus: result.corpus, problems: [...folder.problems, ...result.problems] };
}
