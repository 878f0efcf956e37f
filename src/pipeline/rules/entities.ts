/**
 * Entity rules as data: the words that make a capitalised phrase a person's title, an organisation or a place,
 * and the words that are never names. `entities.ts` reads these tables; each says why it exists.
 */

export * from './places.ts';

/**
 * Title words: capitalised words that stand before a person's name as a title ("President", "Lieutenant
 * General", "Dr"). In a run of capitalised words, the name starts after the last of them.
 */
export const titleWords: ReadonlySet<string> = new Set([
  'CEO', 'CFO', 'COO', 'President', 'Vice', 'Secretary', 'Minister', 'Prime', 'Deputy', 'Chairman', 'Chairwoman', 'Chair', 'Chancellor',
  'General', 'Lieutenant', 'Major', 'Brigadier', 'Colonel', 'Captain', 'Commander', 'Admiral', 'Rear', 'Sergeant',
  'Corporal', 'Private', 'Marshal', 'Gen', 'Gen.', 'Lt', 'Lt.', 'Col', 'Col.', 'Capt', 'Capt.', 'Maj', 'Maj.', 'Sgt', 'Sgt.', 'Adm', 'Adm.',
  'Dr', 'Dr.', 'Doctor', 'Professor', 'Prof', 'Prof.', 'Mr', 'Mr.', 'Mrs', 'Mrs.', 'Ms', 'Ms.', 'Sir', 'Dame', 'Lord', 'Lady',
  'Senator', 'Sen', 'Sen.', 'Representative', 'Rep', 'Rep.', 'Congressman', 'Congresswoman', 'Governor', 'Gov', 'Gov.', 'Mayor',
  'Judge', 'Justice', 'King', 'Queen', 'Prince', 'Princess', 'Crown', 'Sheikh', 'Emir', 'Sultan', 'Ayatollah', 'Mullah', 'Imam',
  'Pope', 'Bishop', 'Archbishop', 'Cardinal', 'Rabbi', 'Reverend', 'Rev', 'Rev.', 'First', 'Speaker', 'Ambassador', 'Envoy',
  'Director', 'Chief', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Press', 'Attorney', 'Solicitor', 'Auditor', 'Inspector',
  'Commissioner', 'Superintendent', 'Officer', 'Agent', 'Detective', 'Constable', 'Adviser', 'Advisor', 'Administrator', 'Counsel',
  'Counselor', 'Counsellor', 'Coordinator', 'Principal', 'Assistant', 'Associate', 'Emeritus', 'Sheriff', 'Coach',
]);

/**
 * Title heads: the title words that make a phrase a role on their own ("Secretary of State"); the other title
 * words ("First", "Rear", "Vice") only modify them.
 */
export const titleHeads: ReadonlySet<string> = new Set([
  'President', 'Secretary', 'Minister', 'Chairman', 'Chairwoman', 'Chair', 'Chancellor', 'General', 'Captain', 'Commander',
  'Admiral', 'Colonel', 'Major', 'Lieutenant', 'Sergeant', 'Director', 'Chief', 'Spokesman', 'Spokeswoman', 'Spokesperson',
  'Ambassador', 'Envoy', 'Governor', 'Mayor', 'Senator', 'Speaker', 'Lady', 'Commissioner', 'Officer', 'Judge', 'Justice',
  'Adviser', 'Advisor', 'Administrator', 'Counsel', 'Counselor', 'Counsellor', 'Coordinator', 'Sheriff', 'Coach',
]);

/**
 * Portfolio words: capitalised words that continue a title ("Secretary of State", "Minister of National
 * Defence Affairs", "Chairman of the Joint Chiefs") before the name begins.
 */
export const portfolioWords: ReadonlySet<string> = new Set([
  'State', 'Defence', 'Defense', 'National', 'Foreign', 'Affairs', 'Home', 'Interior', 'Finance', 'Treasury', 'Justice',
  'Health', 'Education', 'Energy', 'Transport', 'Ports', 'Trade', 'Industry', 'Agriculture', 'Fisheries', 'Tourism',
  'Environment', 'Labour', 'Labor', 'Information', 'Communications', 'Security', 'Homeland', 'Intelligence', 'Joint',
  'Chiefs', 'Staff', 'Armed', 'Forces', 'Army', 'Navy', 'Air', 'Force', 'Marine', 'Marines', 'Corps', 'Cabinet', 'Council',
  'Public', 'Works', 'Water', 'Mines', 'Petroleum', 'Oil', 'Economy', 'Economic', 'Planning', 'Development', 'Culture',
  'Sports', 'Youth', 'Women', 'Legal', 'Parliamentary', 'Prisons', 'Police', 'Immigration', 'Revenue', 'Budget', 'Operations',
]);

