/**
 * Transcript rules as data: the shapes of a turn label at the start of a paragraph ("MS. PSAKI:", "THE PRESIDENT:",
 * "Q", "Wikinews:"), and the rows that say who a label stands for. A file is a transcript when its paragraphs carry
 * enough labels; each labelled turn is then one statement by its speaker, and questions are no one's claims.
 */

/** One label shape, tried in order at the start of each paragraph. */
export interface LabelShape {
  id: string;
  reason: string;
  /** Matches the label and its separator; group 1 is the label. */
  pattern: RegExp;
  /** True when a label of this shape marks a question (a reporter's, an interviewer's). */
  question: boolean;
  /** True when the shape counts only if the same label recurs in the file: a name and a colon may open any sentence. */
  mustRecur: boolean;
}

/** Interviewers and reporters: their turns are questions. */
export const questionLabels: ReadonlySet<string> = new Set(['q', 'question', 'questions', 'interviewer', 'reporter', 'reporters', 'wikinews', 'audience member', 'press']);

/** Label shapes. */
export const labelShapes: readonly LabelShape[] = [
  { id: 'question-q', reason: 'White House transcripts open a reporter\'s question with a bare "Q" and spaces.', pattern: /^(Q)(?:\s*[:.]\s*|\s{2,}|\s(?=\p{Lu}))/u, question: true, mustRecur: false },
  { id: 'capitals-label', reason: 'A speaker label in capitals and a colon: "MS. PSAKI:", "THE PRESIDENT:", "SENIOR ADMINISTRATION OFFICIAL:".', pattern: /^((?:[\p{Lu}][\p{Lu}.'’-]*\s+){0,5}[\p{Lu}][\p{Lu}.'’-]+)\s*:\s+(?:\((?:as interpreted|in progress|inaudible|via translator)[^)]*\)\s*)?/u, question: false, mustRecur: false },
  { id: 'name-label', reason: 'An interview\'s label: a name and a colon ("Nick Bos:", "Wikinews:"), counted only when it recurs.', pattern: /^((?:[\p{Lu}][\p{L}.'’-]*\s+){0,3}[\p{Lu}][\p{L}.'’-]*)\s*:\s+/u, question: false, mustRecur: true },
];

/** A file is a transcript when at least this many paragraphs open with a label… */
export const minLabelledParagraphs = 3;
/** …naming at least this many different speakers (a question counts as one). */
export const minDistinctLabels = 2;

/** Capitalised words a label may carry before the name: "MS.", "SECRETARY", "PRIME MINISTER". */
export const labelTitles: ReadonlySet<string> = new Set([
  'mr', 'mr.', 'ms', 'ms.', 'mrs', 'mrs.', 'dr', 'dr.', 'the', 'secretary', 'minister', 'prime', 'president', 'vice', 'ambassador',
  'general', 'gen.', 'admiral', 'senator', 'sen.', 'governor', 'gov.', 'mayor', 'deputy', 'administrator', 'director', 'chairman',
  'chair', 'speaker', 'leader', 'representative', 'rep.', 'attorney', 'commissioner', 'chief', 'first', 'lady', 'colonel', 'captain',
]);

/** Labels that describe a speaker without naming one: the turn's speaker is an anonymous source of that description. */
export const descriptiveLabels: ReadonlySet<string> = new Set([
  'senior administration official', 'administration official', 'senior state department official', 'senior official', 'official',
  'moderator', 'operator', 'participant', 'staff', 'aide', 'military aide', 'spokesperson', 'spokesman', 'spokeswoman', 'narrator',
  'announcer', 'audience', 'crowd', 'audience members', 'senior defense official', 'senior u.s. official', 'interpreter', 'panelist',
]);

/** What a label stands for, in the order the rows are tried. */
export const labelSpeakerRules = [
  { id: 'question-label', reason: 'A question label ("Q", "Wikinews:") marks a reporter\'s or interviewer\'s question: no one\'s claim.' },
  { id: 'descriptive-label', reason: 'A label that describes ("SENIOR ADMINISTRATION OFFICIAL:", "MODERATOR:") is an anonymous source of that description.' },
  { id: 'office-label', reason: '"THE PRESIDENT:", "THE VICE PRESIDENT:" stand for the person the text names with that office ("Remarks by President Biden").' },
  { id: 'surname-label', reason: '"MS. PSAKI:", "SECRETARY BLINKEN:" stand for the person the text names in full with that surname ("Jen Psaki").' },
  { id: 'name-label', reason: 'A label that is a name ("Nick Bos:") is that person.' },
  { id: 'statement-signer', reason: 'The name on a press statement\'s author line ("Antony J. Blinken, Secretary of State" under "Press Statement") is the person whose statement the release is.' },
] as const;

/** The id of a row that said who a label stands for. */
export type LabelSpeakerRuleId = (typeof labelSpeakerRules)[number]['id'];

/**
 * A release's label saying it is one person's statement ("Press Statement" above "Antony J. Blinken, Secretary of
 * State"): the whole release is then that person's statement, like a transcript's single turn. A news story's
 * byline names its reporter, never its speaker, so a signer needs this label too.
 */
export const signedStatementLabels: readonly RegExp[] = [/^(?:press\s+)?statement$/iu, /^media\s+note$/iu, /^statement\s+by\s+the\s+spokesperson$/iu];

