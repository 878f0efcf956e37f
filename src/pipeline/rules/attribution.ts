/**
 * Attribution rules as data: the verbs that report speech, the phrases that introduce a source, the words that
 * make a source anonymous or a document, and the hedges that soften a claim. `attribution.ts` reads them.
 */

/** A verb that reports what someone said, with every form the copy uses. */
export interface CueVerb {
  /** The lemma, recorded as the claim's cue. */
  lemma: string;
  /** Forms as they appear in text. */
  forms: readonly string[];
  /** How the claim stands when this verb reports it. */
  stance: 'asserted' | 'hedged' | 'denied';
  /** Why the verb is a cue. */
  reason: string;
  /** Words one of which must follow the verb for it to report a statement: "found that", "made clear". */
  needs?: readonly string[];
  /** True when the verb reports a statement only when a colon or an opening quotation mark follows it: "She continued: …", "The letter reads “…”". */
  quoteFollows?: boolean;
}

/** Speech and report verbs. Order does not matter; the first cue in a sentence wins. */
export const cueVerbs: readonly CueVerb[] = [
  { lemma: 'say', forms: ['said', 'says', 'say', 'saying'], stance: 'asserted', reason: 'the plain reporting verb' },
  { lemma: 'tell', forms: ['told', 'tells', 'tell', 'telling'], stance: 'asserted', reason: '"X told CNN …": speech to a named listener' },
  { lemma: 'add', forms: ['added', 'adds', 'adding'], stance: 'asserted', reason: 'continues an earlier statement' },
  { lemma: 'state', forms: ['stated', 'states'], stance: 'asserted', reason: 'formal statement' },
  { lemma: 'claim', forms: ['claimed', 'claims'], stance: 'hedged', reason: 'the writer keeps distance from the content' },
  { lemma: 'warn', forms: ['warned', 'warns', 'warning', 'warn'], stance: 'asserted', reason: 'statement about a risk' },
  { lemma: 'note', forms: ['noted', 'notes', 'noting', 'note'], stance: 'asserted', reason: 'reporting verb' },
  { lemma: 'believe', forms: ['believes', 'believed', 'believe'], stance: 'hedged', reason: 'a stated belief, not a fact' },
  { lemma: 'deny', forms: ['denied', 'denies', 'denying', 'deny'], stance: 'denied', reason: 'a denial' },
  { lemma: 'reject', forms: ['rejected', 'rejects'], stance: 'denied', reason: 'rejects a suggestion' },
  { lemma: 'dispute', forms: ['disputed', 'disputes'], stance: 'denied', reason: 'contests a statement' },
  { lemma: 'acknowledge', forms: ['acknowledged', 'acknowledges'], stance: 'asserted', reason: 'concedes a fact' },
  { lemma: 'confirm', forms: ['confirmed', 'confirms'], stance: 'asserted', reason: 'confirms a fact' },
  { lemma: 'describe', forms: ['described', 'describes'], stance: 'asserted', reason: '"X described Y as Z"' },
  { lemma: 'report', forms: ['reported', 'reports', 'report'], stance: 'asserted', reason: 'a news report' },
  { lemma: 'reveal', forms: ['revealed', 'reveals'], stance: 'asserted', reason: 'discloses a fact' },
  { lemma: 'announce', forms: ['announced', 'announces'], stance: 'asserted', reason: 'an announcement' },
  { lemma: 'declare', forms: ['declared', 'declares'], stance: 'asserted', reason: 'a declaration' },
  { lemma: 'remark', forms: ['remarked', 'remark', 'remarks'], stance: 'asserted', reason: 'a remark' },
  { lemma: 'insist', forms: ['insisted', 'insists', 'insist'], stance: 'asserted', reason: 'a firm statement' },
  { lemma: 'argue', forms: ['argued', 'argues', 'argue'], stance: 'asserted', reason: 'an argument' },
  { lemma: 'suggest', forms: ['suggested', 'suggests', 'suggest'], stance: 'hedged', reason: 'a tentative statement: "Estimates suggest 8000 migrants may be at sea"' },
  { lemma: 'explain', forms: ['explained', 'explains'], stance: 'asserted', reason: 'an explanation' },
  { lemma: 'promise', forms: ['promised', 'promises'], stance: 'asserted', reason: 'a pledge' },
  { lemma: 'vow', forms: ['vowed', 'vows'], stance: 'asserted', reason: 'a pledge' },
  { lemma: 'indicate', forms: ['indicated', 'indicates'], stance: 'hedged', reason: 'an indirect statement' },
  { lemma: 'inform', forms: ['informed', 'informs'], stance: 'asserted', reason: '"a witness informed CNN that …"' },
  { lemma: 'accuse', forms: ['accused', 'accuses'], stance: 'asserted', reason: 'an accusation' },
  { lemma: 'call', forms: ['called'], stance: 'asserted', reason: '"X called the strike \u201cfair\u201d"' },
  { lemma: 'question', forms: ['questioned'], stance: 'hedged', reason: 'casts doubt on a statement' },
  { lemma: 'welcome', forms: ['welcomed'], stance: 'asserted', reason: 'a stated approval' },
  { lemma: 'express', forms: ['expressed'], stance: 'asserted', reason: '"expressed deep skepticism"' },
  { lemma: 'quote', forms: ['quoted'], stance: 'asserted', reason: '"X was quoted by Y as saying …": a passive whose subject is the speaker' },
  { lemma: 'write', forms: ['wrote', 'writes', 'writing'], stance: 'asserted', reason: 'a written statement: "The poster wrote that …", "Cornett wrote"' },
  { lemma: 'admit', forms: ['admitted', 'admits', 'admitting', 'conceded', 'concedes', 'confessed', 'confesses'], stance: 'asserted', reason: 'an admission' },
  { lemma: 'estimate', forms: ['estimates', 'estimated'], stance: 'hedged', reason: 'an estimate: "The Church estimates that number is closer to …"' },
  { lemma: 'predict', forms: ['predicted', 'predicts'], stance: 'hedged', reason: 'a prediction' },
  { lemma: 'pledge', forms: ['pledged', 'pledges'], stance: 'asserted', reason: 'a pledge' },
  { lemma: 'commit', forms: ['committed', 'commits'], stance: 'asserted', reason: 'a pledge: "committed to the American people that …"; "committed a crime" reports nothing', needs: ['to'] },
  { lemma: 'urge', forms: ['urged', 'urges', 'urging'], stance: 'asserted', reason: 'a call on someone to act, with what it says' },
  { lemma: 'characterise', forms: ['characterized', 'characterised', 'characterizes', 'characterises', 'portrayed', 'portrays'], stance: 'asserted', reason: '"He characterized the conflict as …"' },
  { lemma: 'allege', forms: ['alleged', 'alleges', 'alleging'], stance: 'hedged', reason: 'an allegation the writer does not vouch for' },
  { lemma: 'stress', forms: ['stressed', 'stresses', 'emphasized', 'emphasised', 'underscored', 'reiterated', 'reiterates'], stance: 'asserted', reason: 'a statement made with weight, or again' },
  { lemma: 'assure', forms: ['assured', 'assures'], stance: 'asserted', reason: 'an assurance' },
  { lemma: 'testify', forms: ['testified', 'testifies'], stance: 'asserted', reason: 'testimony' },
  { lemma: 'caution', forms: ['cautioned', 'cautions'], stance: 'asserted', reason: 'a warning' },
  { lemma: 'respond', forms: ['responded', 'replied', 'countered', 'retorted'], stance: 'asserted', reason: 'an answer to someone' },
  { lemma: 'complain', forms: ['complained', 'complains'], stance: 'asserted', reason: 'a complaint' },
  { lemma: 'tweet', forms: ['tweeted', 'tweets'], stance: 'asserted', reason: 'a statement on social media' },
  { lemma: 'expect', forms: ['expects', 'expected', 'expect'], stance: 'hedged', reason: 'a forecast: "Edmunds expects 16.6 million vehicles will be sold"; the passive "is expected to" has no speaker' },
  { lemma: 'praise', forms: ['praised', 'praises', 'hailed', 'hails'], stance: 'asserted', reason: 'a stated approval: "advocacy groups praised the decision"' },
  { lemma: 'criticise', forms: ['criticized', 'criticised', 'criticizes', 'criticises', 'condemned', 'condemns', 'denounced', 'denounces'], stance: 'asserted', reason: 'a stated disapproval: "the party condemned the attack"' },
  { lemma: 'cite', forms: ['cited', 'cites'], stance: 'asserted', reason: '"Traders cited the lingering uncertainty": the reason the source gives' },
  { lemma: 'find', forms: ['found', 'finds'], stance: 'asserted', reason: '"The researchers found that …": a finding stated; "found the body" is no statement', needs: ['that'] },
  { lemma: 'show', forms: ['showed', 'shows', 'show'], stance: 'asserted', reason: '"Figures show that …"', needs: ['that'] },
  { lemma: 'conclude', forms: ['concluded', 'concludes'], stance: 'asserted', reason: 'a conclusion stated', needs: ['that'] },
  { lemma: 'rule', forms: ['ruled', 'rules'], stance: 'asserted', reason: '"a judge ruled that …"', needs: ['that'] },
  { lemma: 'continue', forms: ['continued', 'continues'], stance: 'asserted', reason: '"She continued: “…”": goes on speaking; "fighting continued" reports nothing', quoteFollows: true },
  { lemma: 'read', forms: ['reads', 'read'], stance: 'asserted', reason: '"The Home Office letter reads “we may extend …”": what a document says, quoted', quoteFollows: true },
  { lemma: 'make clear', forms: ['made', 'makes'], stance: 'asserted', reason: '"The President made clear that …"', needs: ['clear', 'it clear', 'very clear', 'it very clear'] },
];