/** Words that open a noun phrase before its head: "a spokesman", "its director", "the chairman". */
export const phraseOpeners: ReadonlySet<string> = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their']);

/** Connectors that may join the words of an organisation's name or a title: "Department of Defense", "Minister of State for …". */
export const nameConnectors: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'des', 'la', 'le', 'del', 'della', 'y', '&']);

/** Particles inside personal names: "Khalid bin Mohammed Al-Attiyah", "Carlos van Buren", "Hisham al-Tayeb". */
export const nameParticles: ReadonlySet<string> = new Set([
  'bin', 'bint', 'ibn', 'ben', 'abu', 'al', 'el', 'van', 'von', 'der', 'den', 'de', 'da', 'dos', 'das', 'du', 'di', 'del', 'la', 'le', 'ter', 'zu',
]);

/** Lowercase role nouns: before a name they end a role ("Pentagon spokesperson John Kirby"); in an apposition they make one. */
export const roleNouns: ReadonlySet<string> = new Set([
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'adviser', 'advisor', 'counselor', 'counsellor', 'minister', 'secretary',
  'president', 'chairman', 'chairwoman', 'chair', 'director', 'chief', 'commander', 'general', 'captain', 'officer', 'official',
  'lawmaker', 'legislator', 'senator', 'governor', 'mayor', 'envoy', 'ambassador', 'diplomat', 'leader', 'head', 'founder',
  'executive', 'manager', 'engineer', 'doctor', 'surgeon', 'nurse', 'lawyer', 'attorney', 'judge', 'analyst', 'researcher',
  'professor', 'economist', 'correspondent', 'reporter', 'editor', 'journalist', 'activist', 'member', 'master', 'grandson',
  'granddaughter', 'son', 'daughter', 'wife', 'husband', 'brother', 'sister', 'father', 'mother', 'owner', 'partner', 'candidate',
  'negotiator', 'prosecutor', 'investigator', 'inspector', 'coordinator', 'representative', 'deputy', 'admiral', 'colonel',
  'insider', 'mediator', 'strategist', 'commissioner', 'worker', 'teacher', 'pilot', 'soldier', 'fighter', 'militant',
  'goalkeeper', 'striker', 'defender', 'midfielder', 'winger', 'coach', 'player', 'footballer',
]);

/** Lowercase words that may stand inside a role before the role noun: "Taliban political spokesman", "national security adviser". */
export const roleModifiers: ReadonlySet<string> = new Set([
  'former', 'deputy', 'acting', 'senior', 'chief', 'top', 'political', 'military', 'national', 'security', 'foreign',
  'defence', 'defense', 'press', 'media', 'presidential', 'interim', 'vice', 'assistant', 'general', 'executive', 'regional',
  'opposition', 'government', 'state', 'tourism', 'finance', 'energy', 'health', 'justice', 'electrical', 'civil', 'harbour',
  'harbor', 'managing', 'local', 'provincial', 'district', 'party', 'union', 'police', 'army', 'navy', 'intelligence',
]);

