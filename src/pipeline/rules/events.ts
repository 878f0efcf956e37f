/**
 * Event rules as data: the words that report a happening, grouped by kind, each kind with a reason; the words that
 * make one hypothetical; and how far a date or a place may stand from its trigger. A noun trigger ("strike",
 * "election") reports a happening wherever it stands; a verb trigger ("arrested", "resigned") only in the past
 * tense or the passive, never after "to", "will" or "would".
 */

/** A kind of event and the trigger words that report it. */
export interface EventKind {
  /** Stable type name, recorded on the event. */
  type: string;
  /** How a title names it when no trigger words say more: "Strike", "Election". */
  label: string;
  /** Noun phrases that report it, matched as whole words. */
  nouns: readonly string[];
  /** Verb forms that report it when past or passive: "arrested", "resigned". */
  verbs?: readonly string[];
  /** Noun phrases that report it without naming it ("troops out", "fall of"): a title then uses the kind's label. */
  unnamedBy?: readonly string[];
  /** Why these words mark this kind. */
  reason: string;
  /** How a title joins the kind to what it names: "Fall of Kabul", "Death of …". */
  preposition?: string;
  /** What completes a title when no narrower place is named: a participant ("Arrest of …") or the date ("Attacks of 11 September 2001"). */
  titleWith?: 'participant' | 'date';
  /** Words one of which must stand right before the trigger: "was established", not "deeply established". */
  requiresBefore?: readonly string[];
  /** 'statement' when the event is something said (a speech, an announcement), which the timeline draws apart; else a happening. */
  kind?: EventNature;
}

/** Whether an event is something that happened or something that was said. */
export type EventNature = 'happening' | 'statement';

/**
 * The kind of a happening no trigger names, reported by a past-tense verb in a sentence the text dates ("In 2012,
 * Assange took refuge in the embassy"): a row of its own, titled by its clause.
 */
export const datedHappening: EventKind = { type: 'happening', label: 'Event', nouns: [], reason: 'a dated sentence whose past-tense verb reports something that happened, outside the vocabulary above' };

/** Statements dated in the text are events of their own: the kind a statement's cue makes it. */
export const statementKinds: ReadonlyArray<{ type: string; label: string; cues: readonly string[]; reason: string }> = [
  { type: 'admission', label: 'Admission', cues: ['admit', 'acknowledge', 'reveal', 'confirm'], reason: 'an official concedes or discloses something' },
  { type: 'announcement', label: 'Announcement', cues: ['announce', 'declare', 'pledge', 'promise', 'vow', 'commit'], reason: 'an official announces or promises something' },
  { type: 'denial', label: 'Denial', cues: ['deny', 'reject', 'dispute'], reason: 'someone denies something' },
  { type: 'report', label: 'Report', cues: ['report', 'find', 'show', 'conclude', 'estimate'], reason: 'a report or study states something' },
  { type: 'statement', label: 'Statement', cues: [], reason: 'any other dated statement' },
];

