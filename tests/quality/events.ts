/**
 * Scores events against `tests/fixtures/gold/events.json`: the annotated events found with the right type and
 * date, those also linked to every article that reports them, and events placed after every report of them.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Corpus, Event } from '../../src/schema/index.ts';

interface GoldEvent {
  name: string;
  type: string;
  date: string;
  approximate?: boolean;
  articles: string[];
}

const root = path.resolve(import.meta.dirname, '../..');
const slack = 3 * 86_400_000;

/** Reads the annotations for one set ("seeds" or "unseen"). */
export function readEventGold(set: 'seeds' | 'unseen'): GoldEvent[] {
  return (JSON.parse(readFileSync(path.join(root, 'tests/fixtures/gold/events.json'), 'utf8')) as Record<string, GoldEvent[]>)[set]!;
}

const onDate = (event: Event, gold: GoldEvent) => {
  if (event.date.start === null || event.date.end === null) return false;
  const day = Date.parse(gold.date);
  const pad = gold.approximate || event.date.precision === 'approximate' ? slack : 0;
  return Date.parse(event.date.start) - pad <= day && day <= Date.parse(event.date.end) + pad;
};

/** The figures for a corpus against its annotations. */
export function scoreEvents(corpus: Corpus, gold: readonly GoldEvent[]) {
  const fileOf = new Map(corpus.articles.map((a) => [a.id, a.file]));
  const publishedOf = new Map(corpus.articles.map((a) => [a.id, a.published]));
  const rows = gold.map((g) => {
    const candidates = corpus.events.filter((e) => e.type === g.type && onDate(e, g));
    const best = candidates.sort((a, b) => b.articleIds.length - a.articleIds.length)[0];
    const linked = best ? g.articles.every((file) => best.articleIds.some((id) => fileOf.get(id) === file)) : false;
    return { name: g.name, found: best !== undefined, linked, event: best?.id ?? null };
  });
  // An event after every report of it must be one the text places ahead (a deadline, a plan), flagged as such.
  const afterReports = corpus.events.filter((e) => e.articleIds.every((id) => e.date.start !== null && (publishedOf.get(id) ?? '9999') < e.date.start));
  return {
    annotated: gold.length,
    onRightDate: rows.filter((r) => r.found).length,
    onRightDateAndLinked: rows.filter((r) => r.found && r.linked).length,
    extracted: corpus.events.length,
    afterReports: afterReports.map((e) => ({ id: e.id, flaggedFuture: e.future })),
    rows,
  };
}
