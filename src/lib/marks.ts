/** The reader's inline marks: each entity mention as a link to the entity's page, each date with its resolved value. */
import { h } from 'hastscript';
import type { InlineMark } from '../render/reader.ts';
import type { ArticleDate } from '../schema/index.ts';
import type { MentionInContext } from './corpus-index.ts';
import { formatEventDate } from './events-view.ts';

/** Wraps each date expression in `<time datetime>` and shows its resolved value beside it: "on Saturday · Saturday 28 August 2021". */
export function dateMarks(dates: readonly ArticleDate[]): InlineMark[] {
  return dates.map((date) => ({
    start: date.start,
    end: date.end,
    wrap: (children) =>
      h('time', { dateTime: date.date.start, title: date.reasoning }, [...children, h('span.resolved-date', ` · ${formatEventDate(date.date)}`)]),
  }));
}

/** Links every mention to its entity page; `entityHref` makes the link for an entity id. */
export function mentionMarks(mentions: readonly MentionInContext[], entityHref: (id: string) => string): InlineMark[] {
  return mentions.map(({ entity, mention }) => ({
    start: mention.start,
    end: mention.end,
    wrap: (children) => h('a.mention', { href: entityHref(entity.id), dataType: entity.type, title: `${entity.name} (${entity.type})` }, children),
  }));
}