/** Words that make a capitalised phrase an organisation wherever they stand in it ("Department of Defense", "Nutrition and Education International"). */
export const organizationWords: ReadonlySet<string> = new Set([
  'Department', 'Ministry', 'Council', 'Command', 'Committee', 'Commission', 'Agency', 'Authority', 'Administration',
  'Embassy', 'Consulate', 'Network', 'Front', 'Alliance', 'Coalition', 'Organization', 'Organisation', 'International',
  'Corporation', 'Company', 'Co', 'Co.', 'Inc', 'Inc.', 'Ltd', 'Ltd.', 'Corp', 'Corp.', 'LLC', 'PLC', 'plc', 'GmbH', 'Group', 'Holdings', 'Party', 'Movement', 'Union', 'University', 'College',
  'School', 'Hospital', 'Clinic', 'Foundation', 'Institute', 'Bank', 'Fund', 'Trust', 'Court', 'Parliament', 'Congress',
  'Senate', 'Assembly', 'Navy', 'Army', 'Forces', 'Force', 'Guard', 'Police', 'Service', 'Services', 'Office', 'Bureau',
  'Association', 'Society', 'Federation', 'League', 'Club', 'Consortium', 'Cooperative', 'Corps', 'Brigade', 'Battalion',
  'Regiment', 'Division', 'Times', 'News', 'Post', 'Herald', 'Tribune', 'Journal', 'Gazette', 'Press', 'Broadcasting',
  'Television', 'Radio', 'Agency', 'Media', 'Airlines', 'Airways', 'Energy', 'Petroleum', 'Telecom', 'Mission', 'Cabinet',
  'Government', 'House', 'Confederation', 'Secretariat', 'Directorate', 'Board', 'Chamber', 'Tribunal', 'Center', 'Centre',
  'Observatory', 'Laboratory', 'Museum', 'Library', 'Academy', 'Institution', 'Initiative', 'Program', 'Programme', 'Project',
]);

/** News organisations: each is an organisation and a media outlet. Matched on the name as written, "The" optional. */
export const mediaOutlets: readonly string[] = [
  'CNN', 'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'BBC', 'BBC News', 'Al Jazeera', 'The New York Times',
  'New York Times', 'The Washington Post', 'Washington Post', 'The Wall Street Journal', 'Wall Street Journal', 'The Guardian',
  'The Telegraph', 'The Times', 'Financial Times', 'The Economist', 'Bloomberg', 'Bloomberg News', 'Politico', 'Axios', 'NBC News',
  'NBC', 'CBS News', 'CBS', 'ABC News', 'ABC', 'Fox News', 'NPR', 'Military Times', 'Defense News', 'Dawn', 'The National',
  'The Herald', 'Sky News', 'Deutsche Welle', 'DW', 'Xinhua', 'TASS', 'Anadolu Agency', 'Tolo News', 'TOLOnews', 'Voice of America',
  'VOA', 'Radio Free Europe', 'The Hindu', 'The Independent', 'Le Monde', 'Der Spiegel', 'El País', 'Haaretz', 'Kyodo News',
];

/** Words that look like names but name no entity: weekdays, months, demonyms, faiths and the like. */
export const notNames: ReadonlySet<string> = new Set([
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'January', 'February', 'March', 'April',
  'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'Sunni', 'Shia', 'Shiite', 'Islamist',
  'Muslim', 'Christian', 'Jewish', 'Hindu', 'Catholic', 'Orthodox', 'God', 'Allah', 'I', 'Mr', 'Mrs', 'Ms',
  'NZT', 'GMT', 'UTC', 'EST', 'EDT', 'BST', 'CET',
  'Opinion', 'Editorial', 'Analysis', 'Comment', 'Read', 'Source', 'Photo', 'Video', 'Updated',
  'SC', 'QC', 'KC', 'PhD', 'OBE', 'MBE', 'CBE', 'KBE', 'Esq', 'Esq.',
]);

/** Verbs of speaking and reporting: a capitalised phrase right before one of them is someone who speaks. */
export const speechVerbs: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'added', 'adds', 'stated', 'states', 'noted', 'warned', 'claimed', 'claims', 'announced',
  'declared', 'explained', 'insisted', 'argued', 'wrote', 'tweeted', 'confirmed', 'denied', 'acknowledged', 'believes',
  'believed', 'asked', 'replied', 'remarked', 'promised', 'vowed', 'urged', 'reported', 'described', 'disputed', 'welcomed',
  'rejected', 'expressed', 'telephoned', 'spoke', 'met', 'ordered', 'signed', 'attended', 'visited', 'called',
]);

/**
 * Words right before a name that address or hand the floor to a person, as briefings and interviews do ("Let's go
 * to Said Arikat.", "Thanks, Kaitlan.", "over to the line of Nike Ching"). Lowercase, punctuation as printed.
 */
export const addressingPhrases: readonly string[] = [
  "let's go to", 'let’s go to', 'go over to', 'the line of', 'next question goes to', 'question from', 'thanks,', 'thank you,',
  'go ahead,', 'thank you very much,', 'thanks so much,', 'hi,', 'hello,',
];

