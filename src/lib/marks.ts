/**
 * The reader's marks on an article's text: each attributed statement highlighted in the colour of its kind of
 * source, with its speaker named beside it; each entity mention linked to its page; each date expression followed
 * by its resolved value in quiet brackets. The marks build hast, so article text only ever becomes text nodes.
 */
import { h } from 'hastscript';
import type { InlineMark, SentenceMark } from '../render/reader.ts';
import type { ArticleDate, EventDate } from '../schema/index.ts';
import type { MentionInContext } from './corpus-index.ts';
import { quietDate } from './format.ts';
import type { SpeakerView } from './refs.ts';

/** A statement's place in an article's text, with who said it and its permalink. */
export interface StatementSpan {
  /** Offset of the statement’s first character in the text. */
  start: number;
  /** Offset one past its last character. */
  end: number;
  /** Who said it. */
  speaker: SpeakerView;
  /** True when the article quotes the speaker’s own words. */
  quoted: boolean;
  /** The statement’s permalink. */
  href: string;
}

/**
 * Highlights each statement's sentences in its source type's colour and puts its speaker after them, as a link to
 * the statement's page: visible on every screen, with no script.
 */
export function statementMarks(spans: readonly StatementSpan[]): SentenceMark[] {
  return spans.map((span) => ({
    start: span.start,
    end: span.end,
    className: `claim source-${span.speaker.type}`,
    // The speaker's label is not the article's text: the search index leaves it out of excerpts.
    marker: h('a.speaker', { href: span.href, className: [`source-${span.speaker.type}`], dataPagefindIgnore: '' }, [
      h('span.speaker-name', span.speaker.label),
      h('span.speaker-type', ` · ${span.speaker.typeLabel}`),
      h('span.visually-hidden', `: ${span.quoted ? 'quoted' : 'reported'} statement, open its page`),
    ]),
  }));
}

/** The value of a `<time datetime>` for a resolved date: the day, the month or the year, as precise as it is known. */
export function datetimeOf(date: EventDate): string | null {
  if (date.start === null) return null;
  if (date.precision === 'year') return date.start.slice(0, 4);
  if (date.precision === 'month') return date.start.slice(0, 7);
  return date.start;
}

/**
 * Wraps each placed date expression in `<time>` and adds its resolved value in brackets when the words do not say it
 * already; the brackets come after a possessive that follows the words ("last week’s [23–29 Aug] attack").
 */
export function dateMarks(text: string, dates: readonly ArticleDate[], published: string | null): InlineMark[] {
  return dates.flatMap((date) => {
    const datetime = datetimeOf(date.date);
    if (datetime === null) return [];
    const aside = quietDate(date.text, date.date, published);
    const end = date.end + (/^['’]s\b/u.exec(text.slice(date.end, date.end + 3))?.[0].length ?? 0);
    return [{ start: date.start, end, wrap: (children) => h('time', { dateTime: datetime }, aside ? [...children, h('span.quiet-date', { dataPagefindIgnore: '' }, ` [${aside}]`)] : children) }];
  });
}

/** Links every mention to its entity page; `entityHref` makes the link for an entity id. */
export function mentionMarks(mentions: readonly MentionInContext[], entityHref: (id: string) => string): InlineMark[] {
  return mentions.map(({ entity, mention }) => ({
    start: mention.start,
    end: mention.end,
    wrap: (children) => h('a.mention', { href: entityHref(entity.id) }, children),
  }));
}
