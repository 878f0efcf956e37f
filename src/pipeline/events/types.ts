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
}

/** One phrase of an article that reports a happening, with the places and participants named near it. */
export interface EventMention {
  articleId: string;
  kind: EventKind;
  /** The trigger words. */
  start: number;
  end: number;
  /** The sentence holding them. */
  sentence: { start: number; end: number };
  date: ArticleDate | null;
  placeIds: string[];
  entityIds: string[];
}

export interface Thread {
  kind: EventKind;
  mentions: EventMention[];
  date: EventDate | null;
  future: boolean;
  placeIds: Set<string>;
  entityIds: Set<string>;
  /** Publication date of the article the thread began in. */
  published: string | null;
}