/** Kinds of event, most specific first: a phrase matched by an earlier kind is not matched again. */
export const eventKinds: readonly EventKind[] = [
  { type: 'match', label: 'Match', nouns: ['match', 'semi-final', 'semifinal', 'quarter-final', 'group match'], verbs: ['beat', 'defeated', 'scored', 'drew', 'equalised', 'equalized', 'booked'], reason: 'a game and what happens in it: sports copy reports matches, goals and bookings', titleWith: 'date' },
  { type: 'strike', label: 'Strike', nouns: ['drone strike', 'drone strikes', 'airstrike', 'airstrikes', 'air strike', 'air strikes', 'drone attack', 'drone operation', 'missile strike', 'strike', 'missile'], unnamedBy: ['missile', 'drone operation'], reason: 'a military strike; "strike" alone is read as one in military copy', titleWith: 'date' },
  { type: 'shooting', label: 'Shooting', nouns: ['mass shooting', 'shooting', 'shootings', 'gunfire', 'stabbing', 'stabbings'], verbs: ['shot', 'stabbed', 'gunned down'], reason: 'a shooting or stabbing', titleWith: 'date' },
  { type: 'attack', label: 'Attack', nouns: ['suicide attack', 'suicide bombing', 'terrorist attack', 'terrorist attacks', 'bombing', 'bombings', 'blast', 'blasts', 'explosion', 'explosions', 'attack', 'attacks', 'massacre', 'ambush'], reason: 'a violent attack, bombings and blasts included', titleWith: 'date' },
  { type: 'election', label: 'Election', nouns: ['general election', 'presidential election', 'general elections', 'election', 'elections', 'referendum', 'runoff', 'by-election'], verbs: ['elected', 're-elected'], reason: 'people voted for a candidate or a question', titleWith: 'date' },
  { type: 'vote', label: 'Vote', nouns: ['vote', 'votes'], verbs: ['voted'], reason: 'a body or the public voted on a question', titleWith: 'date' },
  { type: 'arrest', label: 'Arrest', nouns: ['arrest', 'arrests', 'detention'], verbs: ['arrested', 'detained', 'apprehended', 'taken into custody'], reason: 'someone was arrested', preposition: 'of', titleWith: 'participant' },
  { type: 'charge', label: 'Charges', nouns: ['indictment', 'indictments'], verbs: ['charged', 'indicted'], reason: 'someone was charged', preposition: 'against', titleWith: 'participant' },
  { type: 'trial', label: 'Trial', nouns: ['trial', 'hearing', 'court hearing'], reason: 'a trial or hearing', preposition: 'of', titleWith: 'participant' },
  { type: 'verdict', label: 'Verdict', nouns: ['verdict', 'conviction', 'acquittal', 'ruling'], verbs: ['convicted', 'acquitted', 'found guilty', 'ruled'], reason: 'a court decided', titleWith: 'participant' },
  { type: 'sentence', label: 'Sentence', nouns: ['sentence', 'sentencing'], verbs: ['sentenced', 'jailed', 'executed'], reason: 'a court sentenced someone', titleWith: 'participant' },
  { type: 'resignation', label: 'Resignation', nouns: ['resignation', 'retirement'], verbs: ['resigned', 'stepped down', 'retired', 'quit'], reason: 'someone left office', preposition: 'of', titleWith: 'participant' },
  { type: 'appointment', label: 'Appointment', nouns: ['appointment', 'nomination', 'inauguration', 'swearing-in'], verbs: ['appointed', 'nominated', 'sworn in', 'inaugurated', 'named as'], reason: 'someone took office', preposition: 'of', titleWith: 'participant' },
  { type: 'ceasefire', label: 'Ceasefire', nouns: ['ceasefire', 'cease-fire', 'truce', 'armistice'], reason: 'fighting was stopped by agreement', titleWith: 'date' },
  { type: 'agreement', label: 'Agreement', nouns: ['memorandum of understanding', 'agreement', 'accord', 'deal', 'treaty', 'pact'], verbs: ['signed'], reason: 'an agreement between parties', titleWith: 'date' },
  { type: 'withdrawal', label: 'Withdrawal', nouns: ['withdrawal', 'pullout', 'pull-out', 'troops out'], unnamedBy: ['troops out'], reason: 'troops leaving', titleWith: 'date' },
  { type: 'evacuation', label: 'Evacuation', nouns: ['evacuation flights', 'evacuation', 'evacuations', 'airlift'], verbs: ['evacuated'], reason: 'people flown or moved out', titleWith: 'date' },
  { type: 'flood', label: 'Floods', nouns: ['floods', 'flood', 'flooding', 'flash floods'], reason: 'a flood', titleWith: 'date' },
  { type: 'disaster', label: 'Disaster', nouns: ['earthquake', 'quake', 'tsunami', 'hurricane', 'typhoon', 'cyclone', 'tornado', 'wildfire', 'wildfires', 'bushfire', 'fire', 'storm', 'blizzard', 'landslide', 'eruption', 'drought', 'stampede', 'capsized'], verbs: ['collapsed', 'erupted'], reason: 'a natural or man-made disaster', titleWith: 'date' },
  { type: 'accident', label: 'Accident', nouns: ['crash', 'plane crash', 'collision', 'derailment', 'accident', 'shipwreck'], verbs: ['crashed', 'derailed', 'sank'], reason: 'an accident', titleWith: 'date' },
  { type: 'death', label: 'Death', nouns: ['death', 'killing', 'assassination', 'funeral'], verbs: ['died', 'was killed', 'were killed', 'passed away', 'assassinated'], reason: 'someone died', preposition: 'of', titleWith: 'participant' },
  { type: 'memorial', label: 'Memorial service', nouns: ['memorial service', 'memorial', 'vigil'], reason: 'a remembrance' },
  { type: 'statement', label: 'Joint statement', nouns: ['joint statement'], reason: 'a statement by several parties, dated', kind: 'statement' },
  { type: 'speech', label: 'Speech', nouns: ['speech', 'remarks', 'press conference', 'news conference', 'briefing', 'interview'], reason: 'someone spoke in public', preposition: 'by', titleWith: 'participant', kind: 'statement' },
  { type: 'announcement', label: 'Announcement', nouns: ['announcement', 'declaration', 'proclamation'], reason: 'something was announced', preposition: 'by', titleWith: 'participant', kind: 'statement' },
  { type: 'meeting', label: 'Meeting', nouns: ['security council meeting', 'conference', 'summit', 'meeting', 'talks', 'phone call'], verbs: ['met'], unnamedBy: ['talks'], reason: 'a gathering or a call', preposition: 'with', titleWith: 'participant' },
  { type: 'visit', label: 'Visit', nouns: ['visit', 'trip', 'state visit'], verbs: ['visited'], reason: 'someone travelled somewhere' },
  { type: 'protest', label: 'Protest', nouns: ['protest', 'protests', 'demonstration', 'demonstrations', 'rally', 'riot', 'riots'], verbs: ['protested'], reason: 'people protested', titleWith: 'date' },
  { type: 'takeover', label: 'Fall', nouns: ['fall of', 'takeover', 'capture', 'invasion', 'coup', 'collapse'], verbs: ['took over', 'seized', 'captured', 'invaded'], unnamedBy: ['fall of', 'collapse'], reason: 'a place taken', preposition: 'of' },
  { type: 'launch', label: 'Launch', nouns: ['launch', 'rollout', 'debut'], verbs: ['unveiled'], reason: 'something launched or released', preposition: 'of', titleWith: 'participant' },
  { type: 'recall', label: 'Recall', nouns: ['recall'], verbs: ['recalled'], reason: 'a product recall' },
  { type: 'award', label: 'Award', nouns: ['award', 'prize', 'medal'], verbs: ['awarded', 'won'], reason: 'a prize or award', titleWith: 'participant' },
  { type: 'founding', label: 'Founding', nouns: [], verbs: ['established', 'founded', 'formed'], reason: 'something created', preposition: 'of', titleWith: 'participant', requiresBefore: ['was', 'were', 'been', 'is'] },
];

