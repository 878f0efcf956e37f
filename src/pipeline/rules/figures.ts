/** Figure rules as data: number words, vague quantities, qualifiers, outcomes, and what a number must not be read as. */

/** Number words and their values: "ten civilian deaths", "seven children", "ninety countries". */
export const numberWords: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['dozen', 12],
]);

/**
 * Quantities that give no number ("several suicide bombers", "dozens of people"): kept as the words say them, with
 * no value, and shown as vague. Longest first.
 */
export const vagueQuantities: readonly string[] = [
  'a number of', 'a handful of', 'a few', 'scores of', 'dozens of', 'hundreds of', 'thousands of', 'millions of', 'several',
  'multiple', 'numerous', 'many', 'dozens', 'hundreds', 'thousands',
];

/** Multipliers written after a number: "1.5 million", "two thousand". */
export const multipliers: ReadonlyMap<string, number> = new Map([
  ['hundred', 100], ['thousand', 1_000], ['million', 1_000_000], ['billion', 1_000_000_000],
]);

/** Qualifiers before a number, longest first: "at least 169 Afghans", "roughly 1000 civilians". A qualified number is approximate. */
export const figureQualifiers: readonly string[] = [
  'as many as', 'more than', 'fewer than', 'less than', 'at least', 'at most', 'up to', 'an estimated', 'approximately',
  'roughly', 'nearly', 'almost', 'about', 'around', 'over', 'some', 'only', 'just',
];

/** Qualifiers that leave the number exact ("only 3", "just 12"). */
export const exactQualifiers: ReadonlySet<string> = new Set(['only', 'just']);

/** Nouns after a number that make it a measure of time or age, not a count: "six to 36 months", "43-year-old". */
export const nonCountNouns: ReadonlySet<string> = new Set([
  'year', 'years', 'month', 'months', 'week', 'weeks', 'day', 'days', 'hour', 'hours', 'minute', 'minutes', 'second',
  'seconds', 'decade', 'decades', 'a.m.', 'p.m.', 'am', 'pm', 'o\'clock', 'times', 'per', 'cent', 'percent', 'mph', 'kph',
  'miles', 'kilometres', 'kilometers', 'km', 'metres', 'meters', 'feet', 'inches', 'dollars', 'euros', 'pounds',
]);

/**
 * What happened to those counted, as the phrase says it: a word right before the number ("killed 11 civilians",
 * "injuring 18") or right after the counted words ("11 civilians were killed", "13 dead"). Only such a word makes a
 * figure a count of people affected; "two officials who had seen the images" counts no one affected.
 */
export const outcomeWords: ReadonlyMap<string, string> = new Map([
  ['killed', 'killed'], ['killing', 'killed'], ['kill', 'killed'], ['dead', 'killed'], ['died', 'killed'], ['deaths', 'killed'],
  ['death', 'killed'], ['lives', 'killed'], ['wounded', 'wounded'], ['wounding', 'wounded'], ['injured', 'wounded'], ['injuring', 'wounded'],
  ['injuries', 'wounded'], ['evacuated', 'evacuated'], ['evacuating', 'evacuated'], ['rescued', 'rescued'], ['missing', 'missing'],
  ['arrested', 'arrested'], ['detained', 'arrested'], ['displaced', 'displaced'], ['hurt', 'wounded'],
]);

/** Words that end the noun phrase a figure counts. */
export const phraseStops: ReadonlySet<string> = new Set([
  'in', 'at', 'on', 'from', 'to', 'with', 'by', 'and', 'or', 'were', 'was', 'are', 'is', 'had', 'have', 'has', 'who',
  'that', 'which', 'including', 'for', 'since', 'after', 'before', 'during', 'while', 'when', 'would', 'will', 'could',
  'still', 'trying', 'waiting', 'killed', 'died', 'wounded', 'than', 'dead', 'injured', 'missing', 'said', 'say', 'says',
  'told', 'claimed', 'claim', 'reported', 'believe', 'believed',
]);

/**
 * Modifiers that say whose count a figure is, kept in its key: "Afghan troops" and "US troops" are two counts. A
 * nationality or group written with a capital and a demonym ending, the US, and civilians against combatants.
 */
export const countOwners: readonly RegExp[] = [/^\p{Lu}\p{L}*(?:an|ian|ese|ish|i)$/u, /^(?:US|UK|EU|NATO)$/u, /^(?:civilian|military|foreign|local)$/iu];

/** Heads that name the same people counted, by stem: a suicide bomber is an attacker. */
export const countedSynonyms: ReadonlyMap<string, string> = new Map([
  ['bomber', 'attack'], ['attacker', 'attack'], ['gunman', 'attack'], ['gunmen', 'attack'], ['soldier', 'troop'], ['servicemen', 'troop'],
]);

/** Stems that count the same outcome when figures are compared: "deaths" and "killed", "injured" and "wounded". */
export const outcomeSynonyms: ReadonlyMap<string, string> = new Map([
  ['death', 'kill'], ['dead', 'kill'], ['die', 'kill'], ['life', 'kill'], ['live', 'kill'], ['injur', 'wound'], ['civilian', 'civilian'],
]);
