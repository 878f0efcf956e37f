/**
 * Furniture rules: how a paragraph of page furniture looks, as data. Each row says why it exists; the document
 * stage tries them in order and the first that matches classifies the paragraph, which keeps the row's id.
 * Order matters: the header block, the teaser-list tail and the shapes of wire copy (datelines, bylines, credit
 * lines) win over the generic heading rules below them, and a transcript's turns are story text whatever they look.
 */
import type { FurnitureKind, ParagraphKind } from '../../schema/index.ts';

/** What a paragraph is measured with before any rule looks at it. */
export interface ParagraphShape {
  /** Position in the article, from 0. */
  index: number;
  /** The paragraph text, trimmed. */
  text: string;
  /** Word tokens in the paragraph. */
  words: number;
  /** True when the last character (closing quotes aside) is sentence punctuation or a continuing comma. */
  endsLikeProse: boolean;
  /** True when the paragraph is a bare date line ("Updated 23 Nov, 2024", "Friday, July 21, 2017"). */
  dateStamp: boolean;
  /** True when the paragraph lies in the listing of teasers that closes some pages. */
  inTeaserTail: boolean;
  /** True for the YAML header block at the top of a Markdown file. */
  frontMatter: boolean;
  /** The prefix a paragraph was split from ("dateline", "correction"), or null. */
  prefix: 'dateline' | 'correction' | null;
  /** True when the paragraph opens or continues a labelled turn of a transcript. */
  inTurn: boolean;
  /** True when the paragraph opens a labelled turn ("MS. PSAKI: …"). */
  opensTurn: boolean;
  /** True in a transcript, before its first labelled turn. */
  beforeFirstTurn: boolean;
  /** True when the paragraph is the first that is not furniture by position (no header, dateline or stamp before it counts). */
  first: boolean;
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
  'source', 'sources', 'opinion', 'editorial', 'advertisement', 'advertisements', 'sponsored', 'related', 'related articles',
  'related stories', 'read more', 'read also', 'also read', 'more from', 'share', 'share this article', 'comments', 'photo',
  'file photo', 'video', 'watch', 'listen', 'newsletter', 'sign up', 'most read', 'trending', 'more galleries',
  'press statement', 'media note', 'readout', 'fact sheet', 'remarks', 'interview', 'statement', 'press release', 'press briefing',
  'department press briefing', 'background briefing', 'speeches and remarks', 'statements and releases', 'briefing room',
];

/** Words that may label a bare date line: "Updated 23 Nov, 2024", "Published: March 3, 2021", "POSTED: …". */
export const dateStampLabels: readonly string[] = ['updated', 'published', 'posted', 'last updated', 'first published', 'modified', 'last modified', 'originally published', 'date'];

/** English month names and their usual abbreviations, for date-stamp lines. */
export const monthNames: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
];

/** A crosshead has at most this many words; a longer unpunctuated line is a headline of something else. */
export const maxCrossheadWords = 7;

/** A transcript's room or place line before its first turn has at most this many words ("James S. Brady Press Briefing Room"); a longer line is its headline. */
export const maxRoomLineWords = 6;

/** A related-headline teaser has at most this many words; a longer unpunctuated paragraph is prose that lost its full stop. */
export const maxTeaserHeadlineWords = 16;

/** A machine-written date token some scrapers prefix to a page: "date 2021-10-24". */
export const machineDatePattern = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b/i;

