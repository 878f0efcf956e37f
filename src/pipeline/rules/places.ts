/**
 * Places, as data for entity recognition and identity: the words that make a capitalised phrase a place, and the
 * places written in several ways. Split from `entities.ts`, which re-exports them.
 */

/** Last words that make a capitalised phrase a place: "Hamid Karzai International Airport", "Abbey Gate", "Panjshir Province". */
export const placeHeads: ReadonlySet<string> = new Set([
  // "State" is left out: "Islamic State" is a group, see `entities.ts`.
  'Airport', 'Airfield', 'Gate', 'Province', 'Region', 'District', 'County', 'Island', 'Islands', 'Peninsula',
  'Valley', 'Mountains', 'Mountain', 'Hills', 'River', 'Lake', 'Sea', 'Ocean', 'Gulf', 'Bay', 'Coast', 'Desert', 'Strait',
  'Street', 'Avenue', 'Road', 'Square', 'Bridge', 'Pier', 'Harbour', 'Harbor', 'Port', 'Dam', 'Falls', 'Park', 'Base',
  'Camp', 'Palace', 'Stadium', 'Square', 'Border', 'Crossing', 'Canal', 'Corridor', 'City', 'Town', 'Village', 'Capital',
  'Station', 'Hall', 'Memorial', 'Mosque', 'Cathedral', 'Temple', 'Shrine', 'Monument', 'Tower', 'Plaza', 'Auditorium', 'Arena',
]);

/** Plural place nouns that open or close a list of places: "the counties of Angelina, Aransas, …", "Bexar and Travis counties". */
export const placeListNouns: ReadonlySet<string> = new Set([
  'counties', 'provinces', 'states', 'districts', 'regions', 'cities', 'towns', 'villages', 'countries', 'parishes',
  'municipalities', 'prefectures', 'territories', 'islands', 'neighbourhoods', 'neighborhoods', 'boroughs',
]);

/** Words that open a place's name in other languages or forms: "Masjid Al-Haram", "Mount Kenya", "Fort Worth". */
export const placeOpeners: ReadonlySet<string> = new Set(['Masjid', 'Mount', 'Mt', 'Mt.', 'Fort', 'Lake', 'Cape', 'Port', 'Wadi', 'Jebel', 'Jabal', 'Kampung']);

/** Place heads that are also common surnames: after a given name they end a person's name ("James Hall"). */
export const surnameLikePlaceHeads: ReadonlySet<string> = new Set(['Hall', 'Park', 'Bay', 'Field', 'Hill', 'Ford']);

/** Lowercase nouns that make the capitalised word before them a place: "Nangarhar province", "Kabul airport". */
export const placeNounsAfter: ReadonlySet<string> = new Set([
  'province', 'region', 'district', 'city', 'town', 'village', 'county', 'airport', 'valley', 'border', 'port', 'harbour',
  'harbor', 'coast', 'capital', 'state', 'island', 'islands', 'river', 'lake', 'neighbourhood', 'neighborhood', 'suburb',
  'pier', 'square', 'market', 'beach', 'bridge', 'camp', 'crossing', 'checkpoint', 'refinery', 'mine', 'oilfield',
]);

/** Places written as abbreviations or variants of one another: the first name of each group is canonical. */
export const placeVariants: ReadonlyArray<readonly string[]> = [
  ['United States', 'US', 'U.S.', 'USA', 'U.S.A.', 'America', 'United States of America'],
  ['United Kingdom', 'UK', 'U.K.', 'Britain', 'Great Britain'],
  ['United Arab Emirates', 'UAE', 'U.A.E.', 'Emirates'],
  ['European Union', 'EU', 'E.U.'],
  ['United Nations', 'UN', 'U.N.'],
];

/** Which of the variant groups above are organisations rather than places. */
export const organizationVariantGroups: ReadonlySet<string> = new Set(['European Union', 'United Nations']);

/** Lowercase nouns that make the capitalised phrase after "of" a place: "the port town of Abu Amama". */
export const placeNounsBefore: ReadonlySet<string> = new Set([
  'town', 'city', 'village', 'province', 'region', 'district', 'capital', 'island', 'islands', 'port', 'state', 'county', 'suburb',
]);

/** Prepositions of place: a lone unknown capitalised word after one is probably a place ("in Hwange", "from Bulawayo"). */
// "to" is left out: "according to Biden" names no place.
export const locativePrepositions: ReadonlySet<string> = new Set(['in', 'at', 'from', 'near', 'outside', 'inside', 'across']);

/** Generic last words of place names that the same place is also called without: "Ciliwung River" = "Ciliwung". */
export const droppablePlaceHeads: ReadonlySet<string> = new Set(['River', 'Province', 'Region', 'District', 'County']);