/** Phrases that put the source after them: "according to X". */
export const accordingToPhrases: readonly string[] = ['according to', 'as reported by', 'citing'];

/** Head nouns of anonymous sources: "a senior Taliban insider", "two U.S. officials", "diplomatic sources". */
export const anonymousHeads: ReadonlySet<string> = new Set([
  'official', 'officials', 'source', 'sources', 'witness', 'witnesses', 'insider', 'insiders', 'diplomat', 'diplomats',
  'person', 'people', 'observer', 'observers', 'critic', 'critics', 'analyst', 'analysts', 'expert', 'experts', 'aide',
  'aides', 'counselor', 'counsellor', 'adviser', 'advisers', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson',
  'resident', 'residents', 'relative', 'relatives', 'family', 'families', 'member', 'members', 'officer', 'officers',
  'authorities', 'countries', 'governments', 'veterans', 'lawmakers', 'commanders', 'generals', 'engineer', 'doctor',
  'doctors', 'survivor', 'survivors', 'activist', 'activists', 'negotiator', 'negotiators', 'staff', 'employee',
  'employees', 'executive', 'executives', 'accounts', 'observers', 'agencies', 'investigators', 'media',
]);

/** Head nouns of documents that make claims: "a statement", "the report", "the announcement". */
export const documentHeads: ReadonlySet<string> = new Set([
  'statement', 'statements', 'report', 'reports', 'announcement', 'memo', 'document', 'documents', 'study', 'survey',
  'letter', 'filing', 'assessment', 'review', 'analysis', 'images', 'footage', 'data', 'figures', 'records', 'transcript',
  'estimates', 'estimate', 'statistics', 'projections', 'polls', 'poll', 'research', 'papers', 'files',
]);