/** Words that may stand between a name and the speech verb after it: "Biden has also ordered". */
export const verbGapWords: ReadonlySet<string> = new Set([
  'has', 'had', 'have', 'also', 'later', 'then', 'previously', 'earlier', 'again', 'repeatedly', 'never', 'did', 'would',
  'will', 'had', 'once', 'first', 'reportedly', 'publicly', 'privately', 'recently', 'quickly', 'immediately',
]);

/** Demonyms and nationality adjectives: capitalised, but they name no entity ("Turkish Minister", "American planes"). */
export const demonyms: ReadonlySet<string> = new Set([
  'American', 'Americans', 'Afghan', 'Afghans', 'Pakistani', 'Pakistanis', 'Turkish', 'British', 'English', 'French', 'German',
  'Chinese', 'Russian', 'Indian', 'Iranian', 'Iraqi', 'Syrian', 'Saudi', 'Qatari', 'Emirati', 'Sudanese', 'Egyptian', 'Israeli',
  'Palestinian', 'Lebanese', 'Jordanian', 'Yemeni', 'Libyan', 'Tunisian', 'Algerian', 'Moroccan', 'Nigerian', 'Kenyan',
  'Ethiopian', 'Somali', 'Zambian', 'Zimbabwean', 'Namibian', 'South African', 'Chilean', 'Mexican', 'Brazilian', 'Argentine',
  'Canadian', 'Australian', 'Japanese', 'Korean', 'Ukrainian', 'Polish', 'Italian', 'Spanish', 'Dutch', 'Swedish', 'Norwegian',
  'Danish', 'Finnish', 'Greek', 'Arab', 'Arabs', 'Kurdish', 'Pashtun', 'Tajik', 'Uzbek', 'Hazara', 'Baloch', 'Western', 'European',
  'African', 'Asian', 'Latin',
]);

/**
 * Lowercase halves of hyphenated compounds that join a name to a common word: "US-led", "California-based",
 * "anti-Taliban". Only these split a hyphenated word; "Ji-hoon" and "Al-Qaeda" stay whole.
 */
export const compoundParts: ReadonlySet<string> = new Set([
  'based', 'led', 'backed', 'controlled', 'owned', 'run', 'made', 'born', 'held', 'linked', 'aligned', 'funded', 'style',
  'era', 'speaking', 'occupied', 'affiliated', 'friendly', 'bound', 'wide', 'related', 'registered', 'flagged', 'listed',
  'anti', 'pro', 'ex', 'non', 'post', 'pre', 'mid', 'inter', 'trans', 'pan', 'type', 'class', 'brokered', 'sponsored',
]);

/** Abbreviations written with a full stop that belongs to the word: "Dr.", "Gen.", "Inc.". */
export const abbreviations: ReadonlySet<string> = new Set([
  'Dr', 'Mr', 'Mrs', 'Ms', 'Gen', 'Lt', 'Col', 'Capt', 'Maj', 'Sgt', 'Adm', 'Sen', 'Rep', 'Gov', 'Prof', 'Rev', 'St', 'Jr', 'Sr',
  'Mt', 'Ft', 'Inc', 'Ltd', 'Co', 'Corp', 'Bros', 'No', 'vs', 'Dept', 'Univ', 'Gov', 'Pres', 'Sept', 'Jan', 'Feb', 'Aug', 'Oct', 'Nov', 'Dec',
]);

/** Nouns for vessels and aircraft: the capitalised name after one is a ship's or plane's, not a person's ("the trawler Doña Eulalia"). */
export const vehicleNouns: ReadonlySet<string> = new Set([
  'ship', 'vessel', 'trawler', 'tanker', 'freighter', 'ferry', 'yacht', 'boat', 'carrier', 'destroyer', 'frigate', 'submarine',
  'cruiser', 'aircraft', 'plane', 'jet', 'helicopter', 'flight', 'train', 'rocket', 'satellite', 'spacecraft', 'probe', 'hurricane', 'storm', 'typhoon', 'cyclone',
]);

/** Endings of nationality adjectives the demonym table may lack ("Indonesian", "Congolese"); "-an" is left out, for "Taliban". */
export const demonymEndings = /(?:ian|ese|ish)$/u;

