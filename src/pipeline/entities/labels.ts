/**
 * Transcript labels as people: each turn label that names someone ("MS. PSAKI:", "THE PRESIDENT:", "Nick Bos:") →
 * a person candidate at the label, under the fullest name the text gives them ("Press Secretary Jen Psaki" in the
 * heading). Questions and descriptive labels ("SENIOR ADMINISTRATION OFFICIAL:") name no one.
 */
import type { Paragraph } from '../../schema/index.ts';
import { descriptiveLabels, labelTitles, signedStatementLabels, type LabelSpeakerRuleId } from '../rules/transcripts.ts';
import { portfolioWords, titleWords } from '../rules/entities.ts';
import type { Candidate } from './types.ts';

/** Who a label stands for: a person's name, a description, or a question; and the row that said so. */
export type LabelSpeaker = { kind: 'person'; name: string; rule: LabelSpeakerRuleId } | { kind: 'description'; description: string; rule: LabelSpeakerRuleId } | { kind: 'question'; rule: LabelSpeakerRuleId };

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
const offices = ['president', 'vice president', 'first lady', 'prime minister', 'secretary', 'governor', 'mayor', 'chancellor'];

/** A word as the text prints it when it prints it in lower case somewhere ("McGuire" for "MCGUIRE"), else title case. */
function asPrinted(text: string, word: string): string {
  const printed = new RegExp(`\\b${escape(word)}\\b`, 'giu');
  for (const match of text.matchAll(printed)) if (match[0] !== match[0].toUpperCase()) return match[0];
  return word.toLowerCase().replace(/(^|[-'’\s])\p{L}/gu, (c) => c.toUpperCase());
}

/** The fullest name the text gives someone it calls by a surname: "Jen Psaki" for "Psaki", "Antony J. Blinken" for "Blinken". */
export function fullNameOf(text: string, surname: string): string {
  const pattern = new RegExp(`((?:\\p{Lu}[\\p{L}'’-]+\\.?\\s+|\\p{Lu}\\.\\s+){1,3})${escape(surname)}\\b`, 'gu');
  let best = surname;
  for (const match of text.matchAll(pattern)) {
    // Only the words right before the surname that are not titles or portfolios are the given names ("Secretary of
    // State Antony Blinken" → "Antony").
    const words = match[1]!.trim().split(/\s+/u);
    const isTitle = (w: string) => titleWords.has(w) || titleWords.has(w.replace(/\.$/u, '')) || portfolioWords.has(w) || labelTitles.has(w.toLowerCase());
    const lastTitle = words.findLastIndex(isTitle);
    const given = words.slice(lastTitle + 1);
    const name = [...given.slice(-2), surname].join(' ');
    if (given.length > 0 && name.length > best.length && !/\b(?:The|And|Of)\b/u.test(name)) best = name;
  }
  return best;
}

/** Who a transcript label stands for, by the rows of `rules/transcripts.ts`. */
export function labelSpeaker(text: string, label: string, question: boolean): LabelSpeaker {
  const lower = label.toLowerCase().replace(/[.:]/gu, '').replace(/\s+/gu, ' ').trim();
  if (question) return { kind: 'question', rule: 'question-label' };
  if (descriptiveLabels.has(lower) || /\b(?:official|officials|moderator|operator|aide|staff|participant)\b/u.test(lower)) {
    return { kind: 'description', description: lower, rule: 'descriptive-label' };
  }
  const office = offices.find((o) => lower === `the ${o}`);
  if (office) {
    // The name the text gives with the office, most often ("Remarks by President Biden", "President Joe Biden"); not
    // a namesake found by surname alone ("First Lady Jill Biden").
    const named = new RegExp(`(?<![Vv]ice\\s)\\b${office.replace(/\b\w/gu, (c) => `[${c.toUpperCase()}${c}]`)}\\s+((?:\\p{Lu}[\\p{L}'’-]+\\.?\\s+){0,2}\\p{Lu}[\\p{L}'’-]+)`, 'gu');
    const counts = new Map<string, number>();
    for (const match of text.matchAll(named)) {
      const name = match[1]!.split(/\s+/u).filter((w) => !titleWords.has(w) && !portfolioWords.has(w)).join(' ');
      if (name) counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    const names = [...counts.keys()].sort((a, b) => b.split(' ').length - a.split(' ').length || counts.get(b)! - counts.get(a)!);
    return names[0] ? { kind: 'person', name: names[0], rule: 'office-label' } : { kind: 'description', description: `the ${office}`, rule: 'office-label' };
  }
  const words = label.split(/\s+/u);
  const bare = words.filter((w) => !labelTitles.has(w.toLowerCase()) && !labelTitles.has(w.toLowerCase().replace(/\.$/u, '')));
  if (bare.length === 0) return { kind: 'description', description: lower, rule: 'descriptive-label' };
  if (bare.length < words.length || (bare.length === 1 && label === label.toUpperCase())) {
    return { kind: 'person', name: fullNameOf(text, asPrinted(text, bare.join(' '))), rule: 'surname-label' };
  }
  return { kind: 'person', name: bare.map((w) => (w === w.toUpperCase() ? asPrinted(text, w) : w)).join(' '), rule: 'name-label' };
}

/** Person candidates for the labels of a transcript's turns that name someone, each at its label. */
export function recogniseLabels(text: string, paragraphs: readonly Paragraph[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const p of paragraphs) {
    if (!p.turn || p.turn.labelEnd === null) continue;
    const speaker = labelSpeaker(text, p.turn.label, p.turn.question);
    if (speaker.kind !== 'person') continue;
    candidates.push({ start: p.start, end: p.start + p.turn.label.length, text: speaker.name, type: 'person', media: false, rule: 'transcript-label', roles: [], acronym: null });
  }
  return candidates;
}

/**
 * The signer of a press statement: an author line ("Ned Price, Department Spokesperson") near the top of a release
 * labelled as a statement ("Press Statement"). Takes the text and paragraphs; returns a person candidate at the
 * author line, with the office after the comma as a role, or null when the text is no signed statement.
 */
export function recogniseSigner(text: string, paragraphs: readonly Paragraph[]): Candidate | null {
  const top = paragraphs.slice(0, 6);
  const labelled = top.some((p) => p.kind === 'furniture' && signedStatementLabels.some((label) => label.test(text.slice(p.start, p.end).trim())));
  const line = top.find((p) => p.rule === 'author-line');
  if (!labelled || !line) return null;
  const written = text.slice(line.start, line.end);
  const comma = written.indexOf(',');
  if (comma <= 0) return null;
  const role = written.slice(comma + 1).trim();
  const roleStart = line.start + written.indexOf(role, comma);
  return { start: line.start, end: line.start + comma, text: written.slice(0, comma).trim(), type: 'person', media: false, rule: 'statement-signer', roles: [{ label: role, start: roleStart, end: roleStart + role.length }], acronym: null };
}