/** Nouns for institutions that speak without being a named entity: "the US military", "the administration". */
export const institutionHeads: ReadonlySet<string> = new Set([
  'military', 'government', 'administration', 'party', 'opposition', 'army', 'navy', 'police', 'embassy', 'ministry', 'department', 'forces',
  'company', 'bank', 'authority', 'council', 'court', 'parliament', 'agency', 'coalition', 'alliance', 'group', 'movement',
  'service', 'union', 'committee', 'commission', 'office',
]);

/** Pronouns that stand for an earlier speaker, and whether they are plural. */
export const speakerPronouns: ReadonlyMap<string, 'singular' | 'plural'> = new Map([
  ['he', 'singular'], ['she', 'singular'], ['they', 'plural'], ['it', 'singular'],
]);

/** Determiners that open an indefinite, anonymous source: "a witness", "two officials", "some observers". */
export const indefiniteOpeners: ReadonlySet<string> = new Set([
  'a', 'an', 'one', 'two', 'three', 'four', 'five', 'several', 'some', 'many', 'multiple', 'other', 'another', 'various',
  'numerous', 'few', 'most', 'ninety', 'dozens', 'senior', 'current', 'former',
]);

/**
 * Conjunctions that open a second clause with a speaker of its own: "Milley said … was a facilitator of ISIS-K
 * and several sources told CNN that …". The sentence then holds two claims.
 */
