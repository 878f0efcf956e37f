/**
 * Furniture rules: how a line of page furniture looks, as data. Each rule says why it exists; `segment.ts`
 * tries them in order and the first that matches classifies the paragraph. Order matters: the teaser-list
 * tail and bare labels win over the generic heading rules below them.
 */
import type { FurnitureKind, ParagraphKind } from '../../schema/index.ts';

/** Words a paragraph is measured with, before any rule looks at it. */
export interface ParagraphShape {
  /** Position in the article, from 0. */
  index: number;
  /** The paragraph text, trimmed. */
  text: string;
  /** Word tokens in the paragraph. */
  words: number;
  /** True when the last character (closing quotes aside) is sentence punctuation or a continuing comma. */
  endsLikeProse: boolean;
  /** True when the paragraph is a bare date line ("Updated 23 Nov, 2024"). */
  dateStamp: boolean;
  /** True when the paragraph lies in the listing of teasers that closes some pages. */
  inTeaserTail: boolean;
}

/** One classification rule. */
export interface FurnitureRule {
  /** Stable id, recorded on every paragraph it classifies. */
  id: string;
  /** What the paragraph becomes. */
  kind: ParagraphKind;
  /** The furniture shape, for furniture. */
  furnitureKind: FurnitureKind | null;
  /** Why the rule exists. */
  reason: string;
  /** Does the rule apply to this paragraph? */
  test: (shape: ParagraphShape) => boolean;
}

/** Labels that web pages print as navigation or credits, never as article prose. Matched case-insensitively on the whole paragraph, stray punctuation ignored. */
export const siteLabels: readonly string[] = [
  'source',
  'sources',
  'opinion',
  'editorial',
  'advertisement',
  'advertisements',
  'sponsored',
  'related',
  'related articles',
  'related stories',
  'read more',
  'read also',
  'also read',
  'more from',
  'share',
  'share this article',
  'comments',
  'photo',
  'file photo',
  'video',
  'watch',
  'listen',
  'newsletter',
  'sign up',
  'most read',
  'trending',
];

/** Words that may label a bare date line: "Updated 23 Nov, 2024", "Published: March 3, 2021". */
export const dateStampLabels: readonly string[] = ['updated', 'published', 'posted', 'last updated', 'first published', 'modified'];

/** English month names and their usual abbreviations, for date-stamp lines. */
export const monthNames: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/** A crosshead has at most this many words; a longer unpunctuated line is a headline of something else. */
export const maxCrossheadWords = 7;

/** A related-headline teaser has at most this many words; a longer unpunctuated paragraph is prose that lost its full stop. */
export const maxTeaserHeadlineWords = 16;

/** A machine-written date token some scrapers prefix to a page: "date 2021-10-24". */
export const machineDatePattern = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i;

/** A photo credit closing a caption: a sentence, then one to four capitalised words with no punctuation of their own. */
export const captionCreditPattern = /[.!?]["”’]?\s+(?:[A-Z][\p{L}&'’-]*\s?){1,4}$/u;

/** The rules, tried in order. */
export const furnitureRules: readonly FurnitureRule[] = [
  {
    id: 'teaser-list-tail',
    kind: 'furniture',
    furnitureKind: 'teaser-list',
    reason: 'Pages often end with a list of unrelated headlines and date stamps after the story; it is recognised as a tail of headings and dates with no two prose paragraphs in a row.',
    test: (s) => s.inTeaserTail,
  },
  {
    id: 'site-label',
    kind: 'furniture',
    furnitureKind: 'site-label',
    reason: 'A paragraph that is only a navigation word or credit ("Source", "Opinion") is page chrome.',
    test: (s) => isSiteLabel(s.text),
  },
  {
    id: 'date-stamp',
    kind: 'furniture',
    furnitureKind: 'site-label',
    reason: 'A paragraph that is only a date ("Updated 23 Nov, 2024") is a page time stamp, not prose.',
    test: (s) => s.dateStamp,
  },
  {
    id: 'dateline-caption',
    kind: 'furniture',
    furnitureKind: 'dateline-caption',
    reason: 'A first paragraph that starts with a machine date token or ends in a photo credit is the dateline and photo caption above the story.',
    test: (s) => s.index === 0 && (machineDatePattern.test(s.text) || captionCreditPattern.test(s.text)),
  },
  {
    id: 'headline-first-line',
    kind: 'furniture',
    furnitureKind: 'headline',
    reason: 'A first paragraph without closing punctuation is the headline (and standfirst) printed above the story.',
    test: (s) => s.index === 0 && !s.endsLikeProse && s.words <= maxTeaserHeadlineWords * 2,
  },
  {
    id: 'related-headline',
    kind: 'furniture',
    furnitureKind: 'related-headline',
    reason: 'An unpunctuated line of headline length inside the story is a link to another story.',
    test: (s) => !s.endsLikeProse && s.words > maxCrossheadWords && s.words <= maxTeaserHeadlineWords,
  },
  {
    id: 'crosshead',
    kind: 'heading',
    furnitureKind: null,
    reason: 'A short unpunctuated line inside the story is a crosshead: part of the story, not furniture.',
    test: (s) => !s.endsLikeProse && s.words <= maxCrossheadWords,
  },
  {
    id: 'body',
    kind: 'body',
    furnitureKind: null,
    reason: 'Everything else is story text.',
    test: () => true,
  },
];

/** True when the text, stray punctuation removed, is one of the site labels. */
export function isSiteLabel(text: string): boolean {
  const bare = text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  return bare.length > 0 && siteLabels.includes(bare);
}

const monthAlternation = monthNames.join('|');
const labelAlternation = dateStampLabels.join('|');
const dateStampPattern = new RegExp(
  `^(?:(?:${labelAlternation})\\s*:?\\s*)?(?:` +
    `\\d{1,2}\\s+(?:${monthAlternation})\\.?,?\\s+\\d{4}` + // 23 Nov, 2024
    `|(?:${monthAlternation})\\.?\\s+\\d{1,2},?\\s+\\d{4}` + // November 23, 2024
    `|\\d{4}-\\d{2}-\\d{2}` + // 2024-11-23
    `)(?:[,\\s]+\\d{1,2}:\\d{2}(?:\\s*[ap]\\.?m\\.?)?)?\\s*$`,
  'i',
);

/** True when the text is nothing but a date, optionally labelled and timed. */
export function isDateStamp(text: string): boolean {
  return dateStampPattern.test(text.trim());
}