/** Words shortly before a trigger that make the happening hypothetical or generic, not an event: "a planned attack". */
export const hypotheticalMarkers: readonly string[] = [
  'planning', 'planned', 'plan', 'plans', 'possible', 'potential', 'future', 'imminent', 'prevent', 'thwart', 'avert',
  'launch', 'carry out', 'to undertake', 'would-be', 'any', 'another', 'second', 'more', 'new', 'further', 'against',
  'next', 'upcoming', 'proposed', 'threat of', 'risk of', 'fear of', 'fears of', 'likely', 'expected',
];

/** Words right before a trigger that give it another sense: "under fire", "opened fire" (a shooting, counted there), "press release". */
export const triggerFalseFriends: ReadonlyArray<readonly [before: string, trigger: string]> = [
  ['under', 'fire'], ['open', 'fire'], ['opened', 'fire'], ['line', 'fire'], ['market', 'crash'], ['clinical', 'trial'], ['trial', 'run'],
  ['press', 'remarks'], ['opening', 'remarks'], ['prepared', 'remarks'], ['press', 'release'],
];

/** Words right before a verb trigger that make it no report of a past happening: "to resign", "will be arrested". */
export const verbNegators: ReadonlySet<string> = new Set(['to', 'will', 'would', 'could', 'may', 'might', 'should', 'must', 'not', 'never', "n't", 'cannot', 'can']);

/**
 * Verbs of seeming and lasting report a state or a judgement, not something that happened, so they never make a
 * dated happening: "By Friday, the administration appeared to be targeting militants", "prices remained high".
 */
export const stateVerbs: ReadonlySet<string> = new Set(['appear', 'seem', 'look', 'sound', 'remain', 'stay', 'continue', 'tend']);

/** Past forms of "be" before a participle: a passive report of something done ("were hurt", "was hit"). */
export const pastCopulas: ReadonlySet<string> = new Set(['was', 'were']);

/** Words of time before a gerund that make it a report of something done: "after seeking refuge … in 2012". */
export const gerundOpeners: ReadonlySet<string> = new Set(['after', 'before', 'since', 'following', 'upon']);

/** Auxiliaries that make a participle a passive or perfect report: "was arrested", "has resigned". */
export const verbAuxiliaries: ReadonlySet<string> = new Set(['was', 'were', 'been', 'had', 'has', 'have', 'is', 'are', 'got', 'get']);

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
