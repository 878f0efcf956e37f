/**
 * The story stage: copies of one story across articles (syndicated wire copy, a story carried by several papers)
 * → story records listing each copy and what it changed; and the claims of the copies that render a statement of
 * the canonical copy word for word folded into that one claim, which lists every article carrying it.
 */
import type { Article, Claim, Story } from '../../schema/index.ts';
import { assignUniqueSlugs, slugify } from '../ids.ts';
import { copyChanges } from './changes.ts';
import { groupCopies } from './group.ts';

const storyParagraphs = (article: Article) =>
  article.paragraphs.filter((p) => !p.furniture).map((p) => ({ index: p.index, text: article.text.slice(p.start, p.end) }));

/** Finds the stories of the corpus: takes the articles, returns one story per group of copies, by canonical copy. */
export function buildStories(articles: readonly Article[]): Story[] {
  const groups = groupCopies(articles.map((a) => ({ id: a.id, file: a.file, published: a.published, storyText: storyParagraphs(a).map((p) => p.text).join('\n') })));
  const ids = assignUniqueSlugs(groups, (g) => `story-${slugify(articles[g[0]!]!.title, 7)}`, (g) => articles[g[0]!]!.file);
  return groups.map((members, i) => {
    const canonical = articles[members[0]!]!;
    return {
      id: ids[i]!,
      title: canonical.title,
      canonicalArticleId: canonical.id,
      articleIds: members.map((m) => articles[m]!.id),
      copies: members.slice(1).map((m) => ({ articleId: articles[m]!.id, ...copyChanges(storyParagraphs(canonical), storyParagraphs(articles[m]!)) })),
    };
  });
}

const normalise = (text: string) => text.toLowerCase().replace(/\s+/gu, ' ').trim();

/**
 * Folds the copies' claims into the canonical copy's: a copy's claim with the same source and the same words as a
 * canonical claim is the same statement carried again. Takes the claims and stories; returns the claims that remain,
 * each listing the articles that carry it (`carriedIn`) and the ids of the folded claims (`aliasIds`, which redirect).
 */
export function foldCopiedClaims(claims: readonly Claim[], stories: readonly Story[]): Claim[] {
  const storyOf = new Map(stories.flatMap((s) => s.articleIds.map((id) => [id, s] as const)));
  const canonicalBy = new Map<string, Claim>();
  for (const claim of claims) {
    const story = storyOf.get(claim.articleId);
    if (story?.canonicalArticleId === claim.articleId) canonicalBy.set(`${story.id}\0${claim.sourceId}\0${normalise(claim.text)}`, claim);
  }
  const folded = new Map<string, { carriedIn: Claim['carriedIn']; aliasIds: string[] }>();
  const kept: Claim[] = [];
  for (const claim of claims) {
    const story = storyOf.get(claim.articleId);
    const canonical = story && story.canonicalArticleId !== claim.articleId ? canonicalBy.get(`${story.id}\0${claim.sourceId}\0${normalise(claim.text)}`) : undefined;
    if (!canonical) {
      kept.push(claim);
      continue;
    }
    const entry = folded.get(canonical.id) ?? { carriedIn: [...canonical.carriedIn], aliasIds: [] };
    entry.carriedIn.push({ articleId: claim.articleId, start: claim.start, end: claim.end });
    entry.aliasIds.push(claim.id);
    folded.set(canonical.id, entry);
  }
  return kept.map((claim) => {
    const entry = folded.get(claim.id);
    return entry ? { ...claim, carriedIn: entry.carriedIn.sort((a, b) => (a.articleId < b.articleId ? -1 : 1)), aliasIds: entry.aliasIds.sort() } : claim;
  });
}
