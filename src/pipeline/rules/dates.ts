/** Date rules as data: words that move a date to part of a month, and words that say a date lies ahead. */

/** Parts of a month: "mid-August", "early September", "the end of August" → a range of days, approximate. */
export const monthParts: ReadonlyArray<{ pattern: RegExp; firstDay: number; lastDay: number | 'end'; reason: string }> = [
  { pattern: /\bmid-?\s?$/iu, firstDay: 10, lastDay: 20, reason: 'the middle of the month' },
  { pattern: /\bearly\s+$/iu, firstDay: 1, lastDay: 10, reason: 'the first third of the month' },
  { pattern: /\b(?:late|end of|the end of)\s+$/iu, firstDay: 21, lastDay: 'end', reason: 'the last third of the month' },
  { pattern: /\b(?:beginning of|start of|the start of|the beginning of)\s+$/iu, firstDay: 1, lastDay: 7, reason: 'the first days of the month' },
];

/** Words before a weekday that put it ahead of the article: "by Tuesday", "next Monday", "until Friday". */
export const futureMarkersBefore: readonly string[] = ['by', 'next', 'until', 'till', 'before', 'this coming'];

/** Words in a sentence that make a bare weekday lie ahead: "will advocate … on Monday", "is due to arrive on Friday". */
export const futureTenseWords: readonly string[] = ['will', "'ll", 'is due to', 'are due to', 'is scheduled', 'are scheduled', 'is expected to', 'are expected to', 'plans to', 'is set to', 'are set to'];

/** Past-tense auxiliaries: a sentence with one tells a past plan ("were due to depart by Sunday"), not a future one. */
export const pastTenseWords: readonly string[] = ['was', 'were', 'had'];

/**
 * What a date expression must hold to be a date: chrono also reads "now" and "the last hours" as times, which
 * date nothing in a news story.
 */
export const datedWords = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|today|yesterday|tomorrow|weeks?|months?|years?|ago|\d{4}|\d{1,2}\/\d{1,2})\b/iu;

/**
 * A year on its own that dates something: after a preposition ("established in 2014", "since 2001"), before a
 * common noun ("the 2009 crash"; not "the 2018 World Cup", a name), or joined to such a year ("in 2008 and 2012").
 */
export const bareYearPattern = /(?:\b(?:in|since|from|of|by|until|before|after)\s+|\bthe\s+(?=(?:19|20)\d\d\s+\p{L})|(?<=\b(?:19|20)\d\d\s+)(?:and|or|to)\s+)((?:19|20)\d\d)\b(?![-–]\d|\s*percent)/giu;

/** Phrases chrono reads as a day but that name a span: "last week" is the seven days before the week of publication. */
export const spanPhrases: ReadonlyArray<{ pattern: RegExp; days: number; reason: string }> = [
  { pattern: /^(?:last|past|previous)\s+week$/iu, days: 7, reason: 'the week before the week of publication' },
  { pattern: /^this\s+week$/iu, days: 7, reason: 'the week of publication' },
];

/**
 * Words that count from the day they are said ("today", "on Sunday", "a year ago"): inside a quotation, that day is
 * the speaker's, not the article's.
 */
export const speechDayWords = /^(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|today|tonight|yesterday|tomorrow|this\s+(?:morning|afternoon|evening)|last\s+night)$|\bago(?:\s+today)?$/iu;