/** Lowercase nouns that make the capitalised name after them an organisation: "the cooperative Pesquera Santa Rosalía". */
export const organizationNounsBefore: ReadonlySet<string> = new Set([
  'company', 'firm', 'group', 'cooperative', 'co-operative', 'charity', 'newspaper', 'broadcaster', 'agency', 'party', 'militia',
  'airline', 'carrier', 'bank', 'lender', 'insurer', 'retailer', 'manufacturer', 'conglomerate', 'union', 'organisation',
  'organization', 'movement', 'coalition', 'network', 'outlet', 'magazine', 'website', 'consortium', 'startup', 'operator',
  'tank', 'maker', 'producer', 'supplier', 'developer', 'chain', 'brand', 'insurer', 'publisher', 'broadcaster', 'exporter',
  'carmaker', 'automaker', 'shipbuilder', 'miner', 'utility', 'watchdog', 'regulator', 'operator', 'giant', 'firm',
]);

/** Lowercase nouns that complete an organisation's name after it: "the Haqqani network". */
export const organizationNounsAfter: ReadonlySet<string> = new Set(['network', 'militia', 'clan', 'cartel', 'brigade', 'brigades', 'movement']);

/** Prepositions that put "the X" on a map: "along the Zambezi", "across the Atlantic". */
export const geographicPrepositions: ReadonlySet<string> = new Set(['along', 'across', 'beyond', 'up', 'down', 'crossed', 'crossing']);

/** Compass and region adjectives: alone they name nothing ("Central and South Asia" leaves "Central"). */
export const compassWords: ReadonlySet<string> = new Set([
  'North', 'South', 'East', 'West', 'Northern', 'Southern', 'Eastern', 'Western', 'Central', 'Upper', 'Lower', 'Greater', 'Inner', 'Outer',
]);

/** Suffixes that end a person's name after a comma and belong to it: "Joseph R. Biden, Jr.". */
export const nameSuffixes: ReadonlySet<string> = new Set(['Jr', 'Jr.', 'Sr', 'Sr.', 'II', 'III', 'IV']);

/** Post-nominal letters after a name ("Tom Molomby, SC", "Mark Tedeschi, QC"): not part of the name, and no organisation. */
export const postNominals: ReadonlySet<string> = new Set(['SC', 'QC', 'KC', 'MP', 'MEP', 'MSP', 'PhD', 'MD', 'OBE', 'MBE', 'CBE', 'KBE', 'Esq', 'Esq.', 'RN', 'DDS', 'CPA']);

/** First words of the names of storms and other events: "Hurricane Mitch", "Typhoon Haiyan". */
export const eventNameOpeners: ReadonlySet<string> = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm', 'Tropical', 'Operation']);

/** Last words of the names of events, which are not people, organisations or places here: "Summer Paralympics", "World Cup". */
export const eventNameHeads: ReadonlySet<string> = new Set([
  'Olympics', 'Paralympics', 'Games', 'Cup', 'Championship', 'Championships', 'Festival', 'Expo', 'Marathon', 'Grand Prix', 'Open', 'Week', 'Day',
]);

/** Words before or around a name that mark a person's gender, for resolving "he" and "she". */
export const genderedWords: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'], ['mr.', 'male'], ['sir', 'male'], ['lord', 'male'], ['king', 'male'], ['prince', 'male'], ['duke', 'male'],
  ['spokesman', 'male'], ['chairman', 'male'], ['congressman', 'male'], ['businessman', 'male'], ['father', 'male'], ['son', 'male'],
  ['brother', 'male'], ['husband', 'male'], ['grandson', 'male'],
  ['ms', 'female'], ['ms.', 'female'], ['mrs', 'female'], ['mrs.', 'female'], ['miss', 'female'], ['dame', 'female'], ['lady', 'female'],
  ['queen', 'female'], ['princess', 'female'], ['duchess', 'female'], ['spokeswoman', 'female'], ['chairwoman', 'female'],
  ['congresswoman', 'female'], ['businesswoman', 'female'], ['mother', 'female'], ['daughter', 'female'], ['sister', 'female'],
  ['wife', 'female'], ['granddaughter', 'female'],
]);
