/** Event rules as data: the words that report a happening, grouped by kind, and the words that make one hypothetical. */

/** A kind of event and the trigger words that report it. */
export interface EventKind {
  /** Stable type name, recorded on the event. */
  type: string;
  /** How a title names it: "Drone strike". */
  label: string;
  /** Trigger phrases, matched as whole words, longest first. */
  triggers: readonly string[];
  /** Why these words mark this kind. */
  reason: string;
  /** How a title joins the kind to its place: "Drone strike in Kabul", "Fall of Kabul". */
  preposition?: string;
  /** Words one of which must stand right before the trigger: "was established", not "deeply established". */
  requiresBefore?: readonly string[];
}

/** Kinds of event, most specific first: a phrase matched by an earlier kind is not matched again. */
export const eventKinds: readonly EventKind[] = [
  { type: 'strike', label: 'Strike', triggers: ['drone strike', 'drone strikes', 'airstrike', 'air strike', 'drone attack', 'drone operation', 'strike', 'missile'], reason: 'a military strike; "strike" alone is read as one in military copy' },
  { type: 'attack', label: 'Attack', triggers: ['suicide attack', 'suicide bombing', 'terrorist attack', 'terrorist attacks', 'bombing', 'bombings', 'blast', 'blasts', 'explosion', 'attack', 'attacks'], reason: 'a violent attack' },
  { type: 'withdrawal', label: 'Withdrawal', triggers: ['withdrawal', 'pullout', 'pull-out', 'troops out'], reason: 'troops leaving' },
  { type: 'evacuation', label: 'Evacuation', triggers: ['evacuation flights', 'evacuation', 'airlift'], reason: 'people flown or moved out' },
  { type: 'agreement', label: 'Agreement', triggers: ['memorandum of understanding', 'agreement', 'accord', 'deal', 'treaty'], reason: 'an agreement between parties' },
  { type: 'memorial', label: 'Memorial service', triggers: ['memorial service', 'memorial', 'funeral', 'vigil'], reason: 'a remembrance' },
  { type: 'statement', label: 'Joint statement', triggers: ['joint statement'], reason: 'a statement by several parties, dated' },
  { type: 'meeting', label: 'Meeting', triggers: ['security council meeting', 'conference', 'summit', 'meeting', 'news conference'], reason: 'a gathering' },
  { type: 'takeover', label: 'Fall', triggers: ['fall of', 'collapse', 'took over', 'takeover', 'capture', 'seized'], reason: 'a place taken', preposition: 'of' },
  { type: 'founding', label: 'Founding', triggers: ['established', 'founded', 'formed'], reason: 'something created', requiresBefore: ['was', 'were', 'been', 'is'] },
  { type: 'flood', label: 'Floods', triggers: ['floods', 'flood', 'flooding', 'storm', 'capsized'], reason: 'a disaster' },
  { type: 'recall', label: 'Recall', triggers: ['recall'], reason: 'a product recall' },
];

/** Words shortly before a trigger that make the happening hypothetical or generic, not an event: "a planned attack". */
export const hypotheticalMarkers: readonly string[] = [
  'planning', 'planned', 'plan', 'plans', 'possible', 'potential', 'future', 'imminent', 'prevent', 'thwart', 'avert',
  'launch', 'carry out', 'to undertake', 'would-be', 'any', 'another', 'second', 'more', 'new', 'further', 'against',
];

/** How many characters a date may stand from its trigger and still date it. */
export const dateReach = 90;

/** How many characters a place may stand from its trigger and still say where the event happened. */
export const placeReach = 100;

/** What one shared place (other than a country) adds to the resemblance of an undated account to a dated event. */
export const placeWeight = 0.05;

/**
 * The least resemblance (word Jaccard plus place weight) for an undated account to join a dated event. On the
 * seeds the true joins score 0.18 and 0.23, the best wrong candidates 0.09 to 0.13.
 */
export const minimumResemblance = 0.15;