export const clauseCoordinators: ReadonlySet<string> = new Set(['and', 'but', 'while', 'whereas']);

/** Words that show a run of words after a conjunction is not a speaker of its own: "… than some critics have suggested". */
export const notASubject: ReadonlySet<string> = new Set(['than', 'that', 'which', 'who', 'whom', 'whose', 'if', 'when', 'as']);

/** Words that may stand between a speaker and the cue: "Biden has also vowed". */
export const cueGapWords: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'also', 'later', 'first', 'then', 'previously', 'earlier', 'again', 'repeatedly', 'publicly',
  'privately', 'recently', 'reportedly', 'did', 'does', 'had', 'once', 'further', 'separately', 'both', 'always', 'often',
  'initially', 'originally', 'still', 'long', 'now', 'subsequently', 'quickly', 'immediately',
]);

/** Epistemic hedges: phrases that mark a claim as uncertain. Matched as whole words, case-insensitively. */
export const hedgePhrases: readonly string[] = [
  'initial indications', 'initial accounts', 'appears to', 'appeared to', 'appear to', 'alleged', 'allegedly', 'claimed',
  'believed', 'believes', 'reportedly', 'possibly', 'possible', 'possibility', 'probably', 'likely', 'unlikely', 'may',
  'might', 'could', 'suspected', 'apparent', 'apparently', 'estimated', 'unconfirmed', 'it is understood', 'is thought to',
  'were thought to', 'said to be', 'presumably', 'perhaps', 'seems', 'seemed', 'to the best of my knowledge', 'not clear',
  'unclear',
];

/**
 * Hedges that, inside a noun phrase ("a strike against suspected ISIS-K members", "the alleged attacker"), qualify
 * that noun, not the speaker's confidence in the statement: after one of `nounPhraseOpeners` they hedge nothing.
 */
export const attributiveHedges: ReadonlySet<string> = new Set(['alleged', 'suspected', 'apparent', 'possible']);

/** Words after which a hedge adjective stands inside a noun phrase: determiners, prepositions, numbers. */
export const nounPhraseOpeners: readonly string[] = [
  'a', 'an', 'the', 'this', 'that', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'some', 'several', 'many', 'two',
  'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'dozens of', 'against', 'of', 'on', 'at', 'for', 'with',
  'from', 'by', 'to', 'among', 'into', 'killing',
];

/** Approximators: hedges only before a number ("at least 169", "roughly 1000"); elsewhere "about" and "over" are plain words. */
export const approximators: readonly string[] = ['at least', 'roughly', 'about', 'nearly', 'around', 'up to', 'as many as', 'more than', 'over', 'almost', 'some'];

/** Words that, right before the cue, negate it: "Kirby did not disclose", "the White House has not said". */
export const cueNegations: ReadonlySet<string> = new Set(['not', 'never', "n't", 'declined', 'refused']);

/** Cue verbs in senses that report no statement: "claimed the lives of", "called for", "told apart". */
export const cueFalseFriends: ReadonlyArray<readonly [lemma: string, next: string]> = [
  ['claim', 'the lives'],
  ['claim', 'lives'],
  ['claim', 'the life'],
  ['tell', 'apart'],
  ['call', 'off'],
  ['call', 'up'],
  ['add', 'to'],
  ['note', 'of'],
];

/** Nouns by which an article refers back to an outlet it cited: "the aforementioned publication". */
export const mediaReferences: ReadonlySet<string> = new Set(['publication', 'newspaper', 'paper', 'outlet', 'broadcaster', 'channel', 'magazine', 'network', 'agency', 'website']);
