/** The speaker of one cue, by the rows of `rules/speaker-position.ts`, and the outlet that carried the statement. */
import { positionSpeaker, type CueContext } from '../rules/speaker-position.ts';
import { speakerAfter } from './spans.ts';
import type { SpeakerRef } from './types.ts';

/** The speaker of a cue, its channel ("told CNN"), and the position row that found it; null when no row does. */
export function speakerForCue(context: CueContext): { speaker: SpeakerRef; via: SpeakerRef | null; rule: NonNullable<ReturnType<typeof positionSpeaker>>['rule'] } | null {
  const found = positionSpeaker(context);
  if (!found) return null;
  if (found.via !== undefined) return { speaker: found.speaker, via: found.via, rule: found.rule };
  // "X told CNN", "a witness informed CNN": the listener, when an outlet, carried the statement.
  let via: SpeakerRef | null = null;
  if (context.cue.cue === 'tell' || context.cue.cue === 'inform') {
    const listener = speakerAfter(context.tokens, context.cue.after, context.quotes).slice(0, 4);
    const outlet = context.candidates.find((c) => c.media && listener.some((t) => t.start === c.start));
    if (outlet) {
      via = { start: outlet.start, end: outlet.end, label: outlet.text, kind: 'named', candidate: { start: outlet.start, end: outlet.end, type: 'organization', media: true }, number: 'plural', rule: 'organisation-head' };
    }
  }
  return { speaker: found.speaker, via, rule: found.rule };
}
