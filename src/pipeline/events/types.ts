/** The event stage's working records: triggers per article, mentions with their entities, threads of mentions. */
import type { ArticleDate, EventDate } from '../../schema/index.ts';
import type { EventKind } from '../rules/events.ts';

/** A trigger of an article: found per article (and cached with it), before entities are resolved. */
export interface EventTrigger {
  kind: EventKind;
  /** The trigger words. */
  start: number;
  end: number;
  /** The sentence holding them. */
  sentence: { start: number; end: number };
  date: ArticleDate | null;
  /** For a happening outside the vocabulary, the clause that reports it ("Assange took refuge in the embassy"). */
  summary?: string;
}

/** One phrase of an article that reports a happening: its trigger, with the places and participants named near it. */
export interface EventMention extends EventTrigger {
  articleId: string;
  placeIds: string[];
  entityIds: string[];
}

/** A date that is placed: a day or a range of days, never `unknown`. */
export type KnownDate = EventDate & { start: string; end: string };

/** The placed date of a mention, or null when it has none or its date expression could not be placed. */
export const knownDateOf = (mention: { date: ArticleDate | null }): KnownDate | null =>
  mention.date && mention.date.date.start !== null ? (mention.date.date as KnownDate) : null;

/** The mentions of one happening, with what they agree on: its date, places and participants. */
export interface Thread {
  kind: EventKind;
  mentions: EventMention[];
  /** The placed date the mentions agree on, or null while none is placed. */
  date: KnownDate | null;
  /** True while the date comes only from words counted from publication ("last week"). */
  looseDate: boolean;
  future: boolean;
  placeIds: Set<string>;
  entityIds: Set<string>;
  /** Publication date of the article the thread began in. */
  published: string | null;
}

