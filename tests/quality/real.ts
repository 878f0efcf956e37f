/**
 * Scores the pipeline on real articles against blind hand annotations (`tests/fixtures/real/gold/*.json`, format
 * in `tests/fixtures/real/ANNOTATION.md`): entities per type, attributed statements (found, right speaker, right
 * mode), dated events on the right day, and the publication date. An article is matched to its annotations by
 * the end of its path ("batch-1/x.txt", "local/x.txt").
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { surfaceKey } from '../../src/pipeline/identity/index.ts';
import type { Article, Corpus, EntityType } from '../../src/schema/index.ts';
import { findWords, sourceNames } from './claims.ts';

/** One article's annotations. */
export interface RealGold {
  published: string | null;
  entities: Record<EntityType, string[]>;
  claims: Array<{ at: string; to?: string; source: string; mode: 'direct' | 'indirect' }>;
  events: Array<{ name: string; kind: string; date: string | null; approximate?: boolean }>;
}

/** Counts for precision and recall. */
export interface Tally {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

/** The scores of one set of articles. */
export interface RealScore {
  articles: number;
  entities: Record<EntityType, Tally>;
  claims: { annotated: number; extracted: number; found: number; rightSpeaker: number; rightMode: number; correct: number };
  events: { dated: number; onRightDay: number; extracted: number; undatedAnnotated: number };
  published: { stated: number; right: number; wronglyStated: number; total: number };
  misses: string[];
}

const root = path.resolve(import.meta.dirname, '../..');
const goldFolder = path.join(root, 'tests/fixtures/real/gold');

/** Reads every annotation file whose name starts with `prefix` ("batch-1", "local", "held-back"). */
export function readRealGold(prefix: string): Record<string, RealGold> {
  const gold: Record<string, RealGold> = {};
  for (const name of readdirSync(goldFolder).filter((n) => n.startsWith(prefix) && n.endsWith('.json')).sort()) {
    for (const [key, value] of Object.entries(JSON.parse(readFileSync(path.join(goldFolder, name), 'utf8')) as Record<string, unknown>)) {
      if (!key.startsWith('$')) gold[key] = value as RealGold;
    }
  }
  return gold;
}

/** Precision and recall of a tally; 1 when there is nothing to count. */
export const rates = (t: Tally) => ({
  precision: t.truePositives + t.falsePositives === 0 ? 1 : t.truePositives / (t.truePositives + t.falsePositives),
  recall: t.truePositives + t.falseNegatives === 0 ? 1 : t.truePositives / (t.truePositives + t.falseNegatives),
});

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;

/** The range of sentences an annotation spans; whole paragraphs stand in when the words fall outside any sentence. */
function locate(article: Article, at: string, to: string | undefined): { start: number; end: number } | null {
  const start = findWords(article.text, at);
  if (start < 0) throw new Error(`${article.file}: annotation "${at}" is not in the text`);
  const last = to ? findWords(article.text, to, start) : start;
  if (last < 0) throw new Error(`${article.file}: annotation end "${to}" is not in the text`);
  // Words in furniture before a sentence (a dateline, a turn's label) lead to that sentence.
  const sentenceAt = (offset: number) => {
    for (const p of article.paragraphs) {
      for (const s of p.sentences) if (offset < s.end) return s;
      if (offset >= p.start && offset < p.end) return { start: p.start, end: p.end };
    }
    return null;
  };
  const first = sentenceAt(start);
  const end = sentenceAt(last);
  return first && end ? { start: first.start, end: Math.max(end.end, first.end) } : null;
}

const sourceMatches = (names: readonly string[], annotated: string) =>
  annotated.split('|').some((alternative) => {
    // A curly apostrophe and a straight one are the same name: "Russia’s ambassador" is "Russia's ambassador".
    const wanted = alternative.toLowerCase().replace(/\s+/gu, ' ').replace(/’/gu, "'").trim();
    return names.some((name) => name === wanted || name.includes(wanted) || (wanted.length > 3 && wanted.includes(name) && name.length > 3));
  });

/** True when an extracted event covers the annotated day: a day, or a range of at most a week around it. */
function onDay(event: Corpus['events'][number], day: string, approximate: boolean): boolean {
  if (!event.date.start || !event.date.end) return false;
  const slack = approximate ? 31 : event.date.precision === 'day' ? 0 : 3;
  const width = (Date.parse(event.date.end) - Date.parse(event.date.start)) / 86_400_000;
  if (!approximate && width > 7) return false;
  const d = Date.parse(day);
  return Date.parse(event.date.start) - slack * 86_400_000 <= d && d <= Date.parse(event.date.end) + slack * 86_400_000;
}

/** Scores a corpus against the annotations of the articles it holds. */
export function scoreReal(corpus: Corpus, gold: Record<string, RealGold>): RealScore {
  const empty = (): Tally => ({ truePositives: 0, falsePositives: 0, falseNegatives: 0 });
  const score: RealScore = {
    articles: 0,
    entities: { person: empty(), organization: empty(), place: empty() },
    claims: { annotated: 0, extracted: 0, found: 0, rightSpeaker: 0, rightMode: 0, correct: 0 },
    events: { dated: 0, onRightDay: 0, extracted: 0, undatedAnnotated: 0 },
    published: { stated: 0, right: 0, wronglyStated: 0, total: 0 },
    misses: [],
  };
  for (const article of corpus.articles) {
    const key = Object.keys(gold).find((k) => article.file.endsWith(`/${k}`));
    if (!key) continue;
    const annotated = gold[key]!;
    const name = key;
    score.articles++;
    // Publication date as the pipeline reads it from the text; a date the editorial file supplies is not scored.
    if (article.provenance.published.from !== 'editorial') {
      score.published.total++;
      if (annotated.published) score.published.stated++;
      if (article.published === annotated.published) score.published.right++;
      else {
        if (article.published && !annotated.published) score.published.wronglyStated++;
        score.misses.push(`${name}: published ${article.published ?? 'null'}, annotated ${annotated.published ?? 'null'}`);
      }
    }
    // Entities.
    for (const type of ['person', 'organization', 'place'] as const) {
      const found = corpus.entities.filter((e) => e.type === type && e.articleIds.includes(article.id));
      const unmatched = new Set(found);
      for (const item of annotated.entities[type] ?? []) {
        const keys = item.split('|').map(surfaceKey);
        const match = [...unmatched].find((e) => [e.name, ...e.aliases].some((n) => keys.includes(surfaceKey(n))));
        if (match) {
          unmatched.delete(match);
          score.entities[type].truePositives++;
        } else {
          score.entities[type].falseNegatives++;
          score.misses.push(`${name}: missed ${type} ${item}`);
        }
      }
      score.entities[type].falsePositives += unmatched.size;
      for (const e of unmatched) score.misses.push(`${name}: spurious ${type} ${e.name}`);
    }
    // Claims.
    const claims = corpus.claims.filter((c) => c.articleId === article.id);
    const located = annotated.claims.map((c) => ({ ...c, range: locate(article, c.at, c.to) }));
    score.claims.annotated += located.length;
    score.claims.extracted += claims.length;
    for (const a of located) {
      const near = a.range ? claims.filter((c) => overlaps(c, a.range!)) : [];
      if (near.length > 0) score.claims.found++;
      const right = near.find((c) => sourceMatches(sourceNames(corpus, c), a.source));
      if (right) {
        score.claims.rightSpeaker++;
        if (right.mode === a.mode) score.claims.rightMode++;
      } else {
        score.misses.push(`${name}: claim "${a.at}" by ${a.source}: ${near.length > 0 ? `found with ${sourceNames(corpus, near[0]!)[0]} [${near[0]!.rule}/${near[0]!.speakerRule}]` : 'not found'}`);
      }
    }
    for (const claim of claims) {
      const names = sourceNames(corpus, claim);
      if (located.some((a) => a.range && overlaps(claim, a.range) && sourceMatches(names, a.source))) score.claims.correct++;
      else score.misses.push(`${name}: extra claim by ${names[0]} [${claim.rule}/${claim.speakerRule}]: ${claim.text.slice(0, 80).replace(/\s+/gu, ' ')}`);
    }
    // Events.
    const events = corpus.events.filter((e) => e.articleIds.includes(article.id));
    score.events.extracted += events.length;
    for (const g of annotated.events) {
      if (!g.date) {
        score.events.undatedAnnotated++;
        continue;
      }
      score.events.dated++;
      if (events.some((e) => onDay(e, g.date!, g.approximate === true))) score.events.onRightDay++;
      else score.misses.push(`${name}: event "${g.name}" (${g.kind}) on ${g.date} not found`);
    }
  }
  return score;
}

/** The headline figures of a score, rounded for tables. */
export function summarise(score: RealScore) {
  const r = (n: number) => Number(n.toFixed(3));
  const people = rates(score.entities.person);
  const organisations = rates(score.entities.organization);
  const places = rates(score.entities.place);
  const c = score.claims;
  return {
    articles: score.articles,
    peopleP: r(people.precision),
    peopleR: r(people.recall),
    orgP: r(organisations.precision),
    orgR: r(organisations.recall),
    placeP: r(places.precision),
    placeR: r(places.recall),
    claims: c.annotated,
    claimsFound: r(c.annotated ? c.found / c.annotated : 1),
    rightSpeaker: r(c.annotated ? c.rightSpeaker / c.annotated : 1),
    rightMode: r(c.rightSpeaker ? c.rightMode / c.rightSpeaker : 1),
    claimPrecision: r(c.extracted ? c.correct / c.extracted : 1),
    datedEvents: score.events.dated,
    eventsOnDay: r(score.events.dated ? score.events.onRightDay / score.events.dated : 1),
    publishedRight: r(score.published.total ? score.published.right / score.published.total : 1),
    publishedInvented: score.published.wronglyStated,
  };
}
