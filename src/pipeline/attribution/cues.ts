/** Cues: the verbs and phrases that attribute a statement ("said", "according to"), found outside quotes. */
import { insideQuote } from '../document/quotes.ts';
import type { Span, Token } from '../document/types.ts';
import { accordingToPhrases, cueFalseFriends, cueGapWords, cueNegations, cueVerbs } from '../rules/attribution.ts';
import type { FoundCue } from './types.ts';

const cueByForm = new Map(cueVerbs.flatMap((cue) => cue.forms.map((form) => [form, cue] as const)));
const passiveMarkers = new Set(['was', 'were', 'been', 'be', 'is', 'are', 'being']);
/** Words before a base form that make it no statement made: an infinitive, a modal, an article. */
const baseFormBlockers = new Set(['to', 'will', 'would', 'could', 'should', 'may', 'might', 'must', 'can', 'a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her']);

/** Finds the cues of a sentence outside quotes, in order; negated and passive verbs are not cues. */
export function findCues(tokens: readonly Token[], quotes: readonly Span[]): FoundCue[] {
  const cues: FoundCue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (insideQuote(token.start, quotes)) continue;
    const lower = token.text.toLowerCase();
    const phrase = accordingToPhrases.find((p) => p.split(' ').every((part, k) => tokens[i + k]?.text.toLowerCase() === part));
    if (phrase) {
      cues.push({ index: i, after: i + phrase.split(' ').length, cue: phrase, stance: 'asserted', according: true, agent: null });
      continue;
    }
    // A capitalised form is a name, not a verb: "United States".
    const verb = token.text === lower ? cueByForm.get(lower) : undefined;
    if (!verb) continue;
    const previous = tokens[i - 1]?.text.toLowerCase() ?? '';
    // A cue form the tagger reads as a noun or an adjective reports nothing: "a warning followed", "the expected outcome".
    if (!token.tags.has('Verb') && lower !== 'said') continue;
    // A base form ("warn", "report") is a cue only with a subject: not "to warn", "will note".
    if (lower === verb.lemma && lower !== 'say' && baseFormBlockers.has(previous)) continue;
    // Nor a base form joined to an infinitive: "encouraged to submit designs and suggest names".
    if (lower === verb.lemma && (previous === 'and' || previous === 'or') && tokens.slice(Math.max(0, i - 10), i).some((t) => t.text.toLowerCase() === 'to')) continue;
    const beforePrevious = tokens[i - 2]?.text.toLowerCase() ?? '';
    if (cueNegations.has(previous) || cueNegations.has(beforePrevious) && cueGapWords.has(previous) || /n['’]t$/u.test(previous)) continue;
    const next = tokens.slice(i + 1, i + 4).map((t) => t.text.toLowerCase()).join(' ');
    if (verb.needs && !verb.needs.some((words) => next === words || next.startsWith(`${words} `))) continue;
    if (verb.quoteFollows && !/^\s*(?::\s*["“]?|,?\s*["“])/u.test(tokens[i + 1]?.before ?? '')) continue;
    // A passive cue reports a statement only with its agent: "was accused of rape by a woman", not "is widely expected to".
    const auxiliary = tokens[i - 1]?.tags.has('Adverb') ? beforePrevious : previous;
    const passive = passiveMarkers.has(auxiliary) && verb.lemma !== 'say' && verb.lemma !== 'quote';
    const agent = passive ? tokens.findIndex((t, k) => k > i && k <= i + 8 && t.text === 'by' && !insideQuote(t.start, quotes)) : -1;
    if (passive && agent < 0) continue;
    // "… as saying": the speaker is the subject of "was quoted" before it.
    if (lower === 'saying' && cues.some((c) => c.cue === 'quote')) continue;
    if (cueFalseFriends.some(([lemma, words]) => lemma === verb.lemma && next.startsWith(words))) continue;
    cues.push({ index: i, after: i + 1, cue: verb.lemma, stance: verb.stance, according: false, agent: agent >= 0 ? agent : null });
  }
  return cues;
}
