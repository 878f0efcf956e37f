/** Event triggers: words that report a happening ("strike", "attack"), found per article and dated by the nearest date expression. */
import type { ArticleDate } from '../../schema/index.ts';
import type { ArticleDocument } from '../document/types.ts';
import { dateReach, eventKinds, hypotheticalMarkers } from '../rules/events.ts';
import type { EventTrigger } from './types.ts';

const triggerList = eventKinds.flatMap((kind) => kind.triggers.map((phrase) => ({ kind, words: phrase.split(' ') })));
triggerList.sort((a, b) => b.words.length - a.words.length);

/**
 * Finds the event triggers of an article: takes its document and resolved dates, returns triggers in
 * text order, each dated by the date expression nearest it.
 */
export function findEventTriggers(document: ArticleDocument, dates: readonly ArticleDate[]): EventTrigger[] {
  const triggers: EventTrigger[] = [];
  const article = { text: document.text, dates };
  for (const docSentence of document.sentences) {
    if (document.paragraphs[docSentence.paragraph]!.kind !== 'body') continue;
    {
      const sentence = { start: docSentence.start, end: docSentence.end };
      const tokens = docSentence.tokens;
      const lower = tokens.map((t) => t.text.toLowerCase());
      const used = new Set<number>();
      for (let i = 0; i < tokens.length; i++) {
        const match = triggerList.find(({ words }) => words.every((w, k) => lower[i + k] === w) && words.every((_, k) => !used.has(i + k)));
        if (!match) continue;
        const first = tokens[i]!;
        // A verb ("to strike the group") is no event; nor is a happening that is only planned or possible.
        if (first.tags.has('Verb') && !first.tags.has('Noun') && match.words.length === 1 && match.kind.type !== 'founding') continue;
        const before = lower.slice(Math.max(0, i - 3), i).join(' ');
        if (hypotheticalMarkers.some((m) => new RegExp(`(?:^|\\s)${m}(?:\\s|$)`, 'u').test(before))) continue;
        if (match.kind.requiresBefore && !match.kind.requiresBefore.includes(lower[i - 1] ?? '')) continue;
        match.words.forEach((_, k) => used.add(i + k));
        const end = tokens[i + match.words.length - 1]!.end;
        triggers.push({ kind: match.kind, start: first.start, end, sentence, date: null });
      }
      datePerTrigger(article, sentence, triggers.filter((m) => m.sentence === sentence));
    }
  }
  return triggers;
}

/** Gives each date of a sentence to the trigger nearest it, so "a drone operation on Saturday … the attack's planners" dates only the operation. */
function datePerTrigger(article: { text: string; dates: readonly ArticleDate[] }, sentence: { start: number; end: number }, mentions: EventTrigger[]) {
  for (const date of article.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end)) {
    const reachable = mentions.filter((m) => nearestDate(article, sentence, m.start, m.end) === date);
    const nearest = reachable.sort((a, b) => Math.abs(a.start - date.start) - Math.abs(b.start - date.start))[0];
    if (nearest && !nearest.date) nearest.date = date;
  }
}

/** The date expression that dates a trigger: in its sentence, near it, and not in a clause of its own ("revealed on September 17 that a strike…"). */
function nearestDate(article: { text: string; dates: readonly ArticleDate[] }, sentence: { start: number; end: number }, start: number, end: number): ArticleDate | null {
  const candidates = article.dates.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  const reachable = candidates.filter((d) => {
    const gap = d.end <= start ? article.text.slice(d.end, start) : article.text.slice(end, d.start);
    // A sentence's only date reaches its trigger however long the clause; several dates go to the nearest.
    return (gap.length <= dateReach || candidates.length === 1) && !/\bthat\b|[;“”"]/u.test(gap);
  });
  return reachable.sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0] ?? null;
}