/** A photo credit closing a caption: a sentence, then one to four capitalised words with no punctuation of their own. */
export const captionCreditPattern = /[.!?]["”’]?\s+(?:[A-Z][\p{L}&'’-]*\s?){1,4}$/u;

/** A wire service's name as a dateline or credit prints it: "(Reuters)", "(AP)". */
const agencies = 'Reuters|AP|AFP|CNN|UPI|Bloomberg|dpa|DPA|Xinhua|IANS|PTI|TASS|Kyodo|ANI|EFE|ANSA|Yonhap|Bernama|KUNA|WAM|SPA|Anadolu|CNA|RIA|Interfax|BBC|NPR';

/** Credit lines of wire copy: "(Reporting by …; Editing by …)", "Writing by …", "Additional reporting by …", "Contributing: …". */
const creditLinePattern = /^\(?\s*(?:(?:[Aa]dditional |[Ww]riting and |[Ee]diting and )?(?:[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]esearch|[Gg]raphics?|[Pp]roduction|[Ff]act[- ]checking)(?: and \w+)? by\s+\p{Lu}|(?:[Cc]ontributing(?: reporters?| writers?)?|[Cc]ontributors?)\s*:)/u;

/** A closing credit: "CNN's Aaron Cooper and Ben Brumfield contributed to this report." */
const contributedPattern = /\bcontributed (?:to )?(?:this|the) (?:report|story|article)\.?$/iu;

/** A byline: "By Cal Mankowski, Reuters", "By JANE DOE and JOHN ROE, Associated Press", "By Staff Reports". */
const bylinePattern = /^[Bb][Yy]\s+(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}(?:(?:,|\band\b|&)\s*(?:[\p{Lu}][\p{L}.'’-]*\s*){1,4}){0,4}$/u;

/** A signature line: a name, a comma and an office ("Ned Price, Department Spokesperson", "Office of the Spokesperson"). */
const authorLinePattern = /^(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}'’-]+,\s+(?:(?:\p{Lu}[\p{L}'’-]*|of|the|for|and)\s*){1,8}|Office of the Spokesperson)$/u;

/** A copyright line: "© Reuters 2014", "Copyright 2019 The Associated Press. All rights reserved." */
const copyrightPattern = /^(?:©|\(c\)|copyright\b)|\ball rights reserved\b/iu;

/** A photo credit on a line of its own: "Image: United States Navy.", "Photo: Jane Doe/Reuters", "(Photo by …)". */
const photoCreditPattern = /^\(?\s*(?:image|photo|photograph|picture|credit|photo credit|graphic|illustration|video)s?\s*(?:by|:)\s|^(?:reuters|afp|ap|getty images|epa)\s*\/\s*\S|\/\s*(?:reuters|afp|ap|getty images|epa|contributed image)\s*$/iu;

/** A caption that ends in its picture's credit: "File photo of … displaying magic props. Image: Paul Budd." */
const creditedCaptionPattern = /[.!?]\s+(?:image|photo|photograph|picture|credit)s?\s*:\s*[^.]{1,60}\.?$/iu;

/** A writer's contact line: "Follow Tia Ghose on Twitter and Google+. …", "Matt Friedman may be reached at …@…". */
const contactLinePattern = /^follow\s[^.]{0,60}\bon\s+(?:twitter|facebook|instagram)\b|\bmay be reached at\s+\S+@\S+/iu;

/** A gallery caption opening with its position: "1 of 18. A Republic of Singapore Air Force …". */
const galleryCaptionPattern = /^\d{1,3} of \d{1,3}\.\s/u;

/** A sign-off: the 1987 wire's "Reuter", a rule line, "END …", an e-mail or social-media line. */
const signOffPattern = /^(?:reuter|_{3,}|-{3,}|\*{3,}|#{1,3}|end(?:\s+\d{1,2}:\d{2}\s*[ap]\.?m\.?(?:\s+[a-z]{2,4})?)?\.?|(?:follow|contact|email|e-mail)\b[^.]{0,80}(?:@|twitter|\bat\b)[^.]*\.?)$/iu;

/** A transcript's time or stage line: "12:41 P.M. EDT", "[Laughter]", "(Applause.)", "(As interpreted.)". */
const stageLinePattern = /^(?:\d{1,2}:\d{2}\s*[ap]\.?\s*m\.?(?:\s+[a-z]{2,4})?|[[(][\p{L} .,'’-]{1,40}[\])]\.?)$/iu;

/** A link to other coverage: "Related article »", "READ MORE: …", "See also: …". */
const relatedLinkPattern = /^(?:related(?: articles?| stories| coverage| content)?|read more|more(?: from| on| coverage)?|see also|also read|recommended|watch|listen)\s*(?:[:»›|-]|$)|»\s*$/iu;

/** The rules, tried in order. */
export const furnitureRules: readonly FurnitureRule[] = [
  { id: 'front-matter', kind: 'furniture', furnitureKind: 'front-matter', reason: 'A YAML header block ("---" … "---") at the top of a Markdown file holds metadata, not story.', test: (s) => s.frontMatter },
  { id: 'teaser-list-tail', kind: 'furniture', furnitureKind: 'teaser-list', reason: 'Pages often end with a list of unrelated headlines and date stamps after the story; it is recognised as a tail of headings and dates with no two prose paragraphs in a row.', test: (s) => s.inTeaserTail },
  { id: 'dateline', kind: 'furniture', furnitureKind: 'dateline', reason: 'A wire dateline ("SAN FRANCISCO (AP) —", "NEW YORK, March 3 -") opens the story: its city and agency are metadata, never part of a name.', test: (s) => s.prefix === 'dateline' },
  { id: 'correction-note', kind: 'furniture', furnitureKind: 'correction', reason: 'A correction or update note ("(Corrects paragraph 7 to show …)") is about the copy, not the story.', test: (s) => s.prefix === 'correction' || /^\(?(?:corrects|correction|corrected|updates|refiles|clarification)\b/iu.test(s.text) && s.words <= 40 },
  { id: 'credit-line', kind: 'furniture', furnitureKind: 'credit-line', reason: 'Wire credit lines name the reporters and editors, who are not people of the story ("(Reporting by …)", "CNN\'s … contributed to this report.").', test: (s) => creditLinePattern.test(s.text) || (s.words <= 40 && contributedPattern.test(s.text)) },
  { id: 'byline', kind: 'furniture', furnitureKind: 'byline', reason: 'A byline names the writer, who is not a person of the story.', test: (s) => s.words <= 14 && bylinePattern.test(s.text.replace(/[.,]$/u, '')) },
  { id: 'author-line', kind: 'furniture', furnitureKind: 'byline', reason: 'Near the top, a name and an office alone on a line ("Antony J. Blinken, Secretary of State") says who signs the release: a byline without "By".', test: (s) => s.index <= 5 && !s.inTurn && s.words <= 12 && authorLinePattern.test(s.text) },
  { id: 'copyright', kind: 'furniture', furnitureKind: 'copyright', reason: 'A copyright line is a notice, not story.', test: (s) => s.words <= 25 && copyrightPattern.test(s.text) },
  { id: 'photo-credit', kind: 'furniture', furnitureKind: 'photo-credit', reason: 'A photo credit or a gallery caption ("Image: United States Navy.", "1 of 18. …") describes a picture, not the story.', test: (s) => (s.words <= 16 && photoCreditPattern.test(s.text)) || galleryCaptionPattern.test(s.text) || (s.words <= 40 && creditedCaptionPattern.test(s.text)) },
  { id: 'sign-off', kind: 'furniture', furnitureKind: 'sign-off', reason: 'A sign-off ("Reuter", "___", "END 1:05 P.M. EDT", "Follow … on Twitter") closes the copy.', test: (s) => (s.words <= 20 && signOffPattern.test(s.text)) || (s.words <= 40 && contactLinePattern.test(s.text)) },
  { id: 'date-stamp', kind: 'furniture', furnitureKind: 'date-stamp', reason: 'A paragraph that is only a date ("Updated 23 Nov, 2024", "Friday, July 21, 2017") is a page time stamp, not prose.', test: (s) => s.dateStamp },
  { id: 'stage-line', kind: 'furniture', furnitureKind: 'stage-direction', reason: 'A transcript\'s time and stage lines ("12:41 P.M. EDT", "(Laughter.)") and the short room lines before its first turn ("East Room", "Aboard Air Force One") are not anyone\'s words.', test: (s) => !s.opensTurn && (stageLinePattern.test(s.text) || (s.beforeFirstTurn && !s.endsLikeProse && s.words <= maxRoomLineWords)) },
  { id: 'transcript-turn', kind: 'body', furnitureKind: null, reason: 'A labelled turn of a transcript ("MS. PSAKI: …", "Q …") is story text, however short or unpunctuated.', test: (s) => s.inTurn },
  { id: 'site-label', kind: 'furniture', furnitureKind: 'site-label', reason: 'A paragraph that is only a navigation word or credit ("Source", "Opinion") is page chrome.', test: (s) => isSiteLabel(s.text) },
  { id: 'related-link', kind: 'furniture', furnitureKind: 'related-headline', reason: 'A link to other coverage ("Related article »", "READ MORE: …") is page chrome.', test: (s) => s.words <= 20 && relatedLinkPattern.test(s.text) },
  { id: 'dateline-caption', kind: 'furniture', furnitureKind: 'dateline-caption', reason: 'A first paragraph that starts with a machine date token or ends in a photo credit is the dateline and photo caption above the story.', test: (s) => s.first && (machineDatePattern.test(s.text) || captionCreditPattern.test(s.text)) },
  { id: 'headline-first-line', kind: 'furniture', furnitureKind: 'headline', reason: 'A first paragraph without closing punctuation is the headline (and standfirst) printed above the story.', test: (s) => s.first && !s.endsLikeProse && s.words <= maxTeaserHeadlineWords * 2 },
  { id: 'related-headline', kind: 'furniture', furnitureKind: 'related-headline', reason: 'An unpunctuated line of headline length inside the story is a link to another story.', test: (s) => !s.endsLikeProse && s.words > maxCrossheadWords && s.words <= maxTeaserHeadlineWords },
  { id: 'crosshead', kind: 'heading', furnitureKind: null, reason: 'A short unpunctuated line inside the story is a crosshead: part of the story, not furniture.', test: (s) => !s.endsLikeProse && s.words <= maxCrossheadWords },
  { id: 'body', kind: 'body', furnitureKind: null, reason: 'Everything else is story text.', test: () => true },
];

/** Prefixes split off the start of a story paragraph into furniture of their own, tried in order at the paragraph start. */
export const prefixRules: ReadonlyArray<{ id: 'dateline' | 'correction'; reason: string; pattern: RegExp }> = [
  { id: 'correction', reason: 'A correction note in parentheses before the story text ("(Corrects paragraph 7 …) HAVANA (Reuters) - …").', pattern: /^\(\s*(?:corrects|correction|updates|refiles|adds|fixes|clarifies)\b[^)]{0,300}\)\s*/iu },
  {
    id: 'dateline',
    reason: 'A dateline: a city in capitals (with a region, a date or an agency) and a dash before the story text.',
    pattern: new RegExp(
      String.raw`^(?:\p{Lu}[\p{Lu}'’.-]+(?:[ /]\p{Lu}[\p{Lu}'’.-]+)*` + // SAN FRANCISCO, SURABAYA, VALPARAÍSO
        String.raw`(?:,\s*[A-Z][\p{L}.'’-]*(?:[ /][\p{L}.'’-]+)*)?` + // , Indonesia/JAKARTA  , Calif.
        String.raw`(?:,\s*(?:${monthNames.map((m) => `${m[0]!.toUpperCase()}${m.slice(1)}`).join('|')})\.?\s+\d{1,2})?` + // , March 3
        String.raw`\s*(?:\([A-Z][\p{L} .&'’-]{1,30}\))?` + // (Reuters), (The Times)
        String.raw`|\((?:${agencies})\))` + // (CNN) alone
        String.raw`\s*(?:--|[-–—])\s+(?=\S)`,
      'u',
    ),
  },
];

/** True when the text, stray punctuation removed, is one of the site labels. */
export function isSiteLabel(text: string): boolean {
  const bare = text.toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, ' ').replace(/\s+/g, ' ').trim();
  return bare.length > 0 && siteLabels.includes(bare);
}

const weekday = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const monthAlternation = monthNames.join('|');
const labelAlternation = dateStampLabels.join('|');
const dateStampPattern = new RegExp(
  `^\\(?(?:(?:${labelAlternation})\\s*(?:on)?\\s*:?\\s*)?(?:${weekday},?\\s+)?(?:` +
    `\\d{1,2}\\s+(?:${monthAlternation})\\.?,?\\s+\\d{4}` + // 23 Nov, 2024
    `|(?:${monthAlternation})\\.?\\s+\\d{1,2},?\\s+\\d{4}` + // November 23, 2024
    `|\\d{4}-\\d{2}-\\d{2}` + // 2024-11-23
    `|\\d{1,2}/\\d{1,2}/\\d{4}` + // 11/23/2024
    `)(?:[,\\s]+(?:at\\s+)?\\d{1,2}(?::\\d{2})?\\s*(?:[ap]\\.?m\\.?)?(?:\\s+[a-z]{2,4})?)?\\s*\\)?$`,
  'iu',
);

/** True when the text is nothing but a date, optionally labelled, with its weekday and time. */
export function isDateStamp(text: string): boolean {
  return dateStampPattern.test(text.trim().replace(/\s+/gu, ' '));
}
